'use strict';

// The fault matrix against the real app (entry/ and widget/): every error
// code, account states, the watch, hangs, bursts of taps, removed cards,
// process death, many cards, reboot, picker previews, midnight, malformed
// call params and a corrupt database. Each case compares whole cards.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { createDevice } = require('../host');
const { buttonAction } = require('../host/scenario');
const oracle = require('./cardOracle');

// The fault matrix runs the real app, so a missing app fails every case instead of skipping it.
const APP_ENTRY = path.join(oracle.PROJECT_ROOT, 'entry/src/main/ets/entryability/EntryAbility.ets');
assert.ok(fs.existsSync(APP_ENTRY), `the app's EntryAbility is missing: ${APP_ENTRY}`);

// 2026-01-05 09:00 in Shanghai.
const START = '2026-01-05T01:00:00Z';
const CLOUDSYNC_SCOPE = 'https://www.huawei.com/healthkit/huaweihealthdata.cloudsync';

function syncCall(formId) {
  return { action: 'call', abilityName: 'EntryAbility', params: { method: 'syncHealthData', formId } };
}

async function withDevice(options, body) {
  const device = await createDevice({ timeZone: 'Asia/Shanghai', startTime: START, ...options });
  try {
    await body(device);
    assertNoLeaks(device);
  } finally {
    await device.close();
  }
}

// The app's own log lines must not show form ids or account details.
function assertNoLeaks(device) {
  const secrets = [...device.cards().map((card) => card.formId), ...(device.removedFormIds || []), CLOUDSYNC_SCOPE];
  for (const entry of device.logs()) {
    if (entry.kind !== 'hilog') {
      continue;
    }
    for (const secret of secrets) {
      assert.ok(!entry.line.includes(secret), `log line shows '${secret}': ${entry.line}`);
    }
    assert.ok(entry.line.length < 1000, `log line of ${entry.line.length} characters`);
  }
}

async function addCards(device, count, options = {}) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    ids.push(await device.addCard(options));
  }
  return ids;
}

function now(device) {
  return device.clock.now();
}

test('new card shows never', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({ formName: 'HealthSyncCard', dimension: '2*2' });
    assert.deepEqual(device.card(formId), oracle.neverCard(formId, now(device)));
  });
});

test('tap syncs and the card shows syncing then synced', async () => {
  await withDevice({ account: { latencyMs: 1000 } }, async (device) => {
    const formId = await device.addCard({});
    const tappedAt = now(device);
    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.syncingCard(formId, null, tappedAt));
    await device.clock.advance(5000);
    const updatedAt = Number(device.card(formId).updatedAt);
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, updatedAt));
    assert.equal(device.health.calls.syncAll, 1);
  });
});

test('every Health and Account Kit code from syncAll', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    for (const code of [...Object.keys(oracle.CODES).map(Number), 1234567]) {
      await device.clock.advance(60000);
      await device.injectHealthResult({ api: 'syncAll', result: code });
      await device.cardAction(formId, syncCall(formId));
      assert.deepEqual(device.card(formId), oracle.errorCard(formId, code, now(device)), `code ${code}`);
    }
  });
});

test('signed out shows needsAuth', async () => {
  await withDevice({ account: { signedIn: false } }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.errorCard(formId, 1002702001, now(device)));
    assert.equal(device.health.calls.syncAll || 0, 0);
  });
});

test('scope missing asks to authorize and never calls syncAll', async () => {
  await withDevice({ account: { scopeGranted: false } }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    const expected = oracle.appErrorCard(formId, { state: 'needsAuth', message: 'error_scope_missing', button: 'authorize' }, now(device));
    assert.deepEqual(device.card(formId), expected);
    assert.equal(device.health.calls.syncAll || 0, 0);
  });
});

test('privacy not accepted offers Huawei Health', async () => {
  await withDevice({ account: { privacyAccepted: false } }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.errorCard(formId, 1002703001, now(device)));
  });
});

test('offline shows no network', async () => {
  await withDevice({ account: { network: false } }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.errorCard(formId, 1002701001, now(device)));
  });
});

test('watch shows unsupported without calling syncAll', async () => {
  await withDevice({ deviceType: 'wearable' }, async (device) => {
    const formId = await device.addCard({ formName: 'HealthSyncWatchCard', dimension: '2*3' });
    assert.deepEqual(device.card(formId), oracle.errorCard(formId, 801, now(device)), 'a new watch card');

    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.errorCard(formId, 801, now(device)));
    assert.equal(device.health.calls.syncAll || 0, 0);
  });
});

