#!/usr/bin/env node
'use strict';

// Simulator benchmarks on the real app (`npm run bench -- sim`):
//   - syncAll calls per burst of N taps (goal: 1)
//   - updateForm calls per sync per card (goal: 2, "syncing" and the result)
//   - database writes per sync in the main process
//   - time in the app's own code from callee entry to its first updateForm,
//     as a ratio to one bare formProvider.updateForm in the same run (goal < 2)
//   - onAddForm time with 1 and with 100 registered cards
//   - module count and source size of the form ability's import closure
// Counts are exact; times are medians of repeated runs on this machine.
// From code: require('./tools/sim/bench').run() returns the results.

const { createDevice } = require('./host');

const START = '2026-01-05T01:00:00Z';
const TIMING_RUNS = 15;

function median(values) {
  const sorted = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return null;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function syncCall(formId) {
  return { action: 'call', abilityName: 'EntryAbility', params: { method: 'syncHealthData', formId } };
}

async function withDevice(options, body) {
  const device = await createDevice({ timeZone: 'Asia/Shanghai', startTime: START, ...options });
  try {
    return await body(device);
  } finally {
    await device.close();
  }
}

// Taps arrive 10 ms apart while syncAll takes 3 s, so all of them hit one sync.
async function syncAllPerBurst(taps) {
  return withDevice({ account: { latencyMs: 3000 } }, async (device) => {
    const formId = await device.addCard({});
    for (let i = 0; i < taps; i++) {
      await device.cardAction(formId, syncCall(formId));
      await device.clock.advance(10);
    }
    await device.clock.advance(20000);
    return device.health.calls.syncAll || 0;
  });
}

async function costsPerSync(cardCount) {
  return withDevice({}, async (device) => {
    const ids = [];
    for (let i = 0; i < cardCount; i++) {
      ids.push(await device.addCard({}));
    }
    // A first sync starts the main process and creates its store.
    await device.cardAction(ids[0], syncCall(ids[0]));
    await device.clock.advance(60000);

    const counters = device.counters('main');
    const mark = device.logs().length;
    await device.cardAction(ids[0], syncCall(ids[0]));
    const after = device.counters('main');
    const updates = device.logs().slice(mark).filter((entry) => entry.kind === 'update' && entry.process === 'main').length;
    const writes = (after['rdb.write'] || 0) - (counters['rdb.write'] || 0)
      + (after['rdb.execute'] || 0) - (counters['rdb.execute'] || 0);
    return { updatesPerCard: updates / cardCount, writes };
  });
}

async function calleeTiming() {
  return withDevice({}, async (device) => {
    const formId = await device.addCard({});
    const app = [];
    const bare = [];
    let kitCalls = [];
    for (let run = 0; run < TIMING_RUNS; run++) {
      await device.clock.advance(60000);
      await device.cardAction(formId, syncCall(formId));
      const timing = await device.mainProcess.request('calleeTiming');
      app.push(timing.appMs);
      kitCalls = timing.kitCalls;
      bare.push((await device.mainProcess.request('bareUpdateForm', formId, device.card(formId))).ms);
    }
    // The bare push overwrote the card; one more sync puts the app's data back.
    await device.cardAction(formId, syncCall(formId));
    // The first tap starts the main process: cold code, and the early push reads the snapshot file.
    return { appMs: median(app.slice(1)), firstAppMs: app[0], bareMs: median(bare.slice(1)), kitCalls };
  });
}

async function addFormTiming() {
  return withDevice({}, async (device) => {
    const first = [];
    for (let i = 0; i < 5; i++) {
      await device.addCard({});
      first.push(device.formProcess.durations.addForm);
    }
    for (let i = 5; i < 99; i++) {
      await device.addCard({});
    }
    const hundredth = [];
    for (let i = 0; i < 5; i++) {
      await device.addCard({});
      hundredth.push(device.formProcess.durations.addForm);
    }
    const info = await device.processInfo('form');
    return { withOneMs: median(first.slice(1)), withHundredMs: median(hundredth), closure: info };
  });
}

function format(value, digits = 2) {
  return value === null || value === undefined ? 'n/a' : Number(value).toFixed(digits);
}

async function run({ print = true } = {}) {
  const results = {};
  results.syncAllPer10Taps = await syncAllPerBurst(10);
  results.syncAllPer100Taps = await syncAllPerBurst(100);
  results.oneCard = await costsPerSync(1);
  results.fiveCards = await costsPerSync(5);
  results.callee = await calleeTiming();
  results.addForm = await addFormTiming();

  if (print) {
    const callee = results.callee;
    const closure = results.addForm.closure || { moduleCount: 0, sourceBytes: 0 };
    const rows = [
      ['syncAll calls per burst of 10 taps', results.syncAllPer10Taps, 'goal 1'],
      ['syncAll calls per burst of 100 taps', results.syncAllPer100Taps, 'goal 1'],
      ['updateForm calls per sync per card (1 card)', format(results.oneCard.updatesPerCard), 'goal 2'],
      ['updateForm calls per sync per card (5 cards)', format(results.fiveCards.updatesPerCard), 'goal 2'],
      ['database writes per sync (1 card)', results.oneCard.writes, ''],
      ['database writes per sync (5 cards)', results.fiveCards.writes, ''],
      ['callee entry to first updateForm (ms, median)', format(callee.appMs, 3), ''],
      ['callee entry to first updateForm, first tap (ms)', format(callee.firstAppMs, 3), ''],
      ['bare updateForm round trip (ms, median)', format(callee.bareMs, 3), ''],
      ['ratio app time / bare updateForm', format(callee.appMs / callee.bareMs), 'goal < 2'],
      ['onAddForm with 1 card registered (ms, median)', format(results.addForm.withOneMs, 3), ''],
      ['onAddForm with 100 cards registered (ms, median)', format(results.addForm.withHundredMs, 3), ''],
      ['form ability import closure: modules', closure.moduleCount, ''],
      ['form ability import closure: source bytes', closure.sourceBytes, ''],
    ];
    for (const [name, value, goal] of rows) {
      console.log(`${name.padEnd(50)} ${String(value).padStart(10)}  ${goal}`);
    }
    const trace = callee.kitCalls.map((call) => `${call.name} at ${call.atMs.toFixed(3)}`).join(', ');
    console.log(`kit calls before the first updateForm of the last sync (ms after callee entry): ${trace}`);
  }
  return results;
}

module.exports = { run };

if (require.main === module) {
  run().catch((error) => {
    console.error(`sim bench: ${error.stack || error.message}`);
    process.exitCode = 1;
  });
}
