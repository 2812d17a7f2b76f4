'use strict';

// Resource resolution: qualifier matching, references between resources, string formatting and
// the system resource table.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ResourceTable, scoreQualifiers, formatString } = require('../render/resources');
const { ResourceRef } = require('../render/values');

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

function stringRef(name, ...params) {
  return new ResourceRef('app', 'string', name, params, `$r('app.string.${name}')`);
}

test('qualifier directories must match fully', () => {
  const zhDark = { locale: 'zh_CN', colorMode: 'dark', deviceType: 'phone' };
  assert.equal(scoreQualifiers('base', zhDark), 0);
  assert.equal(scoreQualifiers('en_US', zhDark), -1);
  assert.equal(scoreQualifiers('light', zhDark), -1);
  assert.equal(scoreQualifiers('wearable', zhDark), -1);
  assert.equal(scoreQualifiers('horizontal', zhDark), -1);
  assert.equal(scoreQualifiers('mcc460', zhDark), -1);
  assert.ok(scoreQualifiers('zh_CN-dark', zhDark) > scoreQualifiers('zh_CN', zhDark));
  assert.ok(scoreQualifiers('zh', zhDark) < scoreQualifiers('zh_CN', zhDark));
  // Locale outranks color mode, as in the OpenHarmony matching order.
  assert.ok(scoreQualifiers('zh_CN', zhDark) > scoreQualifiers('dark', zhDark));
  assert.ok(scoreQualifiers('phone-dark', zhDark) > scoreQualifiers('dark', zhDark));
});

test('lookup prefers the best directory', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'home-resources-'));
  try {
    writeJson(path.join(root, 'base', 'element', 'string.json'), { string: [{ name: 'title', value: 'Base' }, { name: 'only_base', value: 'B' }] });
    writeJson(path.join(root, 'zh_CN', 'element', 'string.json'), { string: [{ name: 'title', value: '中文' }] });
    writeJson(path.join(root, 'wearable', 'element', 'string.json'), { string: [{ name: 'title', value: 'Watch' }] });
    writeJson(path.join(root, 'base', 'element', 'color.json'), { color: [{ name: 'text', value: '$color:ink' }, { name: 'ink', value: '#FF000000' }, { name: 'loop', value: '$color:loop' }] });
    writeJson(path.join(root, 'dark', 'element', 'color.json'), { color: [{ name: 'ink', value: '#FFFFFFFF' }] });
    fs.mkdirSync(path.join(root, 'rawfile'));

    const table = new ResourceTable([root, path.join(root, 'missing-har')]);
    const colorRef = (name) => new ResourceRef('app', 'color', name, [], `$r('app.color.${name}')`);

    assert.equal(table.resolve(stringRef('title'), { locale: 'zh_CN' }).value, '中文');
    assert.equal(table.resolve(stringRef('title'), { locale: 'en_US' }).value, 'Base');
    assert.equal(table.resolve(stringRef('title'), { locale: 'zh_CN', deviceType: 'wearable' }).value, '中文');
    assert.equal(table.resolve(stringRef('title'), { locale: 'en_US', deviceType: 'wearable' }).value, 'Watch');
    assert.equal(table.resolve(stringRef('only_base'), { locale: 'zh_CN' }).value, 'B');
    assert.equal(table.resolve(colorRef('text'), { colorMode: 'light' }).value, '#FF000000');
    assert.equal(table.resolve(colorRef('text'), { colorMode: 'dark' }).value, '#FFFFFFFF');
    assert.equal(table.resolve(colorRef('loop'), {}).value, '$color:loop');

    const missing = table.resolve(stringRef('absent'), { locale: 'zh_CN' });
    assert.equal(missing.kind, 'missing');
    assert.match(missing.reason, /not defined for zh_CN/);
    assert.equal(table.resolve(new ResourceRef('rawfile', 'rawfile', '../base/element/string.json', [], 'x'), {}).kind, 'missing');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('string formatting placeholders', () => {
  assert.equal(formatString('Sign in to use %s', ['Health']), 'Sign in to use Health');
  assert.equal(formatString('%d of %d', [3.7, 10]), '3 of 10');
  assert.equal(formatString('%2$s before %1$s', ['a', 'b']), 'b before a');
  assert.equal(formatString('100%%', []), '100%');
  assert.equal(formatString('missing %s', []), 'missing %s');
});

test('system resources come from the table', () => {
  const table = new ResourceTable([]);
  const sys = (type, name) => new ResourceRef('sys', type, name, [], `$r('sys.${type}.${name}')`);
  const light = table.resolve(sys('color', 'ohos_id_color_text_primary'), { colorMode: 'light' });
  const dark = table.resolve(sys('color', 'ohos_id_color_text_primary'), { colorMode: 'dark' });
  assert.notEqual(light.value, dark.value);
  assert.equal(table.resolve(sys('float', 'ohos_id_corner_radius_card'), {}).value, '16vp');
  const unknown = table.resolve(sys('color', 'ohos_id_color_nonexistent'), {});
  assert.equal(unknown.kind, 'missing');
  assert.match(unknown.reason, /not in the renderer's table of system resources/);
});
