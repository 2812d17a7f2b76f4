'use strict';

// The simulated device: the two app processes, the clock, the Health account
// and the settings. The Form Manager (formManager.js) and the ability manager
// (abilityManager.js) are mixed in. See index.js for the public API.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { EventEmitter } = require('node:events');

const { SimClock, toEpochMs } = require('../kits/clock');
const { defaultHealth } = require('../kits/world');
const { loadAppConfig } = require('./appConfig');
const { ProcessHandle } = require('./processHandle');
const { FormManagerMethods, FORM_PROCESS_IDLE_MS, parseFirstFormId } = require('./formManager');
const { AbilityManagerMethods, SUSPEND_AFTER_MS } = require('./abilityManager');

const MAX_IDLE_ROUNDS = 500;

const KITS_DIR = path.resolve(__dirname, '../kits');

async function settleHost() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

class Device extends EventEmitter {
  constructor(options = {}) {
    super();
    this.projectRoot = path.resolve(options.projectRoot || path.resolve(__dirname, '../../..'));
    this.config = loadAppConfig(this.projectRoot);
    // Checked before the sandbox folder exists, so invalid options leave nothing behind.
    this.firstFormId = parseFirstFormId(options.firstFormId);
    this.deviceType = options.deviceType || 'phone';
    this.locale = options.locale || 'en-Latn-US';
    this.timeZone = options.timeZone || 'UTC';
    this.colorMode = options.colorMode || 'light';
    this.ownsSandbox = !options.sandboxDir;
    this.sandboxDir = options.sandboxDir || fs.mkdtempSync(path.join(os.tmpdir(), 'health-sync-device-'));
    this.diskCache = options.diskCache !== false;
    this.installedLinks = options.installedLinks || ['huaweischeme://healthapp/home/main'];

    this.hostClock = new SimClock(options.startTime);
    this.health = { ...defaultHealth(), ...(options.account || {}) };
    this.backgroundSwitches = { refuse: false, lowBattery: false };

    this.forms = new Map();
    this.nextFormNumber = 0;
    this.formProcess = null;
    this.formIdleTimer = null;
    this.mainProcess = null;
    this.mainState = 'none';
    this.suspendTimer = null;
    this.logEntries = [];
    this.activity = 0;
    this.hostWork = new Set();

    // Date in this thread (scenario output, home screen) follows the device.
    process.env.TZ = this.timeZone;

    this.clock = {
      now: () => this.hostClock.now(),
      advance: (ms) => this.advanceTo(this.hostClock.now() + Math.max(0, Number(ms) || 0)),
      set: (time) => this.setTime(time),
    };
  }

  // ---- logs and events

  log(kind, line, extra = {}) {
    const entry = { kind, timeMs: this.hostClock.now(), line, ...extra };
    this.logEntries.push(entry);
    this.activity++;
    this.emit('log', entry);
    return entry;
  }

  logs() {
    return this.logEntries.slice();
  }

  // ---- processes

  processOptions(processName, abilitySrc) {
    return {
      processName,
      abilitySrc,
      projectRoot: this.projectRoot,
      kitsDir: KITS_DIR,
      sandboxDir: this.sandboxDir,
      bundleName: this.config.bundleName,
      moduleName: this.config.moduleName,
      deviceType: this.deviceType,
      locale: this.locale,
      timeZone: this.timeZone,
      colorMode: this.colorMode,
      nowMs: this.hostClock.now(),
      health: this.health,
      background: this.backgroundSwitches,
      querySchemes: this.config.querySchemes,
      installedLinks: this.installedLinks,
      diskCache: this.diskCache,
    };
  }

  async startProcess(processName, abilitySrc) {
    const handle = new ProcessHandle(this.processOptions(processName, abilitySrc), {
      onLog: (entry) => this.log('hilog', entry.line, { process: processName, level: entry.level, tag: entry.tag }),
      onEvent: (name, detail) => this.onProcessEvent(processName, name, detail),
      onHostCall: (op, args) => this.answerHostCall(processName, op, args),
      onSnapshot: (snapshot) => {
        if (processName === 'main') {
          this.health = snapshot.health;
        }
      },
      onExit: (reason) => this.log('system', `${processName} process ${reason}`, { process: processName }),
    });
    this.log('system', `${processName} process started`, { process: processName });
    await handle.ready;
    return handle;
  }

  onProcessEvent(processName, name, detail) {
    this.activity++;
    this.log('system', `${processName} process: ${name}`, { process: processName, detail });
    this.emit(name, detail);
  }

  liveProcesses() {
    return [this.formProcess, this.mainProcess].filter((handle) => handle && handle.alive && !handle.frozen);
  }

  // ---- system calls from the app

  async answerHostCall(processName, op, args) {
    this.activity++;
    if (op === 'updateForm') {
      return this.applyUpdate(processName, args[0], args[1]);
    }
    if (op === 'setFormNextRefreshTime') {
      return this.setNextRefreshTime(args[0], args[1]);
    }
    throw Object.assign(new Error(`Unknown system call '${op}'.`), { code: 16501000 });
  }

  requireForm(formId) {
    const form = this.forms.get(formId);
    if (!form) {
      throw Object.assign(new Error('The ID of the form to be operated does not exist.'), { code: 16501001 });
    }
    return form;
  }

