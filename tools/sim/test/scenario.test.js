'use strict';

// Scenario files: strict validation before the run, file names in syntax
// errors, step context in run-time errors, and the shipped examples.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { validateScenario } = require('../host/scenarioSchema');
const { runScenario, loadScenarioFile } = require('../host/scenario');

const PROJECT_ROOT = path.resolve(__dirname, '../../..');
const SCENARIOS = path.join(__dirname, '../scenarios');
// The example scenarios run the real app, so a missing app fails them instead of skipping them.
const APP_ENTRY = path.join(PROJECT_ROOT, 'entry/src/main/ets/entryability/EntryAbility.ets');
assert.ok(fs.existsSync(APP_ENTRY), `the app's EntryAbility is missing: ${APP_ENTRY}`);

const FILE = 'bad.json5';

function steps(...list) {
  return { device: {}, steps: [{ addCard: {}, as: 'home' }, ...list] };
}

// [name, scenario, fragments the error message must contain]
const INVALID = [
  ['unknown step kind', steps({ fly: 'home' }), ['bad.json5: step 2', 'unknown step "fly"']],
  ['two kinds in one step', steps({ addCard: {}, tap: 'home' }), ['step 2', 'addCard, tap']],
  ['unknown key in a step', steps({ tap: 'home', twice: true }), ['step 2', 'unknown key "twice"']],
  ['unknown card in tap', steps({ tap: 'ghost' }), ['step 2', 'unknown card "ghost"', 'home']],
  ['unknown card in removeCard', steps({ removeCard: 'gost' }), ['step 2', '"gost"']],
  ['unknown card in tapBody', steps({ tapBody: 'hme' }), ['step 2', '"hme"']],
  ['card used before added', { steps: [{ tap: 'home' }] }, ['step 1', 'none yet']],
  ['unknown inject string', steps({ inject: ['explode'] }), ['step 2', '"explode"']],
  ['unknown inject api', steps({ inject: [{ api: 'nope', result: 1 }] }), ['step 2', 'inject api "nope"']],
  ['invalid inject result', steps({ inject: { api: 'syncAll', result: 'boom' } }), ['step 2', '"boom"']],
  ['unknown account key', steps({ account: { bogus: true } }), ['step 2', 'account key "bogus"']],
  ['negative latency', steps({ account: { latencyMs: -100 } }), ['step 2', 'latencyMs', '-100']],
  ['non-boolean account flag', steps({ account: { network: 'off' } }), ['step 2', 'account.network', '"off"']],
  ['invalid deviceType', { device: { deviceType: 'toaster' }, steps: [] }, ['bad.json5: device', '"toaster"']],
  ['invalid device locale', { device: { locale: 42 }, steps: [] }, ['device', 'locale 42']],
  ['malformed locale tag', steps({ locale: 'en_US!' }), ['step 2', '"en_US!"']],
  ['unknown time zone', { device: { timeZone: 'Mars/Olympus' }, steps: [] }, ['device', '"Mars/Olympus"']],
  ['unknown time zone step', steps({ timeZone: 'Europe/Atlantis' }), ['step 2', '"Europe/Atlantis"']],
  ['negative advance', steps({ advance: -5000 }), ['step 2', '-5000']],
  ['advance with a sign', steps({ advance: '-5h' }), ['step 2', '"-5h"']],
  ['invalid every', steps({ tap: 'home', every: 'banana' }), ['step 2', '"banana"']],
  ['invalid times', steps({ tap: 'home', times: 0 }), ['step 2', 'times']],
  ['non-boolean force', steps({ tap: 'home', force: 'yes' }), ['step 2', 'force']],
  ['invalid setTime', steps({ setTime: 'yesterday' }), ['step 2', '"yesterday"']],
  ['unknown device key', { device: { battery: 5 }, steps: [] }, ['device', '"battery"']],
  ['unknown top-level key', { device: {}, steps: [], stpes: [] }, ['"stpes"']],
  ['steps missing', { device: {} }, ['"steps" array']],
  ['array scenario', [], ['an array']],
];

