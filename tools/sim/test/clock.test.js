'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');

const { SimClock, installClockGlobals, RealDate } = require('../kits/clock');

test('timers fire in due order on advance', async () => {
  const clock = new SimClock('2026-01-05T23:59:00Z');
  const fired = [];
  clock.setTimeout(() => fired.push('b'), 2000);
  clock.setTimeout(() => fired.push('a'), 1000);
  const interval = clock.setInterval(() => fired.push('i'), 1500);
  await clock.advance(3000);
  clock.clearTimeout(interval);
  assert.deepEqual(fired, ['a', 'i', 'b', 'i']);
  assert.equal(new RealDate(clock.now()).toISOString(), '2026-01-05T23:59:03.000Z');
});

test('promise chains settle between timers', async () => {
  const clock = new SimClock(0);
  const order = [];
  clock.setTimeout(async () => {
    await Promise.resolve();
    order.push('first done');
  }, 10);
  clock.setTimeout(() => order.push('second'), 10);
  await clock.advance(10);
  assert.deepEqual(order, ['first done', 'second']);
});

test('patched Date and setTimeout use the clock', async () => {
  const clock = new SimClock('2026-01-05T12:00:00Z');
  const target = {};
  installClockGlobals(clock, target);
  assert.equal(new target.Date().toISOString(), '2026-01-05T12:00:00.000Z');
  assert.equal(target.Date.now(), clock.now());
  assert.equal(new target.Date(0).getTime(), 0);
  assert.equal(target.Date(), new RealDate(clock.now()).toString());
  assert.ok(new target.Date() instanceof RealDate);
  assert.equal(target.Date.UTC(2026, 0, 1), RealDate.UTC(2026, 0, 1));
  let fired = false;
  target.setTimeout(() => {
    fired = true;
  }, 60000);
  await clock.advance(59999);
  assert.equal(fired, false);
  await clock.advance(1);
  assert.equal(fired, true);
});

test('set goes back without firing', async () => {
  const clock = new SimClock(1000);
  let fired = 0;
  clock.setTimeout(() => fired++, 500);
  await clock.set(0);
  assert.equal(fired, 0);
  assert.equal(clock.now(), 0);
  await assert.rejects(clock.set('not a time'), /Invalid time/);
});
