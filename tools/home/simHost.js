'use strict';

// The only module of the home screen that talks to the simulator (tools/sim/host). It runs one
// phone and one watch with the app installed and keeps their simulated clocks moving in real
// time. It emits three kinds of events: 'log' (hilog lines, system events, card actions),
// 'update' (a card's new binding data) and 'cards' (cards added or removed).
//
// Interface used by the home screen (every method but snapshot() returns a promise):
//   start(), stop()
//   addCard({ device, formName, dimension, shape }) -> card
//   removeCard(key)
//   cardAction(key, action) -> { delivered, reason?, landing? }   action: postCardAction's 2nd argument
//   setWorld(patch)                      fields of validateWorldPatch in http/validate.js
//   moveClock({ beforeMidnight } | { hours })
//   killApp(device)
//   refreshCard(key)                     the Form Manager calls onUpdateForm, as a timer refresh does
//   snapshot() -> { cards, world, clock, simulator }
// A card is `{ key, formId, device, formName, dimension, shape, bindingData }`; `key` is
// '<device>-<formId>'. The form ids of the phone and the watch come from separate ranges, so the
// id alone is unique, and the key keeps the device so that the HTTP routes can name it.

const { EventEmitter } = require('node:events');
const { createDevice } = require('../sim/host');

// The simulated clocks advance by the real time elapsed, checked this often.
const DEFAULT_TICK_MS = 200;
// A device operation that has not settled after this long (real time) is reported as timed out,
// and later operations stop waiting for it, so that one stuck simulator call cannot stall the page.
const OPERATION_TIMEOUT_MS = 20000;
const DEVICE_TYPES = { phone: 'phone', watch: 'wearable' };
// Each device counts its form ids up from its own start, so a form id in the log names one card.
const FIRST_FORM_IDS = { phone: 1722000000, watch: 1822000000 };
const LOCALE_TAGS = { zh_CN: 'zh-Hans-CN', en_US: 'en-Latn-US' };
const HOUR_MS = 3600 * 1000;

/** Milliseconds from local midnight to `epochMs` in a time zone. */
function msSinceLocalMidnight(epochMs, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const value = (type) => Number(parts.find((part) => part.type === type).value);
  return ((value('hour') * 60 + value('minute')) * 60 + value('second')) * 1000 + (epochMs % 1000);
}

class SimulatedDevices extends EventEmitter {
  /**
   * @param {object} options
   * @param {string} options.projectRoot
   * @param {number|string} [options.startTime] simulated time at start (default: the real time)
   * @param {string} [options.timeZone] IANA name (default Asia/Shanghai: manual sync works only
   *   in mainland China)
   * @param {number} [options.tickMs] real-time clock step; 0 stops the clock between requests
   */
  constructor({ projectRoot, startTime, timeZone, tickMs }) {
    super();
    this.projectRoot = projectRoot;
    this.startTime = startTime === undefined ? Date.now() : startTime;
    this.timeZone = timeZone || 'Asia/Shanghai';
    this.tickMs = tickMs === undefined ? DEFAULT_TICK_MS : tickMs;
    this.devices = {};
    this.queues = {};
    this.shapes = new Map();
    this.world = {
      signedIn: true,
      privacyAccepted: true,
      scopeGranted: true,
      network: true,
      latencyMs: 0,
      nextResult: 'success',
      locale: 'en_US',
      colorMode: 'light',
    };
    this.ticker = null;
    this.tickRunning = false;
    this.lastTick = 0;
  }

  async start() {
    for (const [name, deviceType] of Object.entries(DEVICE_TYPES)) {
      const device = await createDevice({
        projectRoot: this.projectRoot,
        deviceType,
        locale: LOCALE_TAGS[this.world.locale],
        timeZone: this.timeZone,
        startTime: this.startTime,
        colorMode: this.world.colorMode,
        firstFormId: FIRST_FORM_IDS[name],
      });
      this.devices[name] = device;
      this.queues[name] = Promise.resolve();

      device.on('log', (entry) => {
        // Accepted updates reach the home screen as 'update' events; only rejections stay in the log.
        if (entry.kind === 'update' && !entry.rejected) {
          return;
        }
        this.emit('log', {
          device: name,
          source: entry.kind,
          level: entry.level,
          process: entry.process,
          formId: entry.formId,
          line: entry.line,
          time: entry.timeMs,
        });
      });
      device.on('update', ({ formId, data }) => this.emit('update', { key: `${name}-${formId}`, device: name, formId, data }));
    }

    if (this.tickMs > 0) {
      this.lastTick = Date.now();
      this.ticker = setInterval(() => this.tick(), this.tickMs);
    }
  }

