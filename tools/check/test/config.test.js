'use strict';

// form-config and the other configuration rules, one edit of the clean fixture per case.
// These rules need no type information, so the cases run without a compiler program.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');

const { replace, checkEdited } = require('../testing');

const PROFILE = 'entry/src/main/resources/base/profile/form_config.json';
const MODULE = 'entry/src/main/module.json5';
const ONLY = { rules: ['project-config'] };

function messages(findings) {
  return findings.map((d) => `${d.rule}: ${d.message}`);
}

describe('form-config', () => {
  const cases = [
    ['scheduledUpdateTime without leading zero', replace('"scheduledUpdateTime": "00:01"', '"scheduledUpdateTime": "7:30"'), /scheduledUpdateTime '7:30'/],
    ['scheduledUpdateTime minute 60', replace('"scheduledUpdateTime": "00:01"', '"scheduledUpdateTime": "12:60"'), /scheduledUpdateTime '12:60'/],
    ['updateDuration negative', replace('"updateDuration": 0', '"updateDuration": -1'), /updateDuration -1/],
    ['updateDuration fractional', replace('"updateDuration": 0', '"updateDuration": 1.5'), /updateDuration 1.5/],
    ['updateDuration as string', replace('"updateDuration": 0', '"updateDuration": "2"'), /updateDuration "2"/],
    ['unknown dimension', replace('"supportDimensions": ["2*2", "2*4"]', '"supportDimensions": ["2*2", "5*5"]'), /dimension '5\*5' is not one of/],
    ['no default form', replace('"isDefault": true', '"isDefault": false'), /0 forms with isDefault true/],
    ['missing previews on a watch module', replace('"previewImages": ["$media:app_icon", "$media:app_icon"]', '"previewImages": ["$media:app_icon"]'), /one previewImages entry per dimension \(2\), found 1/],
    ['duplicate form name', replace('"name": "WatchCard"', '"name": "PhoneCard"'), /form name PhoneCard is used twice/]
  ];
  for (const [name, edit, pattern] of cases) {
    it(`rejects ${name}`, () => {
      const findings = checkEdited('clean', { [PROFILE]: edit }, ONLY);
      assert.ok(findings.some((d) => pattern.test(d.message)), messages(findings).join('\n') || 'no findings');
    });
  }

  it('accepts the edge values 23:59 and 336', () => {
    const findings = checkEdited('clean', {
      [PROFILE]: (text) => replace('"scheduledUpdateTime": "00:01"', '"scheduledUpdateTime": "23:59"')(text)
    }, ONLY);
    assert.deepEqual(findings, []);
  });

  it('allows watch dimensions when wearable is targeted', () => {
    assert.deepEqual(checkEdited('clean', {}, ONLY), []);
  });

  it('does not require previews without wearable', () => {
    const findings = checkEdited('clean', {
      [MODULE]: replace('"deviceTypes": ["phone", "wearable"]', '"deviceTypes": ["phone"]'),
      [PROFILE]: (text) => text
        .replace('"previewImages": ["$media:app_icon", "$media:app_icon"]', '"previewImages": []')
        .replace('"supportDimensions": ["2*3", "3*3"]', '"supportDimensions": ["4*4"]')
        .replace('"defaultDimension": "2*3"', '"defaultDimension": "4*4"')
    }, ONLY);
    assert.deepEqual(messages(findings), []);
  });

  it('reports a form ability without a profile', () => {
    const findings = checkEdited('clean', { [MODULE]: replace('"resource": "$profile:form_config"', '"resource": "$profile:missing_config"') }, ONLY);
    assert.ok(findings.some((d) => /names an existing profile/.test(d.message)), messages(findings).join('\n'));
  });
});

