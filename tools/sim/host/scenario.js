'use strict';

// Runs a scenario: a device description and a list of steps (see
// docs/simulator.md). After each step it reports the new log lines and every
// card's data; `expect` steps check card data and count failures.

const { createDevice } = require('./device');

const CALL_METHOD = 'syncHealthData';
const ABILITY_NAME = 'EntryAbility';
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)$/;
const UNIT_MS = { ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 };

function parseDuration(value) {
  if (typeof value === 'number') {
    return value;
  }
  const match = DURATION.exec(String(value).trim());
  if (!match) {
    throw new Error(`Invalid duration '${value}': use milliseconds or a number with ms, s, min, h or d.`);
  }
  return Number(match[1]) * UNIT_MS[match[2]];
}

// Builds what the card page sends for a press of its button: 'call' with the
// method and its own form id, or 'router' when the state needs the app.
function buttonAction(data) {
  if (data && data.buttonAction === 'router') {
    return { action: 'router', abilityName: ABILITY_NAME, params: { formId: data.formId, target: data.routeTarget } };
  }
  return { action: 'call', abilityName: ABILITY_NAME, params: { method: CALL_METHOD, formId: data ? data.formId : '' } };
}

function bodyAction(data) {
  return { action: 'router', abilityName: ABILITY_NAME, params: { formId: data ? data.formId : '', target: data ? data.routeTarget : 'home' } };
}

class ScenarioRun {
  constructor(device, output) {
    this.device = device;
    this.output = output;
    this.names = new Map();
    this.failures = [];
    this.logCursor = 0;
  }

  formId(reference) {
    if (this.names.has(reference)) {
      return this.names.get(reference);
    }
    return String(reference);
  }

  async runStep(step) {
    const device = this.device;
    const [kind] = Object.keys(step).filter((key) => key !== 'as' && key !== 'note');
    const value = step[kind];

    switch (kind) {
      case 'addCard': {
        const formId = await device.addCard(value || {});
        this.names.set(step.as || `card${this.names.size + 1}`, formId);
        break;
      }
      case 'pickerPreview': {
        const formId = await device.pickerPreview(value);
        if (formId !== null) {
          this.names.set(step.as || `card${this.names.size + 1}`, formId);
        }
        break;
      }
      case 'removeCard':
        await device.removeCard(this.formId(value));
        break;
      case 'tap':
      case 'tapBody': {
        const formId = this.formId(value);
        const times = step.times || 1;
        for (let i = 0; i < times; i++) {
          const data = device.card(formId);
          await device.cardAction(formId, kind === 'tap' ? buttonAction(data) : bodyAction(data));
          if (step.every) {
            await device.clock.advance(parseDuration(step.every));
          }
        }
        break;
      }
      case 'action':
        await device.cardAction(this.formId(value.card), value.payload, { rawData: value.rawData });
        break;
      case 'refresh':
        await device.refreshCard(this.formId(value));
        break;
      case 'account':
        await device.setAccount(value);
        break;
      case 'inject':
        await device.injectHealthResult(...(Array.isArray(value) ? value : [value]));
        break;
      case 'backgroundTasks':
        await device.setBackgroundTasks(value);
        break;
      case 'advance':
        await device.clock.advance(parseDuration(value));
        break;
      case 'setTime':
        await device.clock.set(value);
        break;
      case 'locale':
        await device.setLocale(value);
        break;
      case 'colorMode':
        await device.setColorMode(value);
        break;
      case 'timeZone':
        await device.setTimeZone(value);
        break;
      case 'openApp':
        await device.openApp();
        break;
      case 'leaveApp':
        await device.leaveApp();
        break;
      case 'killApp':
        await device.killApp();
        break;
      case 'reboot':
        await device.reboot();
        break;
      case 'expect':
        this.check(value);
        break;
      default:
        throw new Error(`Unknown scenario step '${kind}': see docs/simulator.md for the step list.`);
    }
  }

  check(expectation) {
    const formId = this.formId(expectation.card);
    const data = this.device.card(formId) || {};
    for (const [key, expected] of Object.entries(expectation.data || {})) {
      if (data[key] !== expected) {
        this.failures.push(`card ${expectation.card}: ${key} is ${JSON.stringify(data[key])}, expected ${JSON.stringify(expected)}`);
      }
    }
    for (const [api, expected] of Object.entries(expectation.calls || {})) {
      const actual = this.device.health.calls[api] || 0;
      if (actual !== expected) {
        this.failures.push(`healthStore.${api} was called ${actual} times, expected ${expected}`);
      }
    }
  }

  report(index, step) {
    const out = this.output;
    const time = new Date(this.device.clock.now()).toISOString();
    out.write(`\n[${index + 1}] ${JSON.stringify(step)}  @ ${time}\n`);
    const entries = this.device.logs().slice(this.logCursor);
    this.logCursor += entries.length;
    for (const entry of entries) {
      out.write(`  ${entry.kind.padEnd(6)} ${entry.line}\n`);
    }
    for (const [name, formId] of this.names) {
      const data = this.device.card(formId);
      if (data) {
        out.write(`  card ${name}: ${data.state} | ${data.statusText} | ${data.lastSyncLabel} | button '${data.buttonText}' (${data.buttonAction}, enabled ${data.buttonEnabled})\n`);
      }
    }
  }
}

async function runScenario(scenario, { projectRoot, output = process.stdout } = {}) {
  if (!scenario || !Array.isArray(scenario.steps)) {
    throw new Error('A scenario needs a "steps" array.');
  }
  const device = await createDevice({ projectRoot, ...(scenario.device || {}) });
  const run = new ScenarioRun(device, output);
  try {
    for (const [index, step] of scenario.steps.entries()) {
      await run.runStep(step);
      run.report(index, step);
    }
  } finally {
    await device.close();
  }
  return { failures: run.failures, cards: run.names };
}

module.exports = { runScenario, parseDuration, buttonAction, bodyAction, CALL_METHOD, ABILITY_NAME };
