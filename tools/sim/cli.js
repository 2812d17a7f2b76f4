#!/usr/bin/env node
'use strict';

// npm run sim -- <scenario.json5> [--project <dir>]
// Runs a scenario on the simulated device and prints the log lines and the
// card data after each step. Exits 1 when an `expect` step fails.

const fs = require('node:fs');
const path = require('node:path');
const { runScenario, loadScenarioFile } = require('./host/scenario');

const USAGE = 'usage: npm run sim -- <scenario.json5> [--project <dir>]\n'
  + `examples: ${path.relative(process.cwd(), path.join(__dirname, 'scenarios')) || '.'}/*.json5`;

async function main(argv) {
  const args = [...argv];
  let projectRoot = path.resolve(__dirname, '../..');
  const projectIndex = args.indexOf('--project');
  if (projectIndex >= 0) {
    projectRoot = path.resolve(args[projectIndex + 1] || '.');
    args.splice(projectIndex, 2);
  }
  if (args.length !== 1 || args[0] === '--help') {
    console.error(USAGE);
    return 2;
  }

  const file = path.resolve(args[0]);
  if (!fs.existsSync(file)) {
    console.error(`sim: scenario file not found: ${file}`);
    return 2;
  }
  const displayName = path.relative(process.cwd(), file) || file;
  const scenario = loadScenarioFile(file, displayName);
  const { failures } = await runScenario(scenario, { projectRoot, file: displayName });

  if (failures.length > 0) {
    console.log(`\n${failures.length} expectation(s) failed:`);
    failures.forEach((failure) => console.log(`  ${failure}`));
    return 1;
  }
  console.log('\nall expectations met');
  return 0;
}

// Node exits when nothing is left to run; a run that has not finished by then
// waited on a promise that can never settle.
let finished = false;
process.on('exit', () => {
  if (!finished) {
    console.error('sim: the run stopped before the scenario finished: the simulator waited on a promise that never settles.');
    process.exitCode = 1;
  }
});

main(process.argv.slice(2)).then((code) => {
  finished = true;
  process.exitCode = code;
}, (error) => {
  finished = true;
  console.error(`sim: ${error.message}`);
  process.exitCode = 1;
});
