'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');

const { nextScheduledTime, nextRefreshDelay, takeRefreshQuota, MAX_TIMER_REFRESHES_PER_DAY } = require('../host/timerRefresh');

const iso = (ms) => new Date(ms).toISOString();

test('scheduled time is local to the zone', () => {
  const now = Date.UTC(2026, 0, 5, 9, 0);
  assert.equal(iso(nextScheduledTime('00:01', 'Asia/Shanghai', now)), '2026-01-05T16:01:00.000Z');
  assert.equal(iso(nextScheduledTime('00:01', 'UTC', now)), '2026-01-06T00:01:00.000Z');
  assert.equal(iso(nextScheduledTime('00:01', 'America/New_York', now)), '2026-01-06T05:01:00.000Z');
});

test('scheduled time at the current minute moves a day', () => {
  const now = Date.UTC(2026, 0, 6, 0, 1);
  assert.equal(iso(nextScheduledTime('00:01', 'UTC', now)), '2026-01-07T00:01:00.000Z');
});

test('scheduled time across a DST change', () => {
  // Europe/Berlin moves to summer time on 2026-03-29 at 02:00 local.
  const now = Date.UTC(2026, 2, 28, 12, 0);
  assert.equal(iso(nextScheduledTime('09:00', 'Europe/Berlin', now)), '2026-03-29T07:00:00.000Z');
});

test('updateDuration wins over scheduledUpdateTime', () => {
  const config = { updateEnabled: true, updateDuration: 2, scheduledUpdateTime: '10:30' };
  assert.equal(nextRefreshDelay(config, 'UTC', 0), 60 * 60 * 1000);
  assert.equal(nextRefreshDelay({ ...config, updateEnabled: false }, 'UTC', 0), null);
  assert.equal(nextRefreshDelay({ updateDuration: 0 }, 'UTC', 0), null);
  assert.equal(nextRefreshDelay({ updateDuration: 0, scheduledUpdateTime: 'noon' }, 'UTC', 0), null);
});

test('at most 50 timer refreshes a day', () => {
  const form = {};
  const day = Date.UTC(2026, 0, 5, 10, 0);
  for (let i = 0; i < MAX_TIMER_REFRESHES_PER_DAY; i++) {
    assert.equal(takeRefreshQuota(form, 'UTC', day + i), true);
  }
  assert.equal(takeRefreshQuota(form, 'UTC', day + 60000), false);
  assert.equal(takeRefreshQuota(form, 'UTC', day + 14 * 3600 * 1000), true, 'a new local day has a new quota');
});
