'use strict';

// One app process of the simulated device, run in a worker thread: the form
// process (EntryFormAbility) or the main process (UIAbilities). It shares
// nothing with the other process but the sandbox files, and talks to the
// host (system services) only through postMessage.

const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

// Date follows process.env.TZ; set it before anything reads the time.
process.env.TZ = workerData.timeZone;

const world = require('../kits/world');
const { SimClock, installClockGlobals } = require('../kits/clock');
const { BusinessError } = require('../kits/errors');

const clock = new SimClock(workerData.nowMs);
const pendingHostCalls = new Map();
let nextHostCallId = 1;

// Timing of the latest callee invocation, for the benchmark: performance.now()
// at callee entry and at the first updateForm call after it.
const calleeTiming = { enteredAt: null, firstUpdateAt: null, kitCalls: [] };

function post(message) {
  parentPort.postMessage(message);
}

function callHost(op, args) {
  return new Promise((resolve, reject) => {
    const id = nextHostCallId++;
    pendingHostCalls.set(id, { resolve, reject });
    post({ type: 'hostCall', id, op, args });
  });
}

// Kit calls made between callee entry and the first updateForm, with their
// time since entry, so the benchmark can show where that time goes.
const countKitCall = world.count;
world.count = (name) => {
  countKitCall(name);
  if (calleeTiming.enteredAt !== null && calleeTiming.firstUpdateAt === null) {
    calleeTiming.kitCalls.push({ name, atMs: performance.now() - calleeTiming.enteredAt });
  }
};

const formHost = {
  updateForm(formId, cardData) {
    if (calleeTiming.enteredAt !== null && calleeTiming.firstUpdateAt === null) {
      calleeTiming.firstUpdateAt = performance.now();
    }
    return callHost('updateForm', [formId, cardData]);
  },
  setFormNextRefreshTime(formId, minute) {
    return callHost('setFormNextRefreshTime', [formId, minute]);
  },
};

world.configure({
  sandboxDir: workerData.sandboxDir,
  projectRoot: workerData.projectRoot,
  bundleName: workerData.bundleName,
  moduleName: workerData.moduleName,
  processName: workerData.processName,
  deviceType: workerData.deviceType,
  locale: workerData.locale,
  timeZone: workerData.timeZone,
  colorMode: workerData.colorMode,
  clock,
  health: workerData.health,
  background: workerData.background,
  formHost,
  querySchemes: workerData.querySchemes,
  installedLinks: workerData.installedLinks,
  onLog: (entry) => post({ type: 'log', entry }),
  onOpenLink: (link) => post({ type: 'event', name: 'openLink', detail: { link } }),
  onStartAbility: async (want) => post({ type: 'event', name: 'startAbility', detail: { want } }),
  onTerminateSelf: async (abilityName) => post({ type: 'event', name: 'terminateSelf', detail: { abilityName } }),
});
installClockGlobals(clock);
require('../kits/arkuiGlobals').installArkUIGlobals();

// ArkTS apps log unhandled rejections instead of dying; so does this process.
process.on('unhandledRejection', (reason) => {
  const code = reason && reason.code !== undefined ? ` (code ${reason.code})` : '';
  const message = `unhandled promise rejection${code}: ${reason && reason.message ? reason.message : String(reason)}`;
  const entry = { level: 'E', domain: 0, tag: 'sim', message, line: `E 00000/sim: ${message}`, process: workerData.processName };
  world.current().logs.push(entry);
  post({ type: 'log', entry });
});

require('../../runtime/loader').install({
  projectRoot: workerData.projectRoot,
  kitsDir: workerData.kitsDir,
  diskCache: workerData.diskCache !== false,
});

const loadStart = performance.now();
const AbilityClass = require(workerData.abilitySrc).default;
const loadMs = performance.now() - loadStart;
const ability = new AbilityClass();

const { Want } = require('../kits/AbilityKit');
const { sim: formSim } = require('../kits/FormKit');
const { rpc } = require('../kits/IPCKit');
const { WindowStage } = require('../kits/ArkUI');

function snapshot() {
  const state = world.current();
  return {
    health: { ...state.health, injected: [...state.health.injected], calls: { ...state.health.calls } },
    activeTransientTasks: state.background.active.size,
    counters: { ...state.counters },
  };
}

async function settle() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// Runs a lifecycle callback and returns what it returned; an async callback
// is not awaited, because the system does not wait for it either.
function lifecycle(name, ...args) {
  return ability[name](...args);
}

