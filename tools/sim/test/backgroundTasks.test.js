'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');

const world = require('../kits/world');
const { backgroundTaskManager } = require('../kits/BackgroundTasksKit');

function fresh(background = {}) {
  return world.configure({ background });
}

test('a request gets 3 minutes and a callback 6 s before the end', async () => {
  const state = fresh();
  let expired = 0;
  const info = backgroundTaskManager.requestSuspendDelay('sync', () => expired++);
  assert.equal(info.actualDelayTime, 180000);
  assert.equal(await backgroundTaskManager.getRemainingDelayTime(info.requestId), 180000);
  await state.clock.advance(173999);
  assert.equal(expired, 0);
  await state.clock.advance(1);
  assert.equal(expired, 1);
  await state.clock.advance(6000);
  assert.throws(() => backgroundTaskManager.cancelSuspendDelay(info.requestId), { code: 9900002 });
});

test('low battery gives 1 minute', () => {
  fresh({ lowBattery: true });
  assert.equal(backgroundTaskManager.requestSuspendDelay('sync', () => {}).actualDelayTime, 60000);
});

test('at most three tasks at once', () => {
  fresh();
  const ids = [1, 2, 3].map(() => backgroundTaskManager.requestSuspendDelay('sync', () => {}).requestId);
  assert.throws(() => backgroundTaskManager.requestSuspendDelay('sync', () => {}), { code: 9900002 });
  backgroundTaskManager.cancelSuspendDelay(ids[0]);
  backgroundTaskManager.requestSuspendDelay('sync', () => {});
});

test('the daily quota of 10 minutes runs out and returns a day later', async () => {
  const state = fresh();
  for (let i = 0; i < 3; i++) {
    const info = backgroundTaskManager.requestSuspendDelay('sync', () => {});
    await state.clock.advance(180000);
    assert.equal(info.actualDelayTime, 180000);
  }
  const last = backgroundTaskManager.requestSuspendDelay('sync', () => {});
  assert.equal(last.actualDelayTime, 60000);
  await state.clock.advance(60000);
  assert.throws(() => backgroundTaskManager.requestSuspendDelay('sync', () => {}), { code: 9900002 });
  await state.clock.advance(24 * 3600 * 1000);
  assert.equal(backgroundTaskManager.requestSuspendDelay('sync', () => {}).actualDelayTime, 180000);
});

test('cancel returns unused time to the quota', async () => {
  const state = fresh();
  const info = backgroundTaskManager.requestSuspendDelay('sync', () => {});
  await state.clock.advance(1000);
  backgroundTaskManager.cancelSuspendDelay(info.requestId);
  for (let i = 0; i < 3; i++) {
    backgroundTaskManager.cancelSuspendDelay(backgroundTaskManager.requestSuspendDelay('s', () => {}).requestId);
  }
  assert.equal(backgroundTaskManager.requestSuspendDelay('sync', () => {}).actualDelayTime, 180000);
});

test('refuse switch and bad arguments', () => {
  fresh({ refuse: true });
  assert.throws(() => backgroundTaskManager.requestSuspendDelay('sync', () => {}), { code: 9900002 });
  fresh();
  assert.throws(() => backgroundTaskManager.requestSuspendDelay('sync'), { code: 401 });
  assert.throws(() => backgroundTaskManager.cancelSuspendDelay('1'), { code: 401 });
});
