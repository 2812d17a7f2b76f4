'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');

const world = require('../kits/world');
const { healthStore, CLOUDSYNC_SCOPE } = require('../kits/HealthServiceKit');
const { UIAbilityContext, FormExtensionContext } = require('../kits/context');

const REQUEST = { readDataTypes: [{ id: 1 }], writeDataTypes: [], scopes: [CLOUDSYNC_SCOPE] };

async function ready(health = {}, options = {}) {
  const state = world.configure({ health, ...options });
  await healthStore.init(new UIAbilityContext('EntryAbility'));
  return state;
}

async function codeOf(promise) {
  try {
    await promise;
  } catch (error) {
    return error.code;
  }
  return 0;
}

test('init from a form extension context rejects with 401', async () => {
  world.configure({});
  assert.equal(await codeOf(healthStore.init(new FormExtensionContext())), 401);
});

test('calls before init reject with the internal error', async () => {
  world.configure({});
  assert.equal(await codeOf(healthStore.syncAll()), 1002700001);
});

test('syncAll answers by account state', async () => {
  const cases = [
    [{}, {}, 0],
    [{}, { deviceType: 'wearable' }, 801],
    [{ signedIn: false }, {}, 1002702001],
    [{ network: false }, {}, 1002701001],
    [{ privacyAccepted: false }, {}, 1002703001],
    [{ scopeGranted: false }, {}, 201],
  ];
  for (const [health, options, expected] of cases) {
    await ready(health, options);
    assert.equal(await codeOf(healthStore.syncAll()), expected, JSON.stringify({ health, options }));
  }
});

test('getAuthorizations lists the scope only when granted', async () => {
  await ready({ scopeGranted: false });
  assert.deepEqual((await healthStore.getAuthorizations(REQUEST)).scopes, []);
  await ready({ scopeGranted: true });
  assert.deepEqual((await healthStore.getAuthorizations(REQUEST)).scopes, [CLOUDSYNC_SCOPE]);
  await ready({ signedIn: false });
  assert.equal(await codeOf(healthStore.getAuthorizations(REQUEST)), 1002702001);
  await ready();
  assert.equal(await codeOf(healthStore.getAuthorizations({})), 401);
});

test('requestAuthorizations grants, cancel revokes, consent can be cancelled', async () => {
  const state = await ready({ scopeGranted: false });
  const context = new UIAbilityContext('EntryAbility');
  const response = await healthStore.requestAuthorizations(context, REQUEST);
  assert.deepEqual(response.scopes, [CLOUDSYNC_SCOPE]);
  assert.equal(state.health.scopeGranted, true);
  await healthStore.cancelAuthorizations();
  assert.equal(state.health.scopeGranted, false);
  state.health.consent = 'cancel';
  assert.equal(await codeOf(healthStore.requestAuthorizations(context, REQUEST)), 1001502012);
  state.health.signedIn = false;
  assert.equal(await codeOf(healthStore.requestAuthorizations(context, REQUEST)), 1001502001);
});

test('injected codes apply in order and can target one API', async () => {
  const state = await ready();
  state.health.injected.push(1002700002, { api: 'syncAll', result: 1001500002 });
  assert.equal(await codeOf(healthStore.getAuthorizations(REQUEST)), 1002700002);
  assert.equal(await codeOf(healthStore.getAuthorizations(REQUEST)), 0);
  assert.equal(await codeOf(healthStore.syncAll()), 1001500002);
  assert.equal(await codeOf(healthStore.syncAll()), 0);
  assert.equal(state.health.calls.syncAll, 2);
  assert.equal(state.health.calls.getAuthorizations, 2);
});

test('hang never settles and latency waits for the clock', async () => {
  const state = await ready();
  state.health.injected.push('hang');
  state.health.latencyMs = 2000;
  let settled = false;
  healthStore.syncAll().then(() => {
    settled = true;
  });
  await state.clock.advance(3600000);
  assert.equal(settled, false);

  let done = false;
  healthStore.syncAll().then(() => {
    done = true;
  });
  await state.clock.advance(1999);
  assert.equal(done, false);
  await state.clock.advance(1);
  assert.equal(done, true);
});
