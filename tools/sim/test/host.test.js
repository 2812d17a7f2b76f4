'use strict';

// The device host against the fixture app in fixtures/app: the Form Manager's
// call rules, the two processes, the form process lifetime, the clock.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { createDevice } = require('../host');

const FIXTURE = path.join(__dirname, 'fixtures/app');
const MODULE_JSON = 'entry/src/main/module.json5';

function callAction(formId, params = { method: 'syncHealthData', formId }) {
  return { action: 'call', abilityName: 'EntryAbility', params };
}

// Copies the fixture app and rewrites one file, for configurations that break a rule.
function variant(file, edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-fixture-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

async function withDevice(options, body) {
  const device = await createDevice({ projectRoot: FIXTURE, diskCache: false, ...options });
  try {
    await body(device);
  } finally {
    await device.close();
  }
}

test('onAddForm receives the want and its data reaches the card as strings', async () => {
  await withDevice({ startTime: '2026-02-01T10:00:00Z' }, async (device) => {
    const formId = await device.addCard({ dimension: '2*4' });
    assert.deepEqual(device.card(formId), {
      formId, state: 'never', added: '1', now: '2026-02-01T10:00:00.000Z', name: 'FixtureCard',
    });
    assert.ok(device.logs().some((entry) => entry.line === 'I 05c01/FixtureForm: onAddForm <private> dimension 3'));
  });
});

test('unknown form name or dimension is rejected', async () => {
  await withDevice({}, async (device) => {
    await assert.rejects(device.addCard({ formName: 'Nope' }), /Unknown form 'Nope'/);
    await assert.rejects(device.addCard({ dimension: '4*4' }), /does not support dimension 4\*4/);
  });
});

test('call starts the ability in the background with the form id', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const result = await device.cardAction(formId, callAction(formId));
    assert.deepEqual(result, { delivered: true });
    const data = device.card(formId);
    assert.equal(data.state, 'called');
    assert.equal(data.launchFormId, formId);
    const lines = device.logs().filter((entry) => entry.kind === 'hilog').map((entry) => entry.line);
    assert.ok(lines.includes('I 05c01/FixtureAbility: onCreate reason 2'));
    assert.ok(lines.includes('I 05c01/FixtureAbility: onBackground'));
    assert.ok(!lines.includes('I 05c01/FixtureAbility: onForeground'));
  });
});

test('processes share no memory', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, callAction(formId));
    assert.equal(device.card(formId).shared, 'undefined');
  });
});

test('call with a bad method is dropped', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const cases = [
      [{ formId }, 'params.method is not a string'],
      [{ method: 42, formId }, 'params.method is not a string'],
      ['{"method":"syncHealthData"}', 'params is not an object'],
    ];
    for (const [params, reason] of cases) {
      assert.deepEqual(await device.cardAction(formId, callAction(formId, params)), { delivered: false, reason });
    }
    assert.deepEqual(await device.cardAction(formId, { action: 'call', abilityName: 'Other', params: { method: 'syncHealthData' } }),
      { delivered: false, reason: "no UIAbility named 'Other' in module.json5" });
    assert.equal(device.processRunning('main'), false);
    assert.equal(device.card(formId).state, 'never');
  });
});

test('call to an unregistered method is dropped', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const result = await device.cardAction(formId, callAction(formId, { method: 'other', formId }));
    assert.deepEqual(result, { delivered: false, reason: 'method not registered' });
  });
});

test('call from an unknown form id is dropped', async () => {
  await withDevice({}, async (device) => {
    await device.addCard({});
    assert.deepEqual(await device.cardAction('42', callAction('42')), { delivered: false, reason: 'unknown form' });
  });
});

