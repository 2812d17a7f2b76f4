'use strict';

// Timer refresh of a form from form_config.json (Form Kit guide).
// `updateDuration` in 30-minute units wins over `scheduledUpdateTime`
// ("HH:mm", device local time). A form gets at most 50 timer refreshes a day.

const { timeZoneOffsetMs } = require('../kits/LocalizationKit');

const UPDATE_DURATION_UNIT_MS = 30 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_TIMER_REFRESHES_PER_DAY = 50;

// Epoch ms of the next "HH:mm" in `timeZone` strictly after `nowMs`.
function nextScheduledTime(scheduledUpdateTime, timeZone, nowMs) {
  const match = /^(\d{1,2}):(\d{2})$/.exec(scheduledUpdateTime || '');
  if (!match) {
    return null;
  }
  const offsetMs = timeZoneOffsetMs(timeZone, nowMs);
  const localNow = nowMs + offsetMs;
  const localMidnight = Math.floor(localNow / DAY_MS) * DAY_MS;
  let localTarget = localMidnight + (Number(match[1]) * 60 + Number(match[2])) * 60 * 1000;
  if (localTarget <= localNow) {
    localTarget += DAY_MS;
  }
  // Converting back with the offset at the target handles a DST change between.
  return localTarget - timeZoneOffsetMs(timeZone, localTarget - offsetMs);
}

// Delay until the next timer refresh of `formConfig`, or null when it has none.
function nextRefreshDelay(formConfig, timeZone, nowMs) {
  if (!formConfig || formConfig.updateEnabled === false) {
    return null;
  }
  const duration = Number(formConfig.updateDuration) || 0;
  if (duration > 0) {
    return duration * UPDATE_DURATION_UNIT_MS;
  }
  const next = nextScheduledTime(formConfig.scheduledUpdateTime, timeZone, nowMs);
  return next === null ? null : next - nowMs;
}

// Starts a new count when the local day of `nowMs` differs from the form's.
function rollRefreshDay(form, timeZone, nowMs) {
  const day = Math.floor((nowMs + timeZoneOffsetMs(timeZone, nowMs)) / DAY_MS);
  if (form.refreshDay !== day) {
    form.refreshDay = day;
    form.refreshesToday = 0;
  }
}

// Refreshes the form may still get on the local day of `nowMs`.
function refreshQuotaLeft(form, timeZone, nowMs) {
  rollRefreshDay(form, timeZone, nowMs);
  return MAX_TIMER_REFRESHES_PER_DAY - form.refreshesToday;
}

// Counts refreshes per form and local day; false once the day's quota is used.
function takeRefreshQuota(form, timeZone, nowMs) {
  if (refreshQuotaLeft(form, timeZone, nowMs) <= 0) {
    return false;
  }
  form.refreshesToday++;
  return true;
}

module.exports = { nextScheduledTime, nextRefreshDelay, takeRefreshQuota, refreshQuotaLeft, MAX_TIMER_REFRESHES_PER_DAY };