test('syncAll that never settles times out', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.injectHealthResult({ api: 'syncAll', result: 'hang' });
    await device.cardAction(formId, syncCall(formId));
    assert.equal(device.card(formId).state, 'syncing');
    await device.clock.advance(61000);
    const updatedAt = Number(device.card(formId).updatedAt);
    const expected = oracle.appErrorCard(formId, { state: 'failed', message: 'error_timeout', button: 'retry' }, updatedAt);
    assert.deepEqual(device.card(formId), expected);
    await device.clock.advance(60000);
    await device.cardAction(formId, syncCall(formId));
    assert.equal(device.card(formId).state, 'synced', 'a later tap syncs again');
  });
});

test('100 taps in one second make one syncAll', async () => {
  await withDevice({ account: { latencyMs: 3000 } }, async (device) => {
    const ids = await addCards(device, 3);
    const before = device.logs().filter((entry) => entry.kind === 'update').length;
    for (let i = 0; i < 100; i++) {
      const formId = ids[i % ids.length];
      await device.cardAction(formId, syncCall(formId));
      await device.clock.advance(10);
    }
    await device.clock.advance(20000);
    assert.equal(device.health.calls.syncAll, 1);
    const updatedAt = Number(device.card(ids[0]).updatedAt);
    for (const formId of ids) {
      assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, updatedAt));
    }
    const pushes = device.logs().filter((entry) => entry.kind === 'update').length - before;
    assert.ok(pushes <= 2 * ids.length, `${pushes} updateForm calls for ${ids.length} cards`);
  });
});

test('card removed mid-sync is dropped', async () => {
  await withDevice({ account: { latencyMs: 2000 } }, async (device) => {
    const [kept, removed] = await addCards(device, 2);
    device.removedFormIds = [removed];
    await device.cardAction(kept, syncCall(kept));
    await device.removeCard(removed);
    await device.clock.advance(10000);
    const updatedAt = Number(device.card(kept).updatedAt);
    assert.deepEqual(device.card(kept), oracle.syncedCard(kept, { day: 'today', time: '09:00' }, updatedAt));
    assert.deepEqual(device.cards().map((card) => card.formId), [kept]);

    await device.clock.advance(60000);
    const mark = device.logs().length;
    await device.cardAction(kept, syncCall(kept));
    await device.clock.advance(10000);
    const rejected = device.logs().slice(mark).filter((entry) => entry.kind === 'update' && entry.rejected);
    assert.deepEqual(rejected, [], 'the removed card is no longer updated');
  });
});

test('app killed mid-sync: safety refresh shows interrupted', async () => {
  await withDevice({ account: { latencyMs: 5000 } }, async (device) => {
    const formId = await device.addCard({});
    const other = await device.addCard({ dimension: '2*4' });
    const tappedAt = now(device);
    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.syncingCard(formId, null, tappedAt));
    assert.equal(device.card(other).state, 'syncing');
    await device.killApp();

    // With no further tap, the refresh that the sync requested 5 minutes ahead fixes both cards.
    await device.clock.advance(5 * 60000 - 1000);
    assert.equal(device.card(formId).state, 'syncing');
    await device.clock.advance(1000);
    const refreshedAt = tappedAt + 5 * 60000;
    const expected = (id) => oracle.appErrorCard(id, { state: 'interrupted', message: 'error_interrupted', button: 'retry' }, refreshedAt);
    assert.deepEqual(device.card(formId), expected(formId));
    assert.deepEqual(device.card(other), expected(other));
    assert.equal(device.processRunning('main'), false);
  });
});

test('tapped card shows syncing before any database call', async () => {
  await withDevice({ account: { latencyMs: 1000 } }, async (device) => {
    const formId = await device.addCard({});
    for (let tap = 0; tap < 2; tap++) {
      const tappedAt = now(device);
      await device.cardAction(formId, syncCall(formId));
      const timing = await device.mainProcess.request('calleeTiming');
      const names = timing.kitCalls.map((call) => call.name);
      assert.equal(names.filter((name) => name.startsWith('rdb.')).length, 0, `kit calls before the first push: ${names.join(', ')}`);
      assert.equal(names[names.length - 1], 'formProvider.updateForm');
      const lastSync = tap === 0 ? null : { day: 'today', time: '09:00' };
      assert.deepEqual(device.card(formId), oracle.syncingCard(formId, lastSync, tappedAt));
      await device.clock.advance(60000);
      assert.equal(device.card(formId).state, 'synced');
    }
  });
});

