'use strict';

// The simulated wall clock of one process, plus timers that fire on it.
// Tests move time with advance()/set(); nothing here waits for real time.

const RealDate = Date;

// 2026-01-05 09:00:00 UTC, a Monday morning: a fixed default keeps runs repeatable.
const DEFAULT_START_MS = RealDate.UTC(2026, 0, 5, 9, 0, 0);

class SimClock {
  constructor(startTime) {
    this.nowMs = toEpochMs(startTime === undefined ? DEFAULT_START_MS : startTime);
    this.timers = new Map();
    this.nextTimerId = 1;
  }

  now() {
    return this.nowMs;
  }

  setTimeout(callback, delayMs = 0, ...args) {
    const id = this.nextTimerId++;
    const delay = Math.max(0, Number(delayMs) || 0);
    this.timers.set(id, { id, dueMs: this.nowMs + delay, callback, args, intervalMs: null });
    return id;
  }

  setInterval(callback, delayMs = 0, ...args) {
    const id = this.setTimeout(callback, delayMs, ...args);
    this.timers.get(id).intervalMs = Math.max(1, Number(delayMs) || 0);
    return id;
  }

  clearTimeout(id) {
    this.timers.delete(typeof id === 'object' && id !== null ? id.id : id);
  }

  pendingTimers() {
    return this.timers.size;
  }

  // Moves the clock forward and fires every timer that falls due, in due order.
  // Between timers it lets promise jobs and I/O callbacks run, so an await
  // chain started by one timer settles before the next timer fires.
  async advance(ms) {
    await this.advanceTo(this.nowMs + Math.max(0, Number(ms) || 0));
  }

  async advanceTo(targetMs) {
    const target = toEpochMs(targetMs);
    await settle();

    for (;;) {
      const next = this.nextDue(target);
      if (!next) {
        break;
      }
      this.nowMs = Math.max(this.nowMs, next.dueMs);
      this.fire(next);
      await settle();
    }

    this.nowMs = Math.max(this.nowMs, target);
  }

  // Sets the clock to any time. Going back fires nothing; going forward fires
  // what falls due, as advanceTo() does.
  async set(time) {
    const target = toEpochMs(time);
    if (target < this.nowMs) {
      this.nowMs = target;
      return;
    }
    await this.advanceTo(target);
  }

  nextDue(targetMs) {
    let next = null;
    for (const timer of this.timers.values()) {
      if (timer.dueMs <= targetMs && (!next || timer.dueMs < next.dueMs)) {
        next = timer;
      }
    }
    return next;
  }

  fire(timer) {
    if (timer.intervalMs !== null) {
      timer.dueMs += timer.intervalMs;
    } else {
      this.timers.delete(timer.id);
    }
    timer.callback(...timer.args);
  }
}

function toEpochMs(time) {
  if (time instanceof RealDate) {
    return time.getTime();
  }
  if (typeof time === 'string') {
    const parsed = RealDate.parse(time);
    if (Number.isNaN(parsed)) {
      throw new Error(`Invalid time '${time}': use an ISO 8601 string or epoch milliseconds.`);
    }
    return parsed;
  }
  if (!Number.isFinite(time)) {
    throw new Error(`Invalid time ${String(time)}: use an ISO 8601 string or epoch milliseconds.`);
  }
  return time;
}

// Lets queued promise jobs run, then one turn of the event loop for I/O callbacks.
async function settle() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// Makes Date, setTimeout, setInterval and their clear functions of this isolate
// run on the clock, so the app's `new Date()` and its sync timeout both see
// simulated time. setImmediate and queueMicrotask stay real.
function installClockGlobals(clock, target = globalThis) {
  // A Proxy rather than a subclass, so `Date()` called without `new` still
  // returns the current time as a string, and `instanceof Date` keeps working.
  const SimDate = new Proxy(RealDate, {
    construct(dateClass, args, newTarget) {
      return Reflect.construct(dateClass, args.length === 0 ? [clock.now()] : args, newTarget);
    },
    apply() {
      return new RealDate(clock.now()).toString();
    },
    get(dateClass, property, receiver) {
      return property === 'now' ? () => clock.now() : Reflect.get(dateClass, property, receiver);
    },
  });

  target.Date = SimDate;
  target.setTimeout = (callback, ms, ...args) => clock.setTimeout(callback, ms, ...args);
  target.setInterval = (callback, ms, ...args) => clock.setInterval(callback, ms, ...args);
  target.clearTimeout = (id) => clock.clearTimeout(id);
  target.clearInterval = (id) => clock.clearTimeout(id);
}

module.exports = { SimClock, installClockGlobals, toEpochMs, RealDate, DEFAULT_START_MS };
