'use strict';

// Checks a scenario before it runs, so that a typo fails the run instead of
// turning into a step that does nothing. Every error names the file, the step
// number (1-based, as the run output prints it) and the offending value.

const DEVICE_TYPES = ['phone', 'tablet', 'wearable'];
const COLOR_MODES = ['light', 'dark'];
const DEVICE_KEYS = ['deviceType', 'locale', 'timeZone', 'startTime', 'colorMode', 'account', 'sandboxDir', 'firstFormId', 'diskCache', 'installedLinks'];
const ACCOUNT_BOOLEANS = ['signedIn', 'privacyAccepted', 'scopeGranted', 'network'];
const CONSENT_VALUES = ['grant', 'cancel'];
const HEALTH_APIS = ['init', 'getAuthorizations', 'requestAuthorizations', 'cancelAuthorizations', 'syncAll'];
const BACKGROUND_KEYS = ['refuse', 'lowBattery'];
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)$/;

// Step kinds, and the keys each may carry besides its own and 'note'.
const STEP_MODIFIERS = {
  addCard: ['as'],
  pickerPreview: ['as'],
  removeCard: [],
  tap: ['times', 'every', 'force'],
  tapBody: ['times', 'every'],
  action: [],
  refresh: [],
  account: [],
  inject: [],
  backgroundTasks: [],
  advance: [],
  setTime: [],
  locale: [],
  colorMode: [],
  timeZone: [],
  openApp: [],
  leaveApp: [],
  killApp: [],
  reboot: [],
  expect: [],
};

const STEP_KINDS = Object.keys(STEP_MODIFIERS);

function show(value) {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Checks a BCP 47 tag with Intl. Returns a problem, or null for a valid tag.
function localeProblem(value) {
  if (typeof value !== 'string' || value === '') {
    return `invalid locale ${show(value)}: expected a BCP 47 tag such as 'zh-Hans-CN'`;
  }
  try {
    Intl.getCanonicalLocales(value);
    return null;
  } catch (error) {
    return `invalid locale ${show(value)}: ${error.message}`;
  }
}

// Checks an IANA time zone name with Intl. Returns a problem, or null for a known zone.
function timeZoneProblem(value) {
  if (typeof value !== 'string' || value === '') {
    return `invalid timeZone ${show(value)}: expected an IANA name such as 'Asia/Shanghai'`;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return null;
  } catch (error) {
    return `invalid timeZone ${show(value)}: not an IANA time zone known to Intl`;
  }
}

function durationProblem(value) {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? null : `invalid duration ${show(value)}: expected 0 or more milliseconds`;
  }
  if (typeof value === 'string' && DURATION.test(value.trim())) {
    return null;
  }
  return `invalid duration ${show(value)}: use milliseconds or a number with ms, s, min, h or d`;
}

function timeProblem(value) {
  const ok = (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
  return ok ? null : `invalid time ${show(value)}: expected epoch ms or an ISO date`;
}

function accountProblems(account) {
  if (!isPlainObject(account)) {
    return [`account must be an object, got ${show(account)}`];
  }
  const problems = [];
  for (const [key, value] of Object.entries(account)) {
    if (ACCOUNT_BOOLEANS.includes(key)) {
      if (typeof value !== 'boolean') {
        problems.push(`account.${key} must be true or false, got ${show(value)}`);
      }
    } else if (key === 'latencyMs') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        problems.push(`account.latencyMs must be 0 or more, got ${show(value)}`);
      }
    } else if (key === 'consent') {
      if (!CONSENT_VALUES.includes(value)) {
        problems.push(`account.consent must be one of ${CONSENT_VALUES.join(', ')}, got ${show(value)}`);
      }
    } else {
      problems.push(`unknown account key ${show(key)}: expected ${[...ACCOUNT_BOOLEANS, 'latencyMs', 'consent'].join(', ')}`);
    }
  }
  return problems;
}

