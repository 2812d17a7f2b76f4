'use strict';

// Runs every benchmark of the toolchain (`npm run bench`): the checker's phase
// timings and the simulator's counts and timings. Each part's `run()` prints its
// own table; this script adds the machine description that docs/benchmarks.md
// records beside each result. `npm run bench -- check` runs one part.

const os = require('node:os');
const path = require('node:path');

const PARTS = {
  check: path.join(__dirname, '..', 'check', 'bench.js'),
  sim: path.join(__dirname, '..', 'sim', 'bench.js'),
};

function describeMachine() {
  const cpus = os.cpus();
  const model = cpus.length > 0 ? cpus[0].model : 'unknown CPU';
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${cpus.length} cores (${model}), ${memoryGiB} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

async function main() {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    console.error(`bench: unknown part ${unknown.join(', ')}; expected one of ${Object.keys(PARTS).join(', ')}`);
    process.exitCode = 2;
    return;
  }

  const names = requested.length > 0 ? requested : Object.keys(PARTS);
  console.log(`machine: ${describeMachine()}`);
  for (const name of names) {
    console.log(`\n=== ${name}`);
    const part = require(PARTS[name]);
    await part.run();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack || error.message}`);
  process.exitCode = 1;
});
