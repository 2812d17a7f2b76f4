'use strict';

// The home screen's adapter over the simulator: clock jumps across midnight in the device's time
// zone, a process killed mid-sync, the sync result control, and card keys per device.

const test = require('node:test');
const assert = require('node:assert/strict');

const { createDevices, msSinceLocalMidnight, FIRST_FORM_IDS } = require('../simHost');
const { appString, stringNamesOf, labelPattern } = require('./helpers/appStrings');

const PROJECT_ROOT = require('node:path').resolve(__dirname, '..', '..', '..');
// 09:00 in Shanghai (UTC+8).
const START_TIME = Date.UTC(2026, 2, 2, 1, 0, 0);

function callAction(card) {
  return { action: 'call', abilityName: 'EntryAbility', params: { method: 'syncHealthData', formId: card.formId } };
}

async function withDevices(run) {
  const devices = createDevices({ projectRoot: PROJECT_ROOT, startTime: START_TIME, tickMs: 0 });
  await devices.start();
  try {
    await run(devices);
  } finally {
    await devices.stop();
  }
}

function cardData(devices, key) {
  return devices.snapshot().cards.find((card) => card.key === key).bindingData;
}

test('local midnight in the device time zone', () => {
  assert.equal(msSinceLocalMidnight(START_TIME, 'Asia/Shanghai'), 9 * 3600 * 1000);
  assert.equal(msSinceLocalMidnight(START_TIME, 'UTC'), 1 * 3600 * 1000);
  // 23:30 UTC on 1 March is 07:30 on 2 March in Shanghai.
  assert.equal(msSinceLocalMidnight(Date.UTC(2026, 2, 1, 23, 30), 'Asia/Shanghai'), 7.5 * 3600 * 1000);
});

test('label turns to yesterday after midnight', async () => {
  await withDevices(async (devices) => {
    const card = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*2', shape: 'rect' });
    await devices.cardAction(card.key, callAction(card));
    assert.match(cardData(devices, card.key).lastSyncLabel, labelPattern(appString('label_today')));

    await devices.moveClock({ beforeMidnight: true });
    const beforeMidnight = devices.snapshot().clock;
    assert.equal(msSinceLocalMidnight(beforeMidnight, 'Asia/Shanghai'), 24 * 3600 * 1000 - 60 * 1000);
    assert.match(cardData(devices, card.key).lastSyncLabel, labelPattern(appString('label_today')));

    // The form's scheduled refresh after midnight recomputes the label.
    await devices.moveClock({ hours: 1 });
    assert.match(cardData(devices, card.key).lastSyncLabel, labelPattern(appString('label_yesterday')));
  });
});

test('clock moves back without firing timers', async () => {
  await withDevices(async (devices) => {
    const before = devices.snapshot().clock;
    await devices.moveClock({ hours: -3 });
    assert.equal(devices.snapshot().clock, before - 3 * 3600 * 1000);
  });
});

test('killed mid-sync card shows interrupted', async () => {
  await withDevices(async (devices) => {
    const card = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*2', shape: 'rect' });
    await devices.setWorld({ nextResult: 'hang' });
    await devices.cardAction(card.key, callAction(card));
    assert.equal(cardData(devices, card.key).state, 'syncing');

    await devices.killApp('phone');
    await devices.moveClock({ hours: 1 });
    await devices.refreshCard(card.key);
    assert.equal(cardData(devices, card.key).state, 'interrupted');
    assert.equal(cardData(devices, card.key).statusText, appString('error_interrupted'));
  });
});

test('chosen syncAll error reaches the card', async () => {
  await withDevices(async (devices) => {
    const card = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*2', shape: 'rect' });
    await devices.setWorld({ nextResult: 1002701001 });
    await devices.cardAction(card.key, callAction(card));
    assert.equal(cardData(devices, card.key).state, 'failed');
    assert.equal(cardData(devices, card.key).statusText, appString('error_no_network'));

    // The result stays chosen for later taps until it is changed back.
    await devices.moveClock({ hours: 1 });
    await devices.cardAction(card.key, callAction(card));
    assert.equal(cardData(devices, card.key).state, 'failed');

    await devices.setWorld({ nextResult: 'success' });
    await devices.moveClock({ hours: 1 });
    await devices.cardAction(card.key, callAction(card));
    assert.equal(cardData(devices, card.key).state, 'synced');
  });
});

test('locale change relabels placed cards', async () => {
  await withDevices(async (devices) => {
    await devices.setWorld({ locale: 'zh_CN' });
    const phone = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*2', shape: 'rect' });
    const watch = await devices.addCard({ device: 'watch', formName: 'HealthSyncWatchCard', dimension: '2*3', shape: 'rect' });
    assert.equal(cardData(devices, phone.key).statusText, appString('status_never', 'zh_CN'));
    // The watch card starts in the state the app gives it, and its status line is one string.
    const [watchStatus] = stringNamesOf(cardData(devices, watch.key).statusText, 'zh_CN');
    assert.ok(watchStatus, `watch status '${cardData(devices, watch.key).statusText}' is no zh_CN string`);

    // The clock does not move here, so the form process that ran onAddForm is still running and
    // receives onConfigurationUpdate.
    await devices.setWorld({ locale: 'en_US' });
    assert.equal(cardData(devices, phone.key).statusText, appString('status_never', 'en_US'));
    assert.equal(cardData(devices, watch.key).statusText, appString(watchStatus, 'en_US'));
    assert.equal(cardData(devices, phone.key).lastSyncLabel, appString('label_never', 'en_US'));
  });
});

test('phone and watch form ids differ', async () => {
  await withDevices(async (devices) => {
    const phone = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*2', shape: 'rect' });
    const watch = await devices.addCard({ device: 'watch', formName: 'HealthSyncWatchCard', dimension: '3*3', shape: 'circle' });
    assert.notEqual(phone.key, watch.key);
    assert.equal(watch.shape, 'circle');

    // Each device counts from its own first id, so a form id alone names one card.
    assert.equal(phone.formId, String(FIRST_FORM_IDS.phone));
    assert.equal(watch.formId, String(FIRST_FORM_IDS.watch));
    assert.equal(phone.key, `phone-${FIRST_FORM_IDS.phone}`);
    const secondPhone = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*4', shape: 'rect' });
    assert.equal(secondPhone.formId, String(FIRST_FORM_IDS.phone + 1));
    assert.equal(cardData(devices, watch.key).formId, watch.formId);
    await devices.removeCard(secondPhone.key);

    await devices.removeCard(phone.key);
    const keys = devices.snapshot().cards.map((card) => card.key);
    assert.deepEqual(keys, [watch.key]);

    // A tap on a removed card is dropped by the Form Manager, not by the home screen.
    const outcome = await devices.cardAction(phone.key, callAction(phone));
    assert.equal(outcome.delivered, false);
  });
});
