'use strict';

// Taps on disabled components: the renderer does not run their handlers, and the server responds
// with 409 and sends nothing to the device, as ArkUI's enabled(false) blocks the click.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { renderCard } = require('../render');
const { startHomeServer } = require('../server');
const { FakeDevices } = require('./helpers/fakeDevices');
const { parseHtml, findAll, classesOf } = require('./helpers/htmlTree');
const { postJson, request } = require('./helpers/http');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const RESOURCES = [path.join(__dirname, 'cards', 'resources')];

// Binding data of a syncing card whose app disables the Sync button.
const DISABLED_SYNC = {
  state: 'syncing',
  statusText: 'Syncing',
  buttonText: 'Syncing',
  buttonEnabled: 'false',
  busy: 'false',
  buttonAction: 'call',
  routeTarget: 'home',
};

function renderInline(source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'home-tap-'));
  const file = path.join(dir, 'Inline.ets');
  fs.writeFileSync(file, source);
  try {
    const result = renderCard({ projectRoot: PROJECT_ROOT, pagePath: file, resourceRoots: RESOURCES, bindingData: {}, dimension: '2*2' });
    return { ...result, tree: parseHtml(result.html) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function handlerOf(node) {
  return Number(node.attributes['data-click']);
}

const INLINE_CARD = `
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Button('Off')
        .enabled(false)
        .onClick(() => {
          postCardAction(this, { action: 'call', abilityName: 'EntryAbility', params: { method: 'off' } })
        })
      Button('On')
        .onClick(() => {
          postCardAction(this, { action: 'call', abilityName: 'EntryAbility', params: { method: 'on' } })
        })
      Row() {
        Text('inside')
          .onClick(() => {
            postCardAction(this, { action: 'router', abilityName: 'EntryAbility', params: {} })
          })
      }
      .enabled(false)
    }
    .onClick(() => {
      postCardAction(this, { action: 'router', abilityName: 'EntryAbility', params: { target: 'home' } })
    })
  }
}`;

test('disabled button handler does not run', () => {
  const { tree, click } = renderInline(INLINE_CARD);
  const [off, on] = findAll(tree, 'ark-Button');
  assert.ok(classesOf(off).includes('ark-disabled'));

  const blocked = click(handlerOf(off));
  assert.equal(blocked.ignored, 'button disabled');
  assert.deepEqual(blocked.actions, []);

  const ran = click(handlerOf(on));
  assert.equal(ran.ignored, undefined);
  assert.equal(ran.actions.length, 1);
  assert.equal(ran.actions[0].action.params.method, 'on');
});

test('child of disabled container is blocked', () => {
  const { tree, click } = renderInline(INLINE_CARD);
  const inside = findAll(tree, 'ark-Text').find((node) => node.attributes['data-click'] !== undefined);
  const outcome = click(handlerOf(inside));
  assert.equal(outcome.ignored, 'Text disabled');
  assert.deepEqual(outcome.actions, []);

  // The enabled parent around the disabled parts still runs its own handler.
  const column = findAll(tree, 'ark-Column')[0];
  assert.equal(click(handlerOf(column)).actions[0].action.action, 'router');
});

/** Starts a home screen on fake devices whose cards get `bindingData`. */
async function startWithFakeDevices(bindingData) {
  const devices = new FakeDevices();
  devices.nextBindingData = bindingData;
  const home = await startHomeServer({ port: 0, devices });
  return { home, devices };
}

for (const [device, formName, dimension] of [['phone', 'HealthSyncCard', '2*2'], ['watch', 'HealthSyncWatchCard', '2*3']]) {
  test(`${device} disabled Sync tap gets 409`, async () => {
    const { home, devices } = await startWithFakeDevices(DISABLED_SYNC);
    try {
      const created = await postJson(home.url, '/api/cards', { device, formName, dimension });
      assert.equal(created.status, 201);
      const card = created.json;
      const [button] = findAll(parseHtml(card.html), 'ark-Button');
      assert.equal(button.attributes['aria-disabled'], 'true');

      const response = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: handlerOf(button), renderId: card.renderId });
      assert.equal(response.status, 409);
      assert.equal(response.json.ignored, 'button disabled');
      assert.match(response.json.error, /ignored: button disabled/);
      assert.deepEqual(devices.actions, []);

      const log = await request(home.url, { path: '/api/log?since=0' });
      const ignored = log.json.entries.filter((entry) => entry.kind === 'tapIgnored');
      assert.equal(ignored.length, 1);
      assert.equal(ignored[0].formId, card.formId);
      assert.equal(ignored[0].reason, 'button disabled');
      assert.equal(log.json.entries.filter((entry) => entry.kind === 'action').length, 0);
    } finally {
      await home.close();
    }
  });
}