test('app killed mid-sync shows interrupted later', async () => {
  await withDevice({ account: { latencyMs: 5000 } }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    assert.equal(device.card(formId).state, 'syncing');
    await device.killApp();
    await device.clock.advance(5 * 60000);
    await device.refreshCard(formId);
    const expected = oracle.appErrorCard(formId, { state: 'interrupted', message: 'error_interrupted', button: 'retry' }, now(device));
    assert.deepEqual(device.card(formId), expected);

    await device.cardAction(formId, syncCall(formId));
    await device.clock.advance(20000);
    assert.equal(device.card(formId).state, 'synced');
  });
});

test('killed mid-sync: app start shows interrupted', async () => {
  await withDevice({ account: { latencyMs: 5000 } }, async (device) => {
    const formId = await device.addCard({});
    const other = await device.addCard({ dimension: '2*4' });
    await device.pressButton(formId);
    await device.killApp();
    await device.clock.advance(60000);
    assert.equal(device.card(formId).state, 'syncing', 'no process is left to change the card');

    // The main process starts again long before the safety refresh (5 min) or the timeout check.
    await device.openApp();
    const expected = (id) => oracle.appErrorCard(id, { state: 'interrupted', message: 'error_interrupted', button: 'retry' }, now(device));
    assert.deepEqual(device.card(formId), expected(formId));
    assert.deepEqual(device.card(other), expected(other));
    assert.equal(device.processRunning('main'), true);
  });
});

test('killed mid-sync: next tap syncs', async () => {
  await withDevice({ account: { latencyMs: 5000 } }, async (device) => {
    const formId = await device.addCard({});
    await device.pressButton(formId);
    await device.killApp();
    await device.clock.advance(60000);
    const syncAllBefore = device.health.calls.syncAll || 0;

    // The Sync button stays enabled on the stuck card, so the tap reaches a new process.
    assert.equal(device.card(formId).buttonEnabled, 'true');
    const result = await device.pressButton(formId);
    assert.deepEqual(result, { delivered: true });
    assert.equal(device.card(formId).state, 'syncing');
    await device.clock.advance(20000);
    const updatedAt = Number(device.card(formId).updatedAt);
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:01' }, updatedAt));
    assert.equal((device.health.calls.syncAll || 0) - syncAllBefore, 1);
  });
});

test('tap during a live sync joins it', async () => {
  await withDevice({ account: { latencyMs: 5000 } }, async (device) => {
    const formId = await device.addCard({});
    await device.pressButton(formId);
    const syncing = device.card(formId);
    assert.equal(syncing.state, 'syncing');
    assert.equal(syncing.buttonEnabled, 'true');
    assert.equal(syncing.busy, 'true');

    assert.deepEqual(await device.pressButton(formId), { delivered: true });
    await device.clock.advance(1000);
    assert.deepEqual(await device.pressButton(formId), { delivered: true });
    assert.equal(device.card(formId).state, 'syncing');
    // Three Health calls of 5 s each.
    await device.clock.advance(30000);
    assert.equal(device.card(formId).state, 'synced');
    assert.equal(device.health.calls.syncAll, 1);
  });
});

test('disabled button sends nothing unless forced', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    // The app never disables the button now, so the host writes such a card as updateForm would.
    device.applyUpdate('test', formId, { ...device.card(formId), buttonEnabled: 'false' });

    assert.deepEqual(await device.pressButton(formId), { delivered: false, reason: 'button disabled' });
    assert.equal(device.processRunning('main'), false);
    assert.equal(device.health.calls.syncAll || 0, 0);

    assert.deepEqual(await device.pressButton(formId, { force: true }), { delivered: true });
    assert.equal(device.health.calls.syncAll, 1);
  });
});

test('locale change republishes running app', async () => {
  await withDevice({ locale: 'zh-Hans-CN' }, async (device) => {
    const formId = await device.addCard({});
    await device.openApp();
    await device.pressButton(formId);
    const chinese = device.card(formId);
    assert.equal(chinese.statusText, oracle.text('status_synced', {}, 'zh-Hans-CN'));

    // The form process has ended, so only the main process can republish.
    await device.clock.advance(20000);
    assert.equal(device.processRunning('form'), false);
    assert.equal(device.processRunning('main'), true);
    await device.setLocale('en-Latn-US');
    const updatedAt = Number(device.card(formId).updatedAt);
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, updatedAt));
  });
});