describe('form-update-timer', () => {
  const TIMER = { rules: ['form-update-timer'] };

  it('rejects a schedule with updates disabled', () => {
    const findings = checkEdited('clean', { [PROFILE]: replace('"updateEnabled": true', '"updateEnabled": false') }, TIMER);
    assert.equal(findings.length, 1, messages(findings).join('\n'));
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].line, 10);
    assert.match(findings[0].message, /form PhoneCard sets scheduledUpdateTime 00:01, but "updateEnabled": false/);
  });

  it('rejects an interval with updates disabled', () => {
    // WatchCard has updateDuration 336 and no scheduledUpdateTime.
    const findings = checkEdited('clean', { [PROFILE]: replace('"isDefault": false,', '"isDefault": false,\n      "updateEnabled": false,') }, TIMER);
    assert.equal(findings.length, 1, messages(findings).join('\n'));
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].line, 23);
    assert.match(findings[0].message, /form WatchCard sets updateDuration 336, but/);
  });

  it('warns about a schedule that an interval overrides', () => {
    const findings = checkEdited('clean', { [PROFILE]: replace('"updateDuration": 0', '"updateDuration": 2') }, TIMER);
    assert.equal(findings.length, 1, messages(findings).join('\n'));
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].line, 11);
    assert.match(findings[0].message, /scheduledUpdateTime 00:01 is ignored because updateDuration is 2/);
  });

  it('reports both when disabled and overridden', () => {
    const findings = checkEdited('clean', {
      [PROFILE]: (text) => replace('"updateDuration": 0', '"updateDuration": 4')(replace('"updateEnabled": true', '"updateEnabled": false')(text))
    }, TIMER);
    assert.deepEqual(findings.map((d) => d.severity).sort(), ['error', 'warning']);
    assert.match(findings.find((d) => d.severity === 'error').message, /scheduledUpdateTime 00:01 and updateDuration 4/);
  });

  it('accepts updates disabled without timer fields', () => {
    const findings = checkEdited('clean', {
      [PROFILE]: (text) => replace('"updateEnabled": true,\n      "scheduledUpdateTime": "00:01",', '"updateEnabled": false,')(text)
    }, TIMER);
    assert.deepEqual(messages(findings), []);
  });

  it('accepts a schedule with updateDuration 0', () => {
    assert.deepEqual(messages(checkEdited('clean', {}, TIMER)), []);
  });
});

describe('config files', () => {
  it('reports invalid module.json5 with its position', () => {
    const findings = checkEdited('clean', { [MODULE]: '{\n  "module": {\n    "name": "entry",,\n  }\n}\n' }, ONLY);
    const parse = findings.find((d) => d.rule === 'config-json5' && d.file === MODULE);
    assert.ok(parse, messages(findings).join('\n'));
    assert.equal(parse.line, 3);
  });

  it('reports invalid build-profile.json5', () => {
    const findings = checkEdited('clean', { 'build-profile.json5': '{ app: { products: [ }' }, ONLY);
    assert.ok(findings.some((d) => d.rule === 'config-json5' && d.file === 'build-profile.json5'), messages(findings).join('\n'));
  });

  it('reports an ability without srcEntry', () => {
    const findings = checkEdited('clean', { [MODULE]: replace('"srcEntry": "./ets/entryability/EntryAbility.ets",', '') }, ONLY);
    assert.ok(findings.some((d) => d.rule === 'config-src-entry' && /EntryAbility has no srcEntry/.test(d.message)), messages(findings).join('\n'));
  });

  it('reports a missing pages profile', () => {
    const findings = checkEdited('clean', { [MODULE]: replace('"pages": "$profile:main_pages"', '"pages": "$profile:pages"') }, ONLY);
    assert.ok(findings.some((d) => d.rule === 'config-page'), messages(findings).join('\n'));
  });
});

describe('malformed configuration', () => {
  it('yields findings, not a crash', () => {
    const findings = checkEdited('clean', {
      [MODULE]: '{ "module": { "name": "entry", "type": "entry", "deviceTypes": "phone", "pages": 5, "requestPermissions": [null, 1], '
        + '"abilities": [null, 3, "x", { "name": "EntryAbility", "srcEntry": 7 }], "extensionAbilities": [null, { "type": "form", '
        + '"name": "EntryFormAbility", "srcEntry": "./ets/entryformability/EntryFormAbility.ets", "metadata": [null, '
        + '{ "name": "ohos.extension.form", "resource": "$profile:form_config" }] }] } }',
      [PROFILE]: '{ "forms": [null, 3, { "name": 3, "src": 5, "supportDimensions": "2*2", "previewImages": "x" }] }',
      'entry/src/main/resources/base/element/string.json': '{ "string": [null, { "name": 1 }, 5] }',
      'entry/src/main/resources/base/profile/main_pages.json': '{ "src": "pages/Index" }',
      'entry/form-identity.lock.json': '{ "forms": "x", "module": 5 }',
      'entry/oh-package.json5': '{ dependencies: { lib: 5 } }'
    });
    assert.deepEqual(findings.filter((d) => d.rule === 'checker-error'), []);
    const rules = new Set(findings.map((d) => d.rule));
    for (const rule of ['form-config', 'config-page', 'config-src-entry', 'form-identity', 'compile']) {
      assert.ok(rules.has(rule), `no ${rule} finding:\n${messages(findings).join('\n')}`);
    }
  });
});