// One entry of an inject step: a code, 'hang', 'ok' or { api, result }.
function injectProblem(entry) {
  if (typeof entry === 'number' && Number.isInteger(entry)) {
    return null;
  }
  if (entry === 'hang' || entry === 'ok') {
    return null;
  }
  if (isPlainObject(entry)) {
    const extra = Object.keys(entry).filter((key) => key !== 'api' && key !== 'result');
    if (extra.length > 0) {
      return `unknown inject key ${show(extra[0])}: an entry has only api and result`;
    }
    if (!HEALTH_APIS.includes(entry.api)) {
      return `unknown inject api ${show(entry.api)}: expected one of ${HEALTH_APIS.join(', ')}`;
    }
    return injectProblem(entry.result) === null ? null : `invalid inject result ${show(entry.result)} for ${entry.api}: expected a code, 'hang' or 'ok'`;
  }
  return `invalid inject entry ${show(entry)}: expected a code, 'hang', 'ok' or { api, result }`;
}

function deviceProblems(device) {
  if (device === undefined) {
    return [];
  }
  if (!isPlainObject(device)) {
    return [`device must be an object, got ${show(device)}`];
  }
  const problems = [];
  for (const key of Object.keys(device)) {
    if (!DEVICE_KEYS.includes(key)) {
      problems.push(`unknown device key ${show(key)}: expected ${DEVICE_KEYS.join(', ')}`);
    }
  }
  if (device.deviceType !== undefined && !DEVICE_TYPES.includes(device.deviceType)) {
    problems.push(`invalid deviceType ${show(device.deviceType)}: expected ${DEVICE_TYPES.join(', ')}`);
  }
  if (device.locale !== undefined) {
    problems.push(localeProblem(device.locale));
  }
  if (device.timeZone !== undefined) {
    problems.push(timeZoneProblem(device.timeZone));
  }
  if (device.colorMode !== undefined && !COLOR_MODES.includes(device.colorMode)) {
    problems.push(`invalid colorMode ${show(device.colorMode)}: expected light or dark`);
  }
  if (device.startTime !== undefined) {
    problems.push(timeProblem(device.startTime));
  }
  if (device.account !== undefined) {
    problems.push(...accountProblems(device.account));
  }
  return problems.filter((problem) => problem !== null).map((problem) => `device: ${problem}`);
}

// Tracks the card names that steps define, so a reference to an undefined
// name fails before the run. A string of digits is taken as a raw form id.
class CardNames {
  constructor() {
    this.names = new Set();
    this.count = 0;
  }

  define(step, always) {
    if (always) {
      this.count++;
      this.names.add(step.as || `card${this.count}`);
    }
  }

  problem(reference) {
    if (typeof reference !== 'string' && typeof reference !== 'number') {
      return `invalid card reference ${show(reference)}: expected a card name`;
    }
    const name = String(reference);
    if (this.names.has(name) || /^[0-9]+$/.test(name)) {
      return null;
    }
    const known = this.names.size > 0 ? [...this.names].join(', ') : 'none yet';
    return `unknown card ${show(name)}: defined cards are ${known}`;
  }
}

// Returns the problems of one step's value. `cards` contains the names defined so far.
function valueProblems(kind, step, cards) {
  const value = step[kind];
  switch (kind) {
    case 'removeCard':
    case 'tap':
    case 'tapBody':
    case 'refresh':
      return [cards.problem(value)];
    case 'action':
      return isPlainObject(value) ? [cards.problem(value.card)] : [`action must be an object, got ${show(value)}`];
    case 'expect':
      if (!isPlainObject(value)) {
        return [`expect must be an object, got ${show(value)}`];
      }
      return value.card === undefined ? [] : [cards.problem(value.card)];
    case 'account':
      return accountProblems(value);
    case 'inject':
      return (Array.isArray(value) ? value : [value]).map(injectProblem);
    case 'backgroundTasks':
      if (!isPlainObject(value)) {
        return [`backgroundTasks must be an object, got ${show(value)}`];
      }
      return Object.keys(value).filter((key) => !BACKGROUND_KEYS.includes(key))
        .map((key) => `unknown backgroundTasks key ${show(key)}: expected ${BACKGROUND_KEYS.join(', ')}`);
    case 'advance':
      return [durationProblem(value)];
    case 'setTime':
      return [timeProblem(value)];
    case 'locale':
      return [localeProblem(value)];
    case 'timeZone':
      return [timeZoneProblem(value)];
    case 'colorMode':
      return [COLOR_MODES.includes(value) ? null : `invalid colorMode ${show(value)}: expected light or dark`];
    default:
      return [];
  }
}