test('locale change mid-sync relabels syncing', async () => {
  await withDevice({ locale: 'zh-Hans-CN', account: { latencyMs: 5000 } }, async (device) => {
    const formId = await device.addCard({});
    await device.clock.advance(20000);
    await device.pressButton(formId);
    assert.equal(device.card(formId).statusText, oracle.text('status_syncing', {}, 'zh-Hans-CN'));

    // Only the main process runs, so the relabel must come from the coordinator during its sync.
    assert.equal(device.processRunning('form'), false);

    // The Health calls are still waiting for their 5 s latency, so only a relabel can change the
    // text now.
    await device.setLocale('en-Latn-US');
    const relabeledAt = Number(device.card(formId).updatedAt);
    assert.deepEqual(device.card(formId), oracle.syncingCard(formId, null, relabeledAt));

    // init, getAuthorizations and syncAll each take the latency.
    await device.clock.advance(20000);
    const finalAt = Number(device.card(formId).updatedAt);
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, finalAt));
  });
});

test('rebuilt database keeps the last state', async () => {
  const sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-rebuild-'));
  const dbFile = path.join(sandboxDir, 'el2/database/rdb/health_sync.db');
  try {
    await withDevice({ sandboxDir }, async (device) => {
      const formId = await device.addCard({});
      await device.pressButton(formId);
      const syncedAt = now(device);
      await device.killApp();
      await device.clock.advance(3600000);
      assert.equal(device.processRunning('form'), false);

      // The database is corrupted while no process has it open, and card_state.json stays.
      for (const suffix of ['-wal', '-shm', '-journal']) {
        fs.rmSync(dbFile + suffix, { force: true });
      }
      fs.writeFileSync(dbFile, Buffer.alloc(16384, 0x42));
      await device.reboot();

      assert.ok(device.logs().some((entry) => entry.line.includes('rebuilding it')), 'the database was rebuilt');
      assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, now(device)));
      assert.ok(now(device) > syncedAt);
    });
  } finally {
    fs.rmSync(sandboxDir, { recursive: true, force: true });
  }
});

test('watch button opens the app after 801', async () => {
  await withDevice({ deviceType: 'wearable' }, async (device) => {
    const formId = await device.addCard({ formName: 'HealthSyncWatchCard', dimension: '2*3' });
    await device.pressButton(formId);
    const card = device.card(formId);
    assert.equal(card.state, 'unsupported');
    assert.equal(card.buttonAction, 'router');
    assert.equal(card.routeTarget, 'home');
    assert.equal(card.buttonText, oracle.text('button_open_app'));

    const opened = [];
    device.on('router', (event) => opened.push(event));
    await device.pressButton(formId);
    assert.equal(opened.length, 1);
    assert.equal(JSON.parse(opened[0].want.parameters.params).target, 'home');
    assert.equal(device.health.calls.syncAll || 0, 0);
  });
});

test('route is logged only for router starts', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const routeLines = () => device.logs().filter((entry) => entry.kind === 'hilog' && entry.line.includes('route target'));
    await device.pressButton(formId);
    assert.deepEqual(routeLines(), [], 'a call start opens no page');
    await device.killApp();
    await device.cardAction(formId, { action: 'router', abilityName: 'EntryAbility', params: { formId, target: 'home' } });
    assert.ok(routeLines().some((entry) => entry.process === 'main' && entry.line.includes('EntryAbility')), 'a router start logs its route');
  });
});

test('formId type log uses an article', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId), { rawData: JSON.stringify({ method: 'syncHealthData', formId: { id: 1 } }) });
    const lines = device.logs().filter((entry) => entry.kind === 'hilog').map((entry) => entry.line);
    assert.ok(lines.some((line) => line.includes('formId is an object')), lines.join('\n'));
    assert.ok(!lines.some((line) => line.includes('is a object')));
  });
});

for (const count of [2, 20]) {
  test(`${count} cards all show the sync`, async () => {
    await withDevice({}, async (device) => {
      const ids = await addCards(device, count);
      await device.cardAction(ids[count - 1], syncCall(ids[count - 1]));
      const updatedAt = Number(device.card(ids[0]).updatedAt);
      for (const formId of ids) {
        assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, updatedAt));
      }
    });
  });
}

test('reboot rebuilds the synced card', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    await device.clock.advance(3600000);
    await device.reboot();
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, now(device)));
  });
});