test('call without KEEP_BACKGROUND_RUNNING is dropped', async () => {
  const dir = variant(MODULE_JSON, (text) => text.replace('ohos.permission.KEEP_BACKGROUND_RUNNING', 'ohos.permission.INTERNET'));
  try {
    await withDevice({ projectRoot: dir }, async (device) => {
      const formId = await device.addCard({});
      const result = await device.cardAction(formId, callAction(formId));
      assert.equal(result.delivered, false);
      assert.match(result.reason, /KEEP_BACKGROUND_RUNNING/);
      assert.equal(device.processRunning('main'), false);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('call to a multiton ability is dropped', async () => {
  const dir = variant(MODULE_JSON, (text) => text.replace('"launchType": "singleton"', '"launchType": "multiton"'));
  try {
    await withDevice({ projectRoot: dir }, async (device) => {
      const formId = await device.addCard({});
      const result = await device.cardAction(formId, callAction(formId));
      assert.equal(result.delivered, false);
      assert.match(result.reason, /multiton/);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a callee that throws crashes the main process', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const result = await device.cardAction(formId, callAction(formId), { rawData: 'throw' });
    assert.deepEqual(result, { delivered: false, reason: 'callee threw' });
    assert.equal(device.processRunning('main'), false);
  });
});

test('router opens the ability in the foreground with params as JSON', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const opened = [];
    device.on('router', (event) => opened.push(event));
    await device.cardAction(formId, { action: 'router', abilityName: 'EntryAbility', params: { formId, target: 'home' } });
    assert.equal(opened.length, 1);
    assert.equal(opened[0].want.parameters.formID, formId);
    assert.equal(opened[0].want.parameters['ohos.extra.param.key.form_identity'], formId);
    assert.equal(opened[0].want.parameters.params, JSON.stringify({ formId, target: 'home' }));
    await device.cardAction(formId, { action: 'router', abilityName: 'EntryAbility', params: { formId, target: 'health' } });
    const lines = device.logs().map((entry) => entry.line);
    assert.ok(lines.includes('I 05c01/FixtureAbility: onForeground'));
    assert.ok(lines.includes(`I 05c01/FixtureAbility: onNewWant {"formId":"${formId}","target":"health"}`));
  });
});

test('message reaches onFormEvent', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, { action: 'message', params: { detail: 'x' } });
    assert.deepEqual(device.card(formId), { formId, state: 'message', message: '{"detail":"x"}' });
  });
});

test('form process ends 10 s after its last callback', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.clock.advance(9999);
    assert.equal(device.processRunning('form'), true);
    await device.clock.advance(1);
    assert.equal(device.processRunning('form'), false);
    await device.clock.advance(60000);
    assert.equal(device.card(formId).state, 'never', 'work scheduled 12 s after onAddForm must not land');
  });
});

test('removeCard calls onRemoveForm and later updates reject', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.removeCard(formId);
    assert.deepEqual(device.cards(), []);
    assert.ok(device.logs().some((entry) => entry.line === 'I 05c01/FixtureForm: onRemoveForm <private>'));
  });
});

test('picker previews leave only the chosen card', async () => {
  await withDevice({}, async (device) => {
    const chosen = await device.pickerPreview({ choose: '2*4' });
    assert.equal(device.cards().length, 1);
    assert.equal(device.cards()[0].formId, chosen);
    assert.equal(device.cards()[0].dimension, '2*4');
    assert.equal(await device.pickerPreview({ choose: null }), null);
    assert.equal(device.cards().length, 1);
  });
});

test('picker rejects a size the form lacks', async () => {
  await withDevice({}, async (device) => {
    await assert.rejects(device.pickerPreview({ choose: '3*3' }), /offers 2\*2, 2\*4, not 3\*3/);
    assert.deepEqual(device.cards(), [], 'no preview was added');
  });
});

test('timer refresh at 00:01 device time', async () => {
  await withDevice({ timeZone: 'Asia/Shanghai', startTime: '2026-01-05T15:00:00Z' }, async (device) => {
    const formId = await device.addCard({});
    await device.clock.set('2026-01-05T16:00:59Z');
    assert.equal(device.card(formId).state, 'never');
    await device.clock.advance(1000);
    assert.deepEqual(device.card(formId), { formId, state: 'refreshed', now: '2026-01-05T16:01:00.000Z' });
  });
});

test('reboot rebuilds cards from onAddForm', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, callAction(formId));
    await device.reboot();
    assert.equal(device.card(formId).state, 'never');
    assert.equal(device.card(formId).added, '1', 'a new form process counts from zero');
  });
});

