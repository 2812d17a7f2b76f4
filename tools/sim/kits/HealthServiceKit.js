'use strict';

// @kit.HealthServiceKit: healthStore against the scriptable account in
// world.current().health:
//   signedIn, privacyAccepted, scopeGranted, network, latencyMs,
//   consent ('grant' | 'cancel'), injected (queue), calls (per-API counts).
// An injected entry is a code (the next call rejects with it), 'hang' (the
// next call never settles), 'ok', or { api, result } to aim at one API.
// Codes and the 801 on wearables are those of the Health Service Kit
// reference (healthStore, errorcode-healthservice).

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');
const { UIAbilityContext } = require('./context');

const CLOUDSYNC_SCOPE = 'https://www.huawei.com/healthkit/huaweihealthdata.cloudsync';

const MESSAGES = {
  201: 'Permission verification failed.',
  401: 'Parameter error.',
  801: 'Capability not supported.',
  1002700001: 'Internal error.',
  1002700002: 'Database error.',
  1002701001: 'Network error.',
  1002702001: 'The user is not signed in with a HUAWEI ID.',
  1002702002: 'Failed to obtain the HUAWEI ID account.',
  1002703001: 'The user has not accepted the privacy statement of the Huawei Health app.',
  1001500001: 'Certificate fingerprint verification failed.',
  1001500002: 'The same request is already in progress.',
  1001502001: 'The user is not signed in.',
  1001502002: 'The application is not authorized.',
  1001502003: 'Invalid input parameter.',
  1001502005: 'Network error.',
  1001502009: 'Internal error.',
  1001502012: 'The user cancelled the authorization.',
  1001502014: 'The application has not applied for the scope.',
};

function healthError(code) {
  return new BusinessError(code, MESSAGES[code] || `Health service error ${code}.`);
}

// Per-process kit state: init() must run once in each process.
function processState() {
  const state = world.current();
  if (!state.healthProcess) {
    state.healthProcess = { initialized: false, serviceDieCallbacks: [] };
  }
  return state.healthProcess;
}

function record(api) {
  const health = world.current().health;
  health.calls[api] = (health.calls[api] || 0) + 1;
  world.count(`healthStore.${api}`);
}

// The next injected entry for `api`, removed from the queue, or null.
function takeInjected(api) {
  const queue = world.current().health.injected;
  const index = queue.findIndex((entry) => !(entry && typeof entry === 'object' && entry.api && entry.api !== api));
  if (index < 0) {
    return null;
  }
  const [entry] = queue.splice(index, 1);
  return entry && typeof entry === 'object' ? entry.result : entry;
}

// Settles after the account's latency on the simulated clock; 'hang' never settles.
function respond(api, decide) {
  const state = world.current();
  const injected = takeInjected(api);
  if (injected === 'hang') {
    return new Promise(() => {});
  }

  return new Promise((resolve, reject) => {
    const settle = () => {
      try {
        if (typeof injected === 'number') {
          throw healthError(injected);
        }
        resolve(decide());
      } catch (error) {
        reject(error);
      }
    };
    const latencyMs = Number(state.health.latencyMs) || 0;
    if (latencyMs > 0) {
      state.clock.setTimeout(settle, latencyMs);
    } else {
      queueMicrotask(settle);
    }
  });
}

function checkInitialized() {
  // NOTE: the kit documents no code for a call before init(); the simulator
  // rejects with the internal error 1002700001.
  if (!processState().initialized) {
    throw healthError(1002700001);
  }
}

function checkRequest(request) {
  if (!request || typeof request !== 'object' || !Array.isArray(request.readDataTypes) || !Array.isArray(request.writeDataTypes)) {
    throw parameterError('The AuthorizationRequest needs readDataTypes and writeDataTypes arrays.');
  }
  if (request.scopes !== undefined && !Array.isArray(request.scopes)) {
    throw parameterError('AuthorizationRequest.scopes must be an array of strings.');
  }
}

// init needs the context of a UIAbility or UIExtensionAbility.
function init(context) {
  record('init');
  return respond('init', () => {
    if (!(context instanceof UIAbilityContext)) {
      throw parameterError('init needs the context of a UIAbility or UIExtensionAbility.');
    }
    processState().initialized = true;
  });
}

function grantedResponse(request) {
  const health = world.current().health;
  const scopes = (request.scopes || []).filter((scope) => scope !== CLOUDSYNC_SCOPE || health.scopeGranted);
  return {
    readDataTypes: health.authorized === false ? [] : [...request.readDataTypes],
    writeDataTypes: health.authorized === false ? [] : [...request.writeDataTypes],
    scopes,
  };
}

function getAuthorizations(request) {
  record('getAuthorizations');
  return respond('getAuthorizations', () => {
    checkInitialized();
    checkRequest(request);
    const health = world.current().health;
    if (!health.signedIn) {
      throw healthError(1002702001);
    }
    if (!health.network) {
      throw healthError(1002701001);
    }
    return grantedResponse(request);
  });
}

// Opens the consent page: signs nothing in, grants the requested scopes
// unless the script cancels (1001502012).
function requestAuthorizations(context, request) {
  record('requestAuthorizations');
  return respond('requestAuthorizations', () => {
    checkInitialized();
    if (!(context instanceof UIAbilityContext)) {
      throw parameterError('requestAuthorizations needs a UIAbilityContext.');
    }
    checkRequest(request);
    const health = world.current().health;
    if (!health.signedIn) {
      throw healthError(1001502001);
    }
    if (!health.network) {
      throw healthError(1001502005);
    }
    if (health.consent === 'cancel') {
      throw healthError(1001502012);
    }
    health.authorized = true;
    if ((request.scopes || []).includes(CLOUDSYNC_SCOPE)) {
      health.scopeGranted = true;
    }
    return grantedResponse(request);
  });
}

function cancelAuthorizations() {
  record('cancelAuthorizations');
  return respond('cancelAuthorizations', () => {
    checkInitialized();
    const health = world.current().health;
    health.authorized = false;
    health.scopeGranted = false;
  });
}

// NOTE: the order of the checks below (device, sign-in, network, privacy,
// scope) is the simulator's choice; the reference lists the codes, not the order.
function syncAll() {
  record('syncAll');
  return respond('syncAll', () => {
    checkInitialized();
    const state = world.current();
    const health = state.health;
    if (state.deviceType === 'wearable') {
      throw healthError(801);
    }
    if (!health.signedIn) {
      throw healthError(1002702001);
    }
    if (!health.network) {
      throw healthError(1002701001);
    }
    if (!health.privacyAccepted) {
      throw healthError(1002703001);
    }
    if (!health.scopeGranted) {
      throw healthError(201);
    }
    health.lastSyncAllMs = state.clock.now();
  });
}

function on(type, callback) {
  if (type !== 'serviceDie' || typeof callback !== 'function') {
    throw parameterError("on needs the type 'serviceDie' and a callback.");
  }
  processState().serviceDieCallbacks.push(callback);
}

function off(type, callback) {
  if (type !== 'serviceDie') {
    throw parameterError("off needs the type 'serviceDie'.");
  }
  const process = processState();
  process.serviceDieCallbacks = callback ? process.serviceDieCallbacks.filter((item) => item !== callback) : [];
}

// Simulator helper: the kit's service process died.
function emitServiceDie() {
  for (const callback of [...processState().serviceDieCallbacks]) {
    callback();
  }
}

const healthStore = { init, requestAuthorizations, getAuthorizations, cancelAuthorizations, syncAll, on, off };

module.exports = { healthStore, CLOUDSYNC_SCOPE, sim: { emitServiceDie, healthError } };