function modifierProblems(kind, step) {
  const problems = [];
  if (step.times !== undefined && (!Number.isInteger(step.times) || step.times < 1)) {
    problems.push(`times must be a positive integer, got ${show(step.times)}`);
  }
  if (step.every !== undefined) {
    problems.push(durationProblem(step.every));
  }
  if (step.force !== undefined && typeof step.force !== 'boolean') {
    problems.push(`force must be true or false, got ${show(step.force)}`);
  }
  if (step.as !== undefined && (typeof step.as !== 'string' || step.as === '')) {
    problems.push(`as must be a card name, got ${show(step.as)}`);
  }
  return problems;
}

// The problems of one step, without the file and step prefix.
function stepProblems(step, cards) {
  if (!isPlainObject(step)) {
    return [`a step must be an object with one key, got ${show(step)}`];
  }
  const keys = Object.keys(step).filter((key) => key !== 'note');
  const kinds = keys.filter((key) => STEP_KINDS.includes(key));
  if (kinds.length === 0) {
    const unknown = keys.find((key) => !['as', 'times', 'every', 'force'].includes(key));
    return [unknown === undefined ? 'the step has no kind' : `unknown step ${show(unknown)}: see docs/simulator.md for the step list`];
  }
  if (kinds.length > 1) {
    return [`the step has ${kinds.length} kinds (${kinds.join(', ')}): write one step per kind`];
  }
  const [kind] = kinds;
  const allowed = STEP_MODIFIERS[kind];
  const extra = keys.filter((key) => key !== kind && !allowed.includes(key));
  const problems = extra.map((key) => `unknown key ${show(key)} in a ${kind} step`);
  problems.push(...modifierProblems(kind, step), ...valueProblems(kind, step, cards));

  if (kind === 'addCard') {
    cards.define(step, true);
  } else if (kind === 'pickerPreview') {
    cards.define(step, isPlainObject(step.pickerPreview) && step.pickerPreview.choose !== undefined && step.pickerPreview.choose !== null);
  }
  return problems;
}

/**
 * Validates a parsed scenario. Throws one Error that lists every problem,
 * each prefixed with `file` and, for steps, the step number.
 */
function validateScenario(scenario, file = 'scenario') {
  if (!isPlainObject(scenario)) {
    const found = Array.isArray(scenario) ? 'an array' : show(scenario);
    throw new Error(`${file}: a scenario must be an object with "device" and "steps", got ${found}`);
  }
  const problems = [];
  for (const key of Object.keys(scenario)) {
    if (key !== 'device' && key !== 'steps') {
      problems.push(`${file}: unknown top-level key ${show(key)}: expected device and steps`);
    }
  }
  problems.push(...deviceProblems(scenario.device).map((problem) => `${file}: ${problem}`));
  if (!Array.isArray(scenario.steps)) {
    problems.push(`${file}: a scenario needs a "steps" array`);
  } else {
    const cards = new CardNames();
    scenario.steps.forEach((step, index) => {
      for (const problem of stepProblems(step, cards)) {
        if (problem !== null) {
          problems.push(`${file}: step ${index + 1}: ${problem}`);
        }
      }
    });
  }
  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }
}

module.exports = { validateScenario, STEP_KINDS };
