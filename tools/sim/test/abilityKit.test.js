'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const world = require('../kits/world');

world.configure({ projectRoot: path.join(__dirname, 'fixtures/app'), querySchemes: ['huaweischeme'] });

const { UIAbility, bundleManager, ConfigurationConstant, AbilityConstant } = require('../kits/AbilityKit');
const { rpc } = require('../kits/IPCKit');

class TestAbility extends UIAbility {}

test('callee rejects a second registration with 16200004', () => {
  const ability = new TestAbility();
  ability.callee.on('sync', () => new rpc.Parcelable());
  assert.throws(() => ability.callee.on('sync', () => new rpc.Parcelable()), { code: 16200004 });
});

test('callee off of an unknown method throws 16200005', () => {
  const ability = new TestAbility();
  assert.throws(() => ability.callee.off('never'), { code: 16200005 });
  ability.callee.on('sync', () => new rpc.Parcelable());
  ability.callee.off('sync');
  assert.throws(() => ability.callee.off('sync'), { code: 16200005 });
  ability.callee.on('sync', () => new rpc.Parcelable());
});

test('callee rejects non-string methods with 401', () => {
  const ability = new TestAbility();
  assert.throws(() => ability.callee.on(42, () => {}), { code: 401 });
  assert.throws(() => ability.callee.on('m', 'not a function'), { code: 401 });
});

test('callee receives the params JSON through readString', () => {
  const ability = new TestAbility();
  let received = null;
  ability.callee.on('sync', (data) => {
    received = data.readString();
    return new rpc.Parcelable();
  });
  const sequence = rpc.MessageSequence.create();
  sequence.writeString('{"method":"sync","formId":"1"}');
  ability.callee.invoke('sync', sequence);
  assert.equal(received, '{"method":"sync","formId":"1"}');
  assert.throws(() => sequence.readString(), { code: 1900010 });
  sequence.reclaim();
  assert.throws(() => sequence.readString(), { code: 1900008 });
});

test('UIAbility context has sandbox paths', () => {
  const ability = new TestAbility();
  const sandbox = world.current().sandboxDir;
  assert.ok(ability.context.filesDir.startsWith(sandbox));
  assert.ok(ability.context.databaseDir.startsWith(sandbox));
  assert.ok(ability.context.cacheDir.startsWith(sandbox));
  assert.equal(ability.context.abilityInfo.name, 'TestAbility');
  assert.equal(ability.context.filesDir, `${sandbox}/el2/base/haps/entry/files`);
  assert.equal(ability.context.databaseDir, `${sandbox}/el2/database/entry`);
  const appContext = ability.context.getApplicationContext();
  assert.equal(appContext.filesDir, `${sandbox}/el2/base/files`);
  assert.equal(appContext.databaseDir, `${sandbox}/el2/database`);
});

test('canOpenLink needs the scheme in querySchemes', () => {
  assert.equal(bundleManager.canOpenLink('huaweischeme://healthapp/home/main'), true);
  assert.equal(bundleManager.canOpenLink('huaweischeme://otherapp/home'), false);
  assert.throws(() => bundleManager.canOpenLink('https://example.com'), { code: 17700056 });
  assert.throws(() => bundleManager.canOpenLink('not a link'), { code: 17700055 });
  assert.throws(() => bundleManager.canOpenLink(7), { code: 401 });
});

test('openLink rejects links no app handles with 16000019', async () => {
  const ability = new TestAbility();
  await ability.context.openLink('huaweischeme://healthapp/home/main');
  await assert.rejects(ability.context.openLink('huaweischeme://nothing'), { code: 16000019 });
});

test('enum values match the declarations', () => {
  assert.equal(ConfigurationConstant.ColorMode.COLOR_MODE_DARK, 0);
  assert.equal(AbilityConstant.LaunchReason.CALL, 2);
  assert.equal(AbilityConstant.LaunchReason.START_ABILITY, 1);
});

test('resourceManager picks qualifiers and formats', () => {
  const ability = new TestAbility();
  const resources = ability.context.resourceManager;
  world.current().locale = 'en-Latn-US';
  assert.equal(resources.getStringByNameSync('greeting', 'Ann', 3), 'Hello Ann, 3 cards');
  world.current().locale = 'zh-Hans-CN';
  assert.equal(resources.getStringByNameSync('greeting', 'Ann', 3), '你好 Ann，3 张卡片');
  assert.equal(resources.getStringSync({ id: -1, params: ['app.string.plain'] }), 'base only');
  world.current().colorMode = 'dark';
  assert.equal(resources.getColorByNameSync('card_background'), 0xff000000);
  world.current().colorMode = 'light';
  assert.equal(resources.getColorByNameSync('card_background'), 0xffffffff);
  assert.throws(() => resources.getStringByNameSync('missing'), { code: 9001004 });
  assert.throws(() => resources.getStringSync({ id: -1, params: ['app.string.missing'] }), { code: 9001002 });
  assert.throws(() => resources.getStringByNameSync('greeting'), { code: 9001007 });
  assert.throws(() => resources.getStringByNameSync('loop_a'), { code: 9001006 });
  world.current().locale = 'en-Latn-US';
});
