'use strict';

// @kit.BackgroundTasksKit: transient tasks (backgroundTaskManager
// requestSuspendDelay / getRemainingDelayTime / cancelSuspendDelay).
// Quota rules come from the OpenHarmony guide "Transient Task (ArkTS)": at
// most 3 minutes per request (1 minute on low battery), 10 minutes per day
// and three tasks at once. The expiry callback runs about 6 s before the
// timeout (backgroundTaskManager API reference). A rejected request throws
// 9900002, the code the declarations give for a failed transient-task check.

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');

// A FormExtensionAbility process that imports this kit anywhere in its import
// graph crashes at load (Form Kit guide), so the simulated one does too.
if (world.isConfigured() && world.current().processName === 'form') {
  throw new Error('The form process crashed: @kit.BackgroundTasksKit (@ohos.resourceschedule.backgroundTaskManager) may not be imported by a FormExtensionAbility.');
}

const REQUEST_QUOTA_MS = 3 * 60 * 1000;
const LOW_BATTERY_REQUEST_QUOTA_MS = 60 * 1000;
const DAILY_QUOTA_MS = 10 * 60 * 1000;
const MAX_CONCURRENT_TASKS = 3;
const CALLBACK_LEAD_MS = 6000;
const DAY_MS = 24 * 60 * 60 * 1000;

function verificationFailed(detail) {
  return new BusinessError(9900002, `Transient task verification failed. ${detail}`);
}

// Quota used in the rolling 24 hours before `nowMs`, counting running tasks
// up to now.
function usedQuotaMs(background, nowMs) {
  background.history = (background.history || []).filter((task) => task.endMs > nowMs - DAY_MS);
  let used = background.history.reduce((sum, task) => sum + (task.endMs - Math.max(task.startMs, nowMs - DAY_MS)), 0);
  for (const task of background.active.values()) {
    used += nowMs - task.startMs;
  }
  return used;
}

function finish(background, task, endMs) {
  if (!background.active.has(task.requestId)) {
    return;
  }
  background.active.delete(task.requestId);
  background.history.push({ startMs: task.startMs, endMs });
}

function requestSuspendDelay(reason, callback) {
  world.count('backgroundTaskManager.requestSuspendDelay');
  if (typeof reason !== 'string' || typeof callback !== 'function') {
    throw parameterError('requestSuspendDelay needs a reason (string) and a callback (function).');
  }

  const state = world.current();
  const background = state.background;
  const nowMs = state.clock.now();

  if (background.refuse) {
    throw verificationFailed('The simulated system rejects every request (setBackgroundTasks({ refuse: true })).');
  }
  if (background.active.size >= MAX_CONCURRENT_TASKS) {
    throw verificationFailed(`At most ${MAX_CONCURRENT_TASKS} transient tasks may run at once.`);
  }
  const remainingDayMs = DAILY_QUOTA_MS - usedQuotaMs(background, nowMs);
  if (remainingDayMs <= 0) {
    throw verificationFailed('The daily quota of 10 minutes is used up.');
  }

  const requestQuotaMs = background.lowBattery ? LOW_BATTERY_REQUEST_QUOTA_MS : REQUEST_QUOTA_MS;
  const actualDelayTime = Math.min(requestQuotaMs, remainingDayMs);
  const requestId = background.nextRequestId++;
  const task = { requestId, reason, startMs: nowMs, endMs: nowMs + actualDelayTime, timer: null };

  // The callback runs shortly before the end, and the task ends at actualDelayTime.
  task.timer = state.clock.setTimeout(() => {
    callback();
    task.timer = state.clock.setTimeout(() => finish(background, task, task.endMs), Math.min(CALLBACK_LEAD_MS, actualDelayTime));
  }, Math.max(0, actualDelayTime - CALLBACK_LEAD_MS));
  background.active.set(requestId, task);

  return { requestId, actualDelayTime };
}

function findTask(requestId) {
  if (!Number.isInteger(requestId)) {
    throw parameterError('The requestId must be an integer.');
  }
  const task = world.current().background.active.get(requestId);
  if (!task) {
    throw verificationFailed(`No transient task with requestId ${requestId}.`);
  }
  return task;
}

function cancelSuspendDelay(requestId) {
  world.count('backgroundTaskManager.cancelSuspendDelay');
  const task = findTask(requestId);
  const state = world.current();
  state.clock.clearTimeout(task.timer);
  finish(state.background, task, state.clock.now());
}

async function getRemainingDelayTime(requestId) {
  const task = findTask(requestId);
  return Math.max(0, task.endMs - world.current().clock.now());
}

const backgroundTaskManager = { requestSuspendDelay, cancelSuspendDelay, getRemainingDelayTime };

module.exports = { backgroundTaskManager };