  /** Runs device operations one at a time per device, so clock steps never interleave with a tap. */
  enqueue(name, operation) {
    const run = this.queues[name].then(operation, operation);
    let timer;
    const timeout = new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`the simulated ${name} did not settle within ${OPERATION_TIMEOUT_MS} ms; later operations no longer wait for it`);
        this.emit('log', { device: name, source: 'home', level: 'E', line: error.message });
        reject(error);
      }, OPERATION_TIMEOUT_MS);
    });
    const bounded = Promise.race([run, timeout]).finally(() => clearTimeout(timer));
    this.queues[name] = bounded.catch(() => {});
    return bounded;
  }

  tick() {
    const now = Date.now();
    const elapsed = now - this.lastTick;
    // Skip while a step is still running; the next one covers the time that passed.
    if (this.tickRunning || elapsed <= 0) {
      return;
    }
    this.lastTick = now;
    this.tickRunning = true;
    const steps = Object.keys(this.devices).map((name) => this.enqueue(name, () => this.devices[name].clock.advance(elapsed)));
    Promise.all(steps)
      .catch((error) => this.emit('log', { device: 'phone', source: 'home', level: 'E', line: `clock step failed: ${error.message}` }))
      .finally(() => {
        this.tickRunning = false;
      });
  }

  async stop() {
    clearInterval(this.ticker);
    this.ticker = null;
    for (const name of Object.keys(this.devices)) {
      await this.queues[name].catch(() => {});
      await this.devices[name].close();
    }
  }

  parseKey(key) {
    const match = /^(phone|watch)-(\d+)$/.exec(key);
    if (!match || !this.devices[match[1]]) {
      return null;
    }
    return { name: match[1], formId: match[2] };
  }

  cardsOf(name) {
    return this.devices[name].cards().map((card) => {
      const key = `${name}-${card.formId}`;
      return {
        key,
        formId: card.formId,
        device: name,
        formName: card.formName,
        dimension: card.dimension,
        shape: this.shapes.get(key) || 'rect',
        bindingData: card.data || {},
      };
    });
  }

  async addCard({ device, formName, dimension, shape }) {
    // NOTE: the simulator's Form Manager has no shape parameter, so the app never receives a
    // watch card's shape. The shape only changes how the card is drawn here.
    const formId = await this.enqueue(device, () => this.devices[device].addCard({ formName, dimension }));
    const key = `${device}-${formId}`;
    this.shapes.set(key, shape);
    this.emit('cards');
    return this.cardsOf(device).find((card) => card.key === key);
  }

  async removeCard(key) {
    const { name, formId } = this.parseKey(key);
    await this.enqueue(name, () => this.devices[name].removeCard(formId));
    this.shapes.delete(key);
    this.emit('cards');
  }

  async cardAction(key, action) {
    const { name, formId } = this.parseKey(key);
    const device = this.devices[name];

    return this.enqueue(name, async () => {
      if (action && action.action === 'call') {
        // The chosen result applies to the syncAll of every tap until it is changed back.
        const result = this.world.nextResult;
        const injected = result === 'success' ? [] : [{ api: 'syncAll', result }];
        await device.setAccount({ injected });
      }

      let landing = null;
      const onRouter = (event) => {
        if (event.formId === formId) {
          landing = describeLanding(event.want);
        }
      };
      device.on('router', onRouter);
      let outcome;
      try {
        outcome = await device.cardAction(formId, action);
      } finally {
        device.off('router', onRouter);
      }

      if (landing) {
        // The user looks at the app, then goes back to the home screen.
        await device.leaveApp();
        this.emit('log', { device: name, source: 'home', line: 'user returned to the home screen' });
      }
      return { ...outcome, landing };
    });
  }

  async setWorld(patch) {
    const account = {};
    for (const field of ['signedIn', 'privacyAccepted', 'scopeGranted', 'network', 'latencyMs']) {
      if (field in patch) {
        account[field] = patch[field];
      }
    }
    Object.assign(this.world, patch);

    for (const name of Object.keys(this.devices)) {
      const device = this.devices[name];
      await this.enqueue(name, async () => {
        if (Object.keys(account).length > 0) {
          await device.setAccount(account);
        }
        if (patch.locale) {
          // The simulator calls onConfigurationUpdate, where the app pushes every card again in
          // the new language.
          // NOTE: the simulator delivers it only to a running form process. About 10 s after its
          // last callback the process has ended, and then the cards keep the labels of the old
          // language until their next push.
          await device.setLocale(LOCALE_TAGS[patch.locale]);
        }
        if (patch.colorMode) {
          await device.setColorMode(patch.colorMode);
        }
      });
    }
  }

  async moveClock({ beforeMidnight, hours }) {
    const phoneNow = this.devices.phone.clock.now();
    let target;
    if (beforeMidnight) {
      // One minute before the next local midnight, so the date change happens on screen.
      target = phoneNow - msSinceLocalMidnight(phoneNow, this.timeZone) + 24 * HOUR_MS - 60 * 1000;
      if (target <= phoneNow) {
        target += 24 * HOUR_MS;
      }
    } else {
      target = phoneNow + hours * HOUR_MS;
    }
    // Moving forward fires every timer that falls due on the way; moving back fires none.
    for (const name of Object.keys(this.devices)) {
      await this.enqueue(name, () => this.devices[name].clock.set(target));
    }
    this.lastTick = Date.now();
  }

  async refreshCard(key) {
    const { name, formId } = this.parseKey(key);
    await this.enqueue(name, () => this.devices[name].refreshCard(formId));
  }

  async killApp(name) {
    await this.enqueue(name, () => this.devices[name].killApp('killed from the home screen'));
  }

  snapshot() {
    const health = this.devices.phone.health;
    return {
      cards: [...this.cardsOf('phone'), ...this.cardsOf('watch')],
      world: {
        ...this.world,
        signedIn: health.signedIn,
        privacyAccepted: health.privacyAccepted,
        scopeGranted: health.scopeGranted,
        network: health.network,
        latencyMs: health.latencyMs,
        timeZone: this.timeZone,
      },
      clock: this.devices.phone.clock.now(),
      simulator: 'tools/sim/host',
    };
  }
}

/** Describes where a router want opens the app: the ability, the page target and the params. */
function describeLanding(want) {
  let params = {};
  try {
    params = JSON.parse((want.parameters && want.parameters.params) || '{}');
  } catch {
    params = { unparsed: want.parameters.params };
  }
  return { ability: want.abilityName, page: params.target, params };
}

/** Creates the phone and the watch of the home screen. */
function createDevices(options) {
  return new SimulatedDevices(options);
}

module.exports = { createDevices, msSinceLocalMidnight, FIRST_FORM_IDS };
