'use strict';

// Runs the whole checker on the three committed fixture projects: `clean` must pass, and
// each deliberate mistake in `broken-code` and `broken-config` must be reported at its
// place.

const assert = require('node:assert/strict');
const { describe, it, before } = require('node:test');

const { fixturePath, runCheck } = require('../testing');

function findingAt(findings, rule, file, line) {
  return findings.find((d) => d.rule === rule && d.file === file && d.line === line);
}

describe('clean fixture', () => {
  it('has no findings', () => {
    const findings = runCheck(fixturePath('clean'));
    assert.deepEqual(findings, []);
  });
});

describe('broken-code fixture', () => {
  let findings;
  before(() => {
    findings = runCheck(fixturePath('broken-code'));
  });

  const CARD = 'entry/src/main/ets/widget/pages/Card.ets';
  const expected = [
    ['compile', 'entry/src/main/ets/pages/Index.ets', 11],
    ['arkts-no-untyped-obj-literals', 'entry/src/main/ets/pages/Index.ets', 10],
    ['arkts-no-any-unknown', 'entry/src/test/Card.test.ets', 6],
    ['card-hsp-import', CARD, 2],
    ['card-binding-key', CARD, 11],
    ['card-timer', CARD, 14],
    ['card-form-api', CARD, 25],
    ['card-call-permission', CARD, 27],
    ['card-call-method', CARD, 29],
    ['card-action-ability', CARD, 34],
    ['card-entry-storage', 'entry/src/main/ets/widget/pages/WatchCard.ets', 1],
    ['card-binding-type', 'entry/src/main/ets/widget/pages/WatchCard.ets', 4],
    ['card-network-url', 'entry/src/main/ets/widget/pages/WatchCard.ets', 9],
    ['callee-off-destroy', 'entry/src/main/ets/entryability/EntryAbility.ets', 17],
    ['callee-on-create', 'entry/src/main/ets/entryability/EntryAbility.ets', 23],
    ['form-process-import', 'entry/src/main/ets/common/BackgroundWork.ets', 1]
  ];
  for (const [rule, file, line] of expected) {
    it(`reports ${rule} at ${file}:${line}`, () => {
      assert.ok(findingAt(findings, rule, file, line), `missing; got:\n${findings.map((d) => `${d.file}:${d.line} ${d.rule}`).join('\n')}`);
    });
  }

  it('reports nothing else', () => {
    const unexpected = findings.filter((d) => !expected.some(([rule, file, line]) => d.rule === rule && d.file === file && d.line === line));
    assert.deepEqual(unexpected, []);
  });

  it('reports a missing callee.off as a warning', () => {
    const finding = findingAt(findings, 'callee-off-destroy', 'entry/src/main/ets/entryability/EntryAbility.ets', 17);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /EntryAbility\/SettingsAbility registers 'sync'/);
  });

  it('names the import chain of the form process', () => {
    const finding = findingAt(findings, 'form-process-import', 'entry/src/main/ets/common/BackgroundWork.ets', 1);
    assert.match(finding.message, /EntryFormAbility\.ets -> entry\/src\/main\/ets\/common\/Work\.ets -> entry\/src\/main\/ets\/common\/BackgroundWork\.ets/);
  });

  it('skips type-only imports in the form process', () => {
    // Work.ets has `import type { CardData } from 'lib'`, which loads nothing.
    assert.equal(findings.filter((d) => d.rule === 'form-process-import').length, 1);
  });
});

describe('broken-config fixture', () => {
  let findings;
  before(() => {
    findings = runCheck(fixturePath('broken-config'));
  });

  const PROFILE = 'entry/src/main/resources/base/profile/form_config.json';
  const expected = [
    ['config-src-entry', 'entry/src/main/module.json5', 13],
    ['resource-ref', 'entry/src/main/module.json5', 15],
    ['resource-ref', 'entry/src/main/ets/pages/Index.ets', 11],
    ['config-page', 'entry/src/main/resources/base/profile/main_pages.json', 1],
    ['config-json5', 'entry/src/main/resources/base/element/float.json', 4],
    ['config-card-src', PROFILE, 6],
    ['form-config', PROFILE, 1],
    ['form-config', PROFILE, 11],
    ['form-config', PROFILE, 13],
    ['form-config', PROFILE, 23],
    ['form-config', PROFILE, 24],
    ['form-config', PROFILE, 26],
    ['resource-locale', 'entry/src/main/resources/en_US/element/string.json', 1],
    ['resource-locale', 'entry/src/main/resources/zh_CN/element/string.json', 6],
    ['form-update-timer', PROFILE, 10],
    ['form-identity', PROFILE, 2],
    ['form-identity', PROFILE, 4],
    ['form-identity', PROFILE, 25]
  ];
  for (const [rule, file, line] of expected) {
    it(`reports ${rule} at ${file}:${line}`, () => {
      assert.ok(findingAt(findings, rule, file, line), `missing; got:\n${findings.map((d) => `${d.file}:${d.line} ${d.rule}`).join('\n')}`);
    });
  }

  it('reports nothing else', () => {
    const unexpected = findings.filter((d) => !expected.some(([rule, file, line]) => d.rule === rule && d.file === file && d.line === line));
    assert.deepEqual(unexpected, []);
  });
});