const operations = {
  async advanceTo(targetMs) {
    await clock.advanceTo(targetMs);
  },
  async ping() {
    await settle();
  },
  setWorld(partial) {
    const state = world.current();
    const { health, background, ...rest } = partial;
    Object.assign(state, rest);
    if (health) {
      Object.assign(state.health, health);
    }
    if (background) {
      Object.assign(state.background, background);
    }
    if (rest.timeZone) {
      process.env.TZ = rest.timeZone;
    }
  },
  loadInfo() {
    const loader = require('../../runtime/loader');
    const files = loader.compiledFiles();
    const bytes = files.reduce((sum, file) => sum + require('node:fs').statSync(file).size, 0);
    return { loadMs, moduleCount: files.length, sourceBytes: bytes, files };
  },

  // Form process.
  addForm(want) {
    const bindingData = lifecycle('onAddForm', new Want(want));
    const data = bindingData && typeof bindingData === 'object' && 'data' in bindingData ? bindingData.data : {};
    return formSim.toCardData(typeof data === 'string' ? JSON.parse(data) : data);
  },
  updateForm(formId, wantParams) {
    lifecycle('onUpdateForm', formId, wantParams);
  },
  removeForm(formId) {
    lifecycle('onRemoveForm', formId);
  },
  formEvent(formId, message) {
    lifecycle('onFormEvent', formId, message);
  },
  castToNormalForm(formId) {
    lifecycle('onCastToNormalForm', formId);
  },
  acquireFormState(want) {
    return lifecycle('onAcquireFormState', new Want(want));
  },

  // Main process.
  create(want, launchReason) {
    ability.launchWant = new Want(want);
    ability.lastRequestWant = ability.launchWant;
    lifecycle('onCreate', ability.launchWant, { launchReason, lastExitReason: 0 });
  },
  windowStageCreate() {
    ability.windowStage = new WindowStage();
    lifecycle('onWindowStageCreate', ability.windowStage);
  },
  foreground() {
    lifecycle('onForeground');
  },
  background() {
    lifecycle('onBackground');
  },
  newWant(want, launchReason) {
    ability.lastRequestWant = new Want(want);
    lifecycle('onNewWant', ability.lastRequestWant, { launchReason, lastExitReason: 0 });
  },
  destroy() {
    lifecycle('onDestroy');
  },
  invokeCallee(method, data) {
    if (!ability.callee || !ability.callee.has(method)) {
      throw new BusinessError(16200005, `Method not registered: '${method}'.`);
    }
    const sequence = rpc.MessageSequence.create();
    sequence.writeString(data);
    calleeTiming.enteredAt = performance.now();
    calleeTiming.firstUpdateAt = null;
    calleeTiming.kitCalls = [];
    const reply = ability.callee.invoke(method, sequence);
    return { returnedParcelable: Boolean(reply && typeof reply.marshalling === 'function') };
  },
  calleeTiming() {
    const { enteredAt, firstUpdateAt, kitCalls } = calleeTiming;
    return { appMs: enteredAt !== null && firstUpdateAt !== null ? firstUpdateAt - enteredAt : null, kitCalls };
  },
  async bareUpdateForm(formId, data) {
    const { formProvider, formBindingData } = require('../kits/FormKit');
    const start = performance.now();
    await formProvider.updateForm(formId, formBindingData.createFormBindingData(data));
    return { ms: performance.now() - start };
  },
  configurationUpdate(config) {
    lifecycle('onConfigurationUpdate', config);
  },
};

parentPort.on('message', async (message) => {
  if (message.type === 'hostReply') {
    const call = pendingHostCalls.get(message.id);
    pendingHostCalls.delete(message.id);
    if (message.error) {
      call.reject(new BusinessError(message.error.code, message.error.message));
    } else {
      call.resolve(message.result);
    }
    return;
  }

  const operation = operations[message.op];
  try {
    if (!operation) {
      throw new Error(`Unknown process operation '${message.op}'.`);
    }
    const started = performance.now();
    const result = await operation(...(message.args || []));
    const durationMs = performance.now() - started;
    post({ type: 'reply', id: message.id, result, durationMs, snapshot: snapshot(), pendingHostCalls: pendingHostCalls.size });
  } catch (error) {
    const code = error && error.code !== undefined ? error.code : undefined;
    post({
      type: 'reply', id: message.id, snapshot: snapshot(), pendingHostCalls: pendingHostCalls.size,
      error: { code, message: error && error.message ? error.message : String(error), stack: error && error.stack },
    });
  }
});

post({ type: 'ready', loadMs });
