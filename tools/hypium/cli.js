#!/usr/bin/env node
'use strict';

// `npm run test:hypium`: runs the hypium suites of the widget and entry
// modules on Node, one child process per module, and prints per-case results,
// failure details, optional coverage and a closing `N passed, N failed` line.
// Exit code 0 only when every case passed and at least one case ran.

const fs = require('node:fs');
const path = require('node:path');

const { parseArgs, hypiumParameters, UsageError, USAGE } = require('./args');
const { runModule } = require('./runModule');
const { formatFailure, formatTotals } = require('./format');
const { writeCoverageReport } = require('./coverageReport');

const DEFAULT_PROJECT_ROOT = path.resolve(__dirname, '..', '..');

function listFileOf(projectRoot, module) {
  return path.join(projectRoot, module, 'src', 'test', 'List.test.ets');
}

function formatProblem(problem, index) {
  const lines = [`${index}) ${problem.title}`];
  for (const line of String(problem.message || '').split('\n').filter(Boolean)) {
    lines.push(`   ${line}`);
  }
  for (const frame of problem.frames || []) {
    lines.push(`   at ${frame}`);
  }
  return lines.join('\n');
}

function selectModules(options, projectRoot) {
  const present = options.modules.filter((module) => fs.existsSync(listFileOf(projectRoot, module)));
  if (options.modules.length === 1 && present.length === 0) {
    throw new UsageError(`No suites for module '${options.modules[0]}': ${path.relative(projectRoot, listFileOf(projectRoot, options.modules[0]))} not found`);
  }
  return present;
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const projectRoot = path.resolve(options.projectRoot || DEFAULT_PROJECT_ROOT);
  const kitsDir = path.resolve(options.kitsDir || path.join(projectRoot, 'tools', 'sim', 'kits'));
  const modules = selectModules(options, projectRoot);
  const parameters = hypiumParameters(options);
  const cacheDir = path.resolve(options.cacheDir || path.join(projectRoot, '.test', 'cache'));
  for (const module of options.modules.filter((name) => !modules.includes(name))) {
    console.log(`${module}: no ${path.relative(projectRoot, listFileOf(projectRoot, module))}, skipped`);
  }

  const results = [];
  for (const module of modules) {
    const listFile = listFileOf(projectRoot, module);
    console.log(`${module}: ${path.relative(projectRoot, listFile)}`);
    results.push(await runModule({
      module,
      listFile,
      projectRoot,
      kitsDir,
      cacheDir,
      parameters,
      coverage: options.coverage,
      deviceType: options.deviceType,
      verbose: options.verbose,
      maxRunTimeMs: options.maxRunTimeMs,
    }));
  }

  const records = results.flatMap((result) => result.records);
  const problems = results.flatMap((result) => result.problems);
  const failedRecords = records.filter((record) => record.status !== 'pass');
  const skipped = results.reduce((sum, result) => sum + (result.summary ? result.summary.ignore : 0), 0);

  if (modules.length === 0) {
    problems.push({ title: `No suites found: neither widget/src/test/List.test.ets nor entry/src/test/List.test.ets exists under ${projectRoot}`, frames: [] });
  } else if (records.length + skipped === 0 && problems.length === 0) {
    problems.push({ title: 'No test cases ran: List.test.ets registered no cases, or the filters matched none', frames: [] });
  }

  if (failedRecords.length + problems.length > 0) {
    console.log('\nFailures:');
    let index = 0;
    for (const record of failedRecords) {
      console.log(formatFailure(record, ++index));
    }
    for (const problem of problems) {
      console.log(formatProblem(problem, ++index));
    }
  }

  if (options.coverage) {
    console.log('');
    console.log(writeCoverageReport({ projectRoot, modules, results, cacheDir }));
  }

  const passed = records.length - failedRecords.length;
  console.log('');
  console.log(formatTotals({ passed, failed: failedRecords.length + problems.length, skipped }));
  return failedRecords.length + problems.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(error.stack || String(error));
    process.exitCode = 1;
  },
);