test('a forbidden kit in the form import graph crashes the form process', async () => {
  const file = 'entry/src/main/ets/entryformability/EntryFormAbility.ets';
  const dir = variant(file, (text) => `import { backgroundTaskManager } from '@kit.BackgroundTasksKit';\n${text}\nconst keep: Object = backgroundTaskManager;\n`);
  try {
    await withDevice({ projectRoot: dir }, async (device) => {
      const formId = await device.addCard({});
      assert.deepEqual(device.card(formId), {});
      assert.ok(device.logs().some((entry) => /form process crashed/.test(entry.line)));
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('background app without a transient task is suspended', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, callAction(formId));
    await device.cardAction(formId, callAction(formId), { rawData: 'delay' });
    await device.clock.advance(60000);
    assert.equal(device.card(formId).state, 'called', 'work due 8 s after the call waits while suspended');
    assert.ok(device.logs().some((entry) => entry.line === 'main process suspended (background, no transient task)'));

    await device.cardAction(formId, callAction(formId, { method: 'other', formId }));
    assert.deepEqual(device.card(formId), { formId, state: 'late' }, 'the next call resumes the process and the overdue timer fires');
  });
});

test('killApp stops the main process', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, callAction(formId));
    assert.equal(device.processRunning('main'), true);
    await device.killApp();
    assert.equal(device.processRunning('main'), false);
    await device.cardAction(formId, callAction(formId));
    assert.equal(device.processRunning('main'), true);
  });
});

// Asks the fixture's callee, through a tap on card `formId`, to call
// setFormNextRefreshTime(targetFormId, minutes); returns the code it logged.
async function requestNextRefresh(device, formId, minutes, targetFormId = formId) {
  const mark = device.logs().length;
  const params = { method: 'syncHealthData', formId: targetFormId, refreshMinutes: String(minutes) };
  await device.cardAction(formId, callAction(formId, params));
  const line = device.logs().slice(mark).find((entry) => entry.kind === 'hilog' && entry.line.includes('next refresh result'));
  assert.ok(line, 'the fixture logged no next refresh result');
  return Number(/result (-?\d+)/.exec(line.line)[1]);
}

test('setFormNextRefreshTime runs onUpdateForm later', async () => {
  await withDevice({ timeZone: 'Asia/Shanghai', startTime: '2026-01-05T01:00:00Z' }, async (device) => {
    const formId = await device.addCard({});
    assert.equal(await requestNextRefresh(device, formId, 4), 16501000);
    assert.equal(await requestNextRefresh(device, formId, 5, '1999999999'), 16501001);
    assert.equal(await requestNextRefresh(device, formId, 5), 0);

    await device.clock.advance(5 * 60000 - 1000);
    assert.equal(device.card(formId).state, 'never');
    await device.clock.advance(1000);
    assert.deepEqual(device.card(formId), { formId, state: 'refreshed', now: '2026-01-05T01:05:00.000Z' });
  });
});

test('next refresh keeps the timer refresh', async () => {
  // 23:58 in Shanghai: the next refresh (00:03) falls after the 00:01 timer refresh.
  await withDevice({ timeZone: 'Asia/Shanghai', startTime: '2026-01-05T15:58:00Z' }, async (device) => {
    const formId = await device.addCard({});
    assert.equal(await requestNextRefresh(device, formId, 5), 0);

    await device.clock.set('2026-01-05T16:01:00Z');
    assert.deepEqual(device.card(formId), { formId, state: 'refreshed', now: '2026-01-05T16:01:00.000Z' });
    await device.clock.set('2026-01-05T16:03:00Z');
    assert.deepEqual(device.card(formId), { formId, state: 'refreshed', now: '2026-01-05T16:03:00.000Z' });
  });
});

test('next refresh after the daily quota is rejected', async () => {
  await withDevice({ timeZone: 'Asia/Shanghai', startTime: '2026-01-05T01:00:00Z' }, async (device) => {
    const formId = await device.addCard({});
    for (let i = 0; i < 50; i++) {
      assert.equal(await requestNextRefresh(device, formId, 5), 0);
      await device.clock.advance(5 * 60000);
    }
    assert.equal(await requestNextRefresh(device, formId, 5), 16501002);
    // The quota is checked before the delay, as the Form Manager does.
    assert.equal(await requestNextRefresh(device, formId, 4), 16501002);
    // The next local day has a new quota.
    await device.clock.set('2026-01-05T16:00:30Z');
    assert.equal(await requestNextRefresh(device, formId, 5), 0);
  });
});

test('firstFormId numbers the cards', async () => {
  await withDevice({ firstFormId: '500' }, async (device) => {
    assert.equal(await device.addCard({}), '500');
    assert.equal(await device.addCard({}), '501');
    assert.equal(device.card('500').formId, '500');
  });
  await withDevice({ firstFormId: 7 }, async (device) => {
    assert.equal(await device.addCard({}), '7');
  });
  for (const invalid of [0, -1, 1.5, '12a', '', Number.MAX_SAFE_INTEGER + 1, {}]) {
    await assert.rejects(createDevice({ projectRoot: FIXTURE, firstFormId: invalid }), /Invalid firstFormId/);
  }
});