test('enabled Sync tap reaches the device', async () => {
  const { home, devices } = await startWithFakeDevices({ ...DISABLED_SYNC, state: 'synced', buttonEnabled: 'true' });
  try {
    const card = (await postJson(home.url, '/api/cards', { device: 'phone', formName: 'HealthSyncCard', dimension: '2*4' })).json;
    const [button] = findAll(parseHtml(card.html), 'ark-Button');
    assert.equal(button.attributes['aria-disabled'], undefined);

    const response = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: handlerOf(button), renderId: card.renderId });
    assert.equal(response.status, 200);
    assert.equal(response.json.ignored, undefined);
    assert.equal(devices.actions.length, 1);
    assert.deepEqual(devices.actions[0].action.params, { method: 'syncHealthData', formId: card.formId });
  } finally {
    await home.close();
  }
});

test('body tap works beside disabled Sync', async () => {
  const { home, devices } = await startWithFakeDevices(DISABLED_SYNC);
  try {
    const card = (await postJson(home.url, '/api/cards', { device: 'phone', formName: 'HealthSyncCard', dimension: '2*2' })).json;
    const [column] = findAll(parseHtml(card.html), 'ark-Column');
    const response = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: handlerOf(column), renderId: card.renderId });
    assert.equal(response.status, 200);
    assert.equal(devices.actions.length, 1);
    assert.equal(devices.actions[0].action.action, 'router');
  } finally {
    await home.close();
  }
});

test('tap on outdated rendering gets 409', async () => {
  const { home, devices } = await startWithFakeDevices({ ...DISABLED_SYNC, state: 'synced', buttonEnabled: 'true' });
  try {
    const card = (await postJson(home.url, '/api/cards', { device: 'phone', formName: 'HealthSyncCard', dimension: '2*2' })).json;
    const [button] = findAll(parseHtml(card.html), 'ark-Button');
    assert.equal(button.attributes['aria-disabled'], undefined);

    // The app pushes a syncing state with a disabled button after the page drew the card.
    devices.cards[0].bindingData = { ...devices.cards[0].bindingData, ...DISABLED_SYNC };

    const stale = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: handlerOf(button), renderId: card.renderId });
    assert.equal(stale.status, 409);
    assert.equal(stale.json.ignored, undefined);
    assert.match(stale.json.error, /was redrawn/);

    // Without a render id the tap applies to the card as the device shows it now.
    const current = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: handlerOf(button) });
    assert.equal(current.status, 409);
    assert.equal(current.json.ignored, 'button disabled');
    assert.deepEqual(devices.actions, []);

    const redrawn = (await request(home.url, { path: `/api/cards/${card.key}` })).json;
    assert.ok(redrawn.renderId > card.renderId);
    assert.equal(findAll(parseHtml(redrawn.html), 'ark-Button')[0].attributes['aria-disabled'], 'true');
  } finally {
    await home.close();
  }
});

test('re-enabled button runs without render id', async () => {
  const { home, devices } = await startWithFakeDevices(DISABLED_SYNC);
  try {
    const card = (await postJson(home.url, '/api/cards', { device: 'watch', formName: 'HealthSyncWatchCard', dimension: '3*3', shape: 'circle' })).json;
    const [button] = findAll(parseHtml(card.html), 'ark-Button');
    assert.equal(button.attributes['aria-disabled'], 'true');

    devices.cards[0].bindingData = { ...devices.cards[0].bindingData, state: 'synced', buttonEnabled: 'true' };
    const response = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: handlerOf(button) });
    assert.equal(response.status, 200);
    assert.equal(devices.actions.length, 1);
    assert.equal(devices.actions[0].action.action, 'call');
  } finally {
    await home.close();
  }
});
