'use strict';

// form-identity: the lock file records the released forms, and only an explicit
// --update-form-lock may change it.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it } = require('node:test');

const { check } = require('../index');
const { copyFixture, removeCopy, replace, checkEdited } = require('../testing');

const PROFILE = 'entry/src/main/resources/base/profile/form_config.json';
const LOCK = 'entry/form-identity.lock.json';
const ONLY = { rules: ['form-identity'] };

describe('form-identity', () => {
  it('passes when forms match the lock', () => {
    assert.deepEqual(checkEdited('clean', {}, ONLY), []);
  });

  it('fails on a renamed form', () => {
    const findings = checkEdited('clean', { [PROFILE]: replace('"name": "PhoneCard"', '"name": "PhoneWidget"') }, ONLY);
    const removed = findings.find((d) => /form PhoneCard of EntryFormAbility was released \(recorded in entry\/form-identity\.lock\.json\) but no longer exists/.test(d.message));
    assert.ok(removed, JSON.stringify(findings));
    assert.match(removed.message, /deleted/);
    // The removed form has no line left, so the finding points at the profile's form list.
    assert.equal(removed.file, PROFILE);
    assert.equal(removed.line, 2);
    const added = findings.find((d) => /PhoneWidget .* not in entry\/form-identity\.lock\.json/.test(d.message));
    assert.ok(added, JSON.stringify(findings));
    assert.equal(added.file, PROFILE);
    assert.equal(added.line, 4);
  });

  it('fails on a removed dimension', () => {
    const findings = checkEdited('clean', { [PROFILE]: replace('"supportDimensions": ["2*2", "2*4"]', '"supportDimensions": ["2*2"]') }, ONLY);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /no longer supports dimension 2\*4, released in entry\/form-identity\.lock\.json/);
    assert.equal(findings[0].file, PROFILE);
    assert.equal(findings[0].line, 14);
  });

  it('points at the changed form, not the first', () => {
    // Both forms list supportDimensions; the finding must land on WatchCard's line.
    const findings = checkEdited('clean', { [PROFILE]: replace('"supportDimensions": ["2*3", "3*3"]', '"supportDimensions": ["2*3"]') }, ONLY);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /form WatchCard no longer supports dimension 3\*3/);
    assert.equal(findings[0].file, PROFILE);
    assert.equal(findings[0].line, 25);
  });

  it('fails on an added dimension until recorded', () => {
    const findings = checkEdited('clean', { [PROFILE]: replace('"supportDimensions": ["2*2", "2*4"]', '"supportDimensions": ["2*2", "2*4", "4*4"]') }, ONLY);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /gained dimension 4\*4, which entry\/form-identity\.lock\.json does not record/);
    assert.equal(findings[0].file, PROFILE);
    assert.equal(findings[0].line, 14);
    assert.equal(findings[0].column, 43);
  });

  it('fails on a form moved to another ability', () => {
    const findings = checkEdited('clean', {
      'entry/src/main/module.json5': replace('"name": "EntryFormAbility"', '"name": "CardAbility"')
    }, ONLY);
    const removed = findings.filter((d) => /was released .* but no longer exists/.test(d.message));
    assert.equal(removed.length, 2);
    // The old ability has no profile any more, so the findings point at module.json5.
    assert.ok(removed.every((d) => d.file === 'entry/src/main/module.json5'), JSON.stringify(removed));
  });

  it('fails on a renamed module', () => {
    const findings = checkEdited('clean', { 'entry/src/main/module.json5': replace('"name": "entry"', '"name": "phone"') }, ONLY);
    const renamed = findings.find((d) => /released as 'entry' \(entry\/form-identity\.lock\.json\) and is now 'phone'/.test(d.message));
    assert.ok(renamed, JSON.stringify(findings));
    assert.equal(renamed.file, 'entry/src/main/module.json5');
  });

  it('fails without a lock file', () => {
    const findings = checkEdited('clean', { [LOCK]: null }, ONLY);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /no form-identity\.lock\.json; run npm run check -- --update-form-lock/);
  });

  it('fails on an unreadable lock file', () => {
    const findings = checkEdited('clean', { [LOCK]: '{ "forms": [ ' }, ONLY);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /invalid lock file/);
  });

  it('update-form-lock records the change', () => {
    const dir = copyFixture('clean', { [PROFILE]: replace('"name": "PhoneCard"', '"name": "PhoneWidget"') });
    try {
      const update = check({ projectDir: dir, rules: ['form-identity'], updateFormLock: true });
      assert.deepEqual(update.diagnostics, []);
      const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK), 'utf8'));
      assert.deepEqual(lock.forms.map((form) => form.name), ['PhoneWidget', 'WatchCard']);
      assert.deepEqual(check({ projectDir: dir, rules: ['form-identity'] }).diagnostics, []);
    } finally {
      removeCopy(dir);
    }
  });

  it('ignores modules without forms', () => {
    // The lib HAR of the fixture declares no form ability and has no lock file.
    const findings = checkEdited('clean', {}, ONLY);
    assert.ok(!findings.some((d) => d.file.startsWith('lib/')));
  });
});
