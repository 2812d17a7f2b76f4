'use strict';

// The home screen's adapter over the simulator: clock jumps across midnight in the device's time
// zone, a process killed mid-sync, the sync result control, and card keys per device.

const test = require('node:test');
const assert = require('node:assert/strict');

const { createDevices, msSinceLocalMidnight } = require('../simHost');
const { appString, labelPattern } = require('./helpers/appStrings');

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

test('phone and watch keys stay apart', async () => {
  await withDevices(async (devices) => {
    const phone = await devices.addCard({ device: 'phone', formName: 'HealthSyncCard', dimension: '2*2', shape: 'rect' });
    const watch = await devices.addCard({ device: 'watch', formName: 'HealthSyncWatchCard', dimension: '3*3', shape: 'circle' });
    assert.notEqual(phone.key, watch.key);
    assert.equal(watch.shape, 'circle');

    await devices.removeCard(phone.key);
    const keys = devices.snapshot().cards.map((card) => card.key);
    assert.deepEqual(keys, [watch.key]);

    // A tap on a removed card is dropped by the Form Manager, not by the home screen.
    const outcome = await devices.cardAction(phone.key, callAction(phone));
    assert.equal(outcome.delivered, false);
  });
});