for (const [name, scenario, fragments] of INVALID) {
  test(`scenario rejects ${name}`, () => {
    assert.throws(() => validateScenario(scenario, FILE), (error) => {
      for (const fragment of fragments) {
        assert.ok(error.message.includes(fragment), `'${fragment}' missing in: ${error.message}`);
      }
      return true;
    });
  });
}

test('scenario accepts every documented step', () => {
  const scenario = {
    device: { deviceType: 'phone', locale: 'zh-Hans-CN', timeZone: 'Asia/Shanghai', startTime: '2026-01-05T01:00:00Z', colorMode: 'dark', account: { latencyMs: 0, consent: 'grant' } },
    steps: [
      { addCard: { formName: 'HealthSyncCard', dimension: '2*4' }, as: 'home', note: 'the first card' },
      { pickerPreview: { choose: '2*2' }, as: 'picked' },
      { tap: 'home', times: 3, every: '10ms', force: true },
      { tapBody: 'picked' },
      { tap: '1722000000' },
      { times: 2, tap: 'home' },
      { action: { card: 'home', payload: { action: 'call' }, rawData: 'x' } },
      { refresh: 'home' },
      { account: { network: false, signedIn: true } },
      { inject: [1002701001, 'hang', 'ok', { api: 'syncAll', result: 201 }] },
      { backgroundTasks: { refuse: true, lowBattery: false } },
      { advance: '45min' },
      { advance: 1000 },
      { setTime: '2026-01-06T00:00:00Z' },
      { locale: 'en-Latn-US' },
      { colorMode: 'light' },
      { timeZone: 'Europe/London' },
      { openApp: true },
      { leaveApp: true },
      { killApp: true },
      { reboot: true },
      { expect: { card: 'home', data: { state: 'synced' }, calls: { syncAll: 1 } } },
      { removeCard: 'picked' },
    ],
  };
  assert.doesNotThrow(() => validateScenario(scenario, FILE));
});

test('scenario lists every problem at once', () => {
  assert.throws(() => validateScenario(steps({ fly: 1 }, { tap: 'ghost' }), FILE), (error) => {
    assert.equal(error.message.split('\n').length, 2);
    return true;
  });
});

test('JSON5 syntax error names the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-scenario-'));
  const file = path.join(dir, 'truncated.json5');
  fs.writeFileSync(file, '{ steps: [\n');
  try {
    assert.throws(() => loadScenarioFile(file, 'truncated.json5'), /^Error: truncated\.json5: invalid JSON5: .*2:1/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('second removeCard names the step and card', async () => {
  const scenario = steps({ removeCard: 'home' }, { removeCard: 'home' });
  const output = { write() {} };
  await assert.rejects(runScenario(scenario, { projectRoot: PROJECT_ROOT, output, file: FILE }), (error) => {
    assert.match(error.message, /^bad\.json5: step 3 /);
    assert.match(error.message, /card 'home' \(form id \d+\) does not exist/);
    return true;
  });
});

test('killed-mid-sync example has no refresh', () => {
  const scenario = loadScenarioFile(path.join(SCENARIOS, 'killed-mid-sync.json5'));
  assert.ok(!scenario.steps.some((step) => 'refresh' in step), 'the example must prove the recovery without onUpdateForm');
  assert.ok(scenario.steps.some((step) => 'killApp' in step));
});

for (const name of fs.readdirSync(SCENARIOS).filter((entry) => entry.endsWith('.json5'))) {
  test(`example ${name} passes`, async () => {
    const file = path.join(SCENARIOS, name);
    const { failures } = await runScenario(loadScenarioFile(file), { projectRoot: PROJECT_ROOT, output: { write() {} }, file: name });
    assert.deepEqual(failures, []);
  });
}

test('every example scenario is valid', () => {
  for (const name of fs.readdirSync(SCENARIOS).filter((entry) => entry.endsWith('.json5'))) {
    assert.doesNotThrow(() => validateScenario(loadScenarioFile(path.join(SCENARIOS, name)), name), name);
  }
});
