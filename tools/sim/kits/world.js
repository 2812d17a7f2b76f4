'use strict';

// State of one simulated process. Every kit reads it through current(), so one
// isolate (a worker thread, a VM context or the hypium runner's main thread)
// is one process. The host and the hypium runner call configure() before they
// load app code.

const path = require('node:path');

const { SimClock } = require('./clock');

let state = null;

// The Health account as a fresh phone has it: signed in, privacy accepted and
// the cloudsync scope granted, so a plain run reaches a successful syncAll.
function defaultHealth() {
  return {
    signedIn: true,
    privacyAccepted: true,
    scopeGranted: true,
    network: true,
    latencyMs: 0,
    // Results for the next healthStore calls, in order: a code, 'hang', 'ok'
    // or { api, result } (see HealthServiceKit.js).
    injected: [],
    calls: {},
  };
}

// Creates the process state. Every option is optional so that a unit test can
// call configure({}) and get a phone with an empty sandbox under the OS temp dir.
function configure(options = {}) {
  const sandboxDir = options.sandboxDir
    || path.join(require('node:os').tmpdir(), `health-sync-sim-${process.pid}`);

  state = {
    sandboxDir,
    projectRoot: options.projectRoot || path.resolve(__dirname, '../../..'),
    bundleName: options.bundleName || 'com.example.healthsync',
    moduleName: options.moduleName || 'entry',
    processName: options.processName || 'main',
    deviceType: options.deviceType || 'phone',
    locale: options.locale || 'en-Latn-US',
    timeZone: options.timeZone || 'UTC',
    colorMode: options.colorMode || 'light',
    clock: options.clock || new SimClock(options.startTime),
    health: { ...defaultHealth(), ...(options.health || {}) },
    background: {
      refuse: false,
      lowBattery: false,
      usedMsByDay: {},
      nextRequestId: 1,
      active: new Map(),
      ...(options.background || {}),
    },
    // The form manager the process talks to: { updateForm(formId, cardData),
    // setFormNextRefreshTime(formId, minute) }, both returning promises. Without a host,
    // formProvider keeps its own in-memory table (see FormKit.js).
    formHost: options.formHost || null,
    // Link handling for bundleManager.canOpenLink and context.openLink.
    querySchemes: options.querySchemes || null,
    installedLinks: options.installedLinks || ['huaweischeme://healthapp/home/main'],
    onOpenLink: options.onOpenLink || null,
    // hilog lines of this process, oldest first; onLog forwards each line.
    logs: [],
    onLog: options.onLog || null,
    // Kit call counters for tests and benchmarks: name -> count.
    counters: {},
  };
  return state;
}

function current() {
  if (!state) {
    throw new Error('The simulated process is not configured: call world.configure() before loading app code.');
  }
  return state;
}

function isConfigured() {
  return state !== null;
}

// Counts one call of a kit API, so tests can assert "exactly one syncAll".
function count(name) {
  const world = current();
  world.counters[name] = (world.counters[name] || 0) + 1;
}

module.exports = { configure, current, isConfigured, count, defaultHealth };