  // formProvider.updateForm: the pushed data replaces the card's data.
  applyUpdate(processName, formId, cardData) {
    let form;
    try {
      form = this.requireForm(formId);
    } catch (error) {
      this.log('update', `updateForm rejected with 16501001 (${processName} process)`, { formId, data: cardData, rejected: 16501001, process: processName });
      throw error;
    }
    form.data = { ...cardData };
    form.updateCount++;
    this.log('update', `updateForm (${processName} process)`, { formId, data: form.data, process: processName });
    this.emit('update', { formId, data: { ...form.data } });
    return undefined;
  }

  // ---- account, settings, clock

  async setAccount(changes) {
    Object.assign(this.health, changes);
    await this.pushWorld({ health: changes });
  }

  async injectHealthResult(...entries) {
    this.health.injected.push(...entries);
    await this.pushWorld({ health: { injected: [...this.health.injected] } });
  }

  async setBackgroundTasks(changes) {
    Object.assign(this.backgroundSwitches, changes);
    await this.pushWorld({ background: changes });
  }

  async setLocale(locale) {
    this.locale = locale;
    await this.pushWorld({ locale }, { language: locale });
  }

  async setColorMode(colorMode) {
    this.colorMode = colorMode;
    await this.pushWorld({ colorMode }, { colorMode: colorMode === 'dark' ? 0 : 1 });
  }

  async setTimeZone(timeZone) {
    this.timeZone = timeZone;
    process.env.TZ = timeZone;
    await this.pushWorld({ timeZone });
  }

  async pushWorld(partial, configuration) {
    for (const handle of [this.formProcess, this.mainProcess]) {
      if (handle && handle.alive) {
        await handle.request('setWorld', partial);
        if (configuration) {
          await handle.request('configurationUpdate', configuration).catch(() => {});
        }
      }
    }
    await this.idle();
  }

  async advanceTo(targetMs) {
    for (;;) {
      const next = this.hostClock.nextDue(targetMs);
      if (!next) {
        break;
      }
      await this.syncProcessClocks(next.dueMs);
      this.hostClock.nowMs = Math.max(this.hostClock.nowMs, next.dueMs);
      this.hostClock.fire(next);
      await this.idle();
    }
    await this.syncProcessClocks(targetMs);
    this.hostClock.nowMs = Math.max(this.hostClock.nowMs, targetMs);
    await this.idle();
  }

  async setTime(time) {
    const target = toEpochMs(time);
    if (target >= this.hostClock.now()) {
      await this.advanceTo(target);
      return;
    }
    // Going back fires nothing.
    this.hostClock.nowMs = target;
    for (const handle of this.liveProcesses()) {
      await handle.request('setWorld', {});
      await handle.request('advanceTo', target);
    }
    await this.idle();
  }

  async syncProcessClocks(targetMs) {
    await Promise.all(this.liveProcesses().map((handle) => handle.request('advanceTo', targetMs).catch(() => {})));
  }

  // Waits until no message is in flight between the host and the processes
  // and no host timer work is pending, so callers see a settled device.
  async idle() {
    for (let round = 0; round < MAX_IDLE_ROUNDS; round++) {
      const before = this.activity;
      await Promise.all([...this.hostWork]);
      await Promise.all(this.liveProcesses().map((handle) => handle.request('ping').catch(() => {})));
      await settleHost();
      const busy = this.hostWork.size > 0 || this.liveProcesses().some((handle) => handle.isBusy());
      if (!busy && this.activity === before) {
        return;
      }
    }
    throw new Error(`The simulated device did not settle after ${MAX_IDLE_ROUNDS} rounds: the app keeps exchanging messages.`);
  }

  // ---- inspection and shutdown

  counters(processName = 'main') {
    const handle = processName === 'main' ? this.mainProcess : this.formProcess;
    return handle && handle.lastSnapshot ? { ...handle.lastSnapshot.counters } : {};
  }

  processInfo(processName) {
    const handle = processName === 'main' ? this.mainProcess : this.formProcess;
    if (!handle || !handle.alive) {
      return Promise.resolve(null);
    }
    return handle.request('loadInfo');
  }

  processRunning(processName) {
    const handle = processName === 'main' ? this.mainProcess : this.formProcess;
    return Boolean(handle && handle.alive);
  }

  async close() {
    this.disarmSuspendTimer();
    for (const handle of [this.formProcess, this.mainProcess]) {
      if (handle && handle.alive) {
        await handle.kill('stopped by close()');
      }
    }
    if (this.ownsSandbox) {
      fs.rmSync(this.sandboxDir, { recursive: true, force: true });
    }
  }
}

// Copies the methods of a class into Device.prototype, so the device's
// concerns can live in their own files and still share one state.
function mixMethods(source) {
  for (const name of Object.getOwnPropertyNames(source.prototype)) {
    if (name !== 'constructor') {
      Object.defineProperty(Device.prototype, name, Object.getOwnPropertyDescriptor(source.prototype, name));
    }
  }
}

mixMethods(FormManagerMethods);
mixMethods(AbilityManagerMethods);

async function createDevice(options) {
  return new Device(options);
}

module.exports = { Device, createDevice, FORM_PROCESS_IDLE_MS, SUSPEND_AFTER_MS };
