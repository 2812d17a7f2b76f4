'use strict';

// Runs a scenario: a device description and a list of steps (see
// docs/simulator.md). After each step it reports the new log lines and every
// card's data; `expect` steps check card data and count failures.

const fs = require('node:fs');
const JSON5 = require('json5');

const { createDevice } = require('./device');
const { buttonAction, bodyAction, CALL_METHOD, ABILITY_NAME } = require('./cardActions');
const { validateScenario, STEP_KINDS } = require('./scenarioSchema');

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

  // Removes a card and names the step's card when the Form Manager does not know it.
  async removeCard(reference) {
    const formId = this.formId(reference);
    if (!this.device.cards().some((card) => card.formId === formId)) {
      throw new Error(`card '${reference}' (form id ${formId}) does not exist: it was removed before or never added`);
    }
    await this.device.removeCard(formId);
  }

  async runStep(step) {
    const device = this.device;
    // Modifiers such as `as` or `times` may come first, so the kind is the one key that names a step.
    const kind = Object.keys(step).find((key) => STEP_KINDS.includes(key));
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
        await this.removeCard(value);
        break;
      case 'tap':
      case 'tapBody': {
        const formId = this.formId(value);
        const times = step.times || 1;
        for (let i = 0; i < times; i++) {
          if (kind === 'tap') {
            await device.pressButton(formId, { force: step.force === true });
          } else {
            await device.cardAction(formId, bodyAction(device.card(formId)));
          }
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

// Reads and parses a scenario file. A syntax error names the file as
// `displayName`, which defaults to the path.
function loadScenarioFile(file, displayName = file) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON5.parse(text);
  } catch (error) {
    throw new Error(`${displayName}: invalid JSON5: ${error.message}`);
  }
}

// Validates the scenario (see scenarioSchema.js), then runs it. `file` names
// the scenario in error messages.
async function runScenario(scenario, { projectRoot, output = process.stdout, file = 'scenario' } = {}) {
  validateScenario(scenario, file);
  const device = await createDevice({ projectRoot, ...(scenario.device || {}) });
  const run = new ScenarioRun(device, output);
  try {
    for (const [index, step] of scenario.steps.entries()) {
      try {
        await run.runStep(step);
      } catch (error) {
        throw new Error(`${file}: step ${index + 1} ${JSON.stringify(step)}: ${error.message}`);
      }
      run.report(index, step);
    }
  } finally {
    await device.close();
  }
  return { failures: run.failures, cards: run.names };
}

module.exports = { runScenario, loadScenarioFile, parseDuration, buttonAction, bodyAction, CALL_METHOD, ABILITY_NAME };