test('picker previews leave one registered card', async () => {
  await withDevice({}, async (device) => {
    const mark = device.logs().length;
    const formId = await device.pickerPreview({ formName: 'HealthSyncCard', choose: '2*4' });
    device.removedFormIds = device.logs().slice(mark).filter((entry) => entry.line === 'FormManager: remove card').map((entry) => entry.formId);
    await device.cardAction(formId, syncCall(formId));
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, now(device)));
    const rejected = device.logs().slice(mark).filter((entry) => entry.kind === 'update' && entry.rejected);
    assert.deepEqual(rejected, [], 'removed previews are not updated');
  });
});

test('midnight turns today into yesterday', async () => {
  await withDevice({ startTime: '2026-01-05T15:30:00Z' }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    assert.equal(device.card(formId).lastSyncLabel, oracle.text('label_today', { time: '23:30' }));
    await device.clock.set('2026-01-05T16:01:00Z');
    assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'yesterday', time: '23:30' }, now(device)));
  });
});

test('time zone decides the day', async () => {
  await withDevice({ timeZone: 'America/Los_Angeles', startTime: '2026-01-05T07:30:00Z' }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    assert.equal(device.card(formId).lastSyncLabel, oracle.text('label_today', { time: '23:30' }));
  });
});

test('locale change shows Chinese after refresh', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    await device.setLocale('zh-Hans-CN');
    await device.refreshCard(formId);
    const card = device.card(formId);
    assert.equal(card.state, 'synced');
    assert.equal(card.statusText, oracle.text('status_synced', {}, 'zh-Hans-CN'));
    assert.equal(card.lastSyncLabel, oracle.text('label_today', { time: '09:00' }, 'zh-Hans-CN'));
  });
});

test('malformed call params leave the app running', async () => {
  await withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const before = device.card(formId);
    const dropped = [
      { action: 'call', abilityName: 'EntryAbility', params: { formId } },
      { action: 'call', abilityName: 'EntryAbility', params: { method: 7, formId } },
      { action: 'call', abilityName: 'EntryAbility' },
    ];
    for (const action of dropped) {
      assert.equal((await device.cardAction(formId, action)).delivered, false);
    }
    assert.deepEqual(device.card(formId), before);

    const hugeFormId = 'x'.repeat(1024 * 1024);
    const delivered = [
      ['not json', undefined],
      [JSON.stringify({ method: 'syncHealthData', formId: hugeFormId }), undefined],
      [JSON.stringify({ method: 'syncHealthData', formId: '999999' }), undefined],
      [JSON.stringify({ method: 'syncHealthData' }), undefined],
      ['[]', undefined],
    ];
    for (const [rawData] of delivered) {
      const result = await device.cardAction(formId, syncCall(formId), { rawData });
      assert.deepEqual(result, { delivered: true }, `rawData ${rawData.slice(0, 40)}`);
      assert.equal(device.processRunning('main'), true, `main process alive after ${rawData.slice(0, 40)}`);
      await device.clock.advance(60000);
    }
    assert.deepEqual(device.cards().map((card) => card.formId), [formId]);
    assert.ok(['never', 'synced'].includes(device.card(formId).state), `state ${device.card(formId).state}`);
  });
});

test('corrupt database is rebuilt', async () => {
  const sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-corrupt-'));
  // The app opens its store with the application context (app-level databaseDir).
  const dbFile = path.join(sandboxDir, 'el2/database/rdb/health_sync.db');
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.writeFileSync(dbFile, Buffer.alloc(16384, 0x42));
  try {
    await withDevice({ sandboxDir }, async (device) => {
      const formId = await device.addCard({});
      assert.deepEqual(device.card(formId), oracle.neverCard(formId, now(device)));
      await device.cardAction(formId, syncCall(formId));
      assert.deepEqual(device.card(formId), oracle.syncedCard(formId, { day: 'today', time: '09:00' }, now(device)));
    });
  } finally {
    fs.rmSync(sandboxDir, { recursive: true, force: true });
  }
});

test('card button follows its state', async () => {
  await withDevice({ account: { scopeGranted: false } }, async (device) => {
    const formId = await device.addCard({});
    await device.cardAction(formId, syncCall(formId));
    const opened = [];
    device.on('router', (event) => opened.push(event));
    await device.cardAction(formId, buttonAction(device.card(formId)));
    assert.equal(opened.length, 1);
    assert.equal(JSON.parse(opened[0].want.parameters.params).target, 'authorization');
  });
});
