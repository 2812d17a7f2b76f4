#!/usr/bin/env node
'use strict';

// Measures how long `npm run check` spends in each phase. Every run is a fresh Node
// process, as `npm run check` is, so the SDK declarations are parsed cold each time. The
// table shows the median of the runs per phase.
//
// Usage: node tools/check/bench.js [--project DIR] [--runs N]
// From code: require('./tools/check/bench').run({ projectDir, runs }) returns the result.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { REPO_ROOT } = require('./lib/paths');

const PHASES = [
  ['project', 'project model'],
  ['program', 'program creation'],
  ['type-check', 'type-check'],
  ['linter', 'ArkTS linter'],
  ['card', 'card rules'],
  ['config', 'config rules']
];
const DEFAULT_RUNS = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function describeMachine() {
  let cpuModel = os.cpus()[0] ? os.cpus()[0].model : 'unknown';
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((text) => text.startsWith('model name'));
    if (line) {
      cpuModel = line.split(':')[1].trim();
    }
  } catch {
    // /proc/cpuinfo exists on Linux only; os.cpus() is the fallback.
  }
  return { cpus: os.cpus().length, cpuModel, node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** Runs the checker once in this process and prints its timings as JSON (the child side). */
function measureOnce(projectDir) {
  const { check } = require('./index');
  const start = process.hrtime.bigint();
  const result = check({ projectDir });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ timings: result.timings, wall, findings: result.diagnostics.length }));
}

/**
 * Measures `runs` cold checks of `projectDir` and prints the table unless `print` is false.
 * Returns `{ name, command, runs, projectDir, phases: [{ id, label, medianMs }], totalMs
 * (median wall time), findings, machine }`.
 */
function run({ projectDir = REPO_ROOT, runs = DEFAULT_RUNS, print = true } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [__filename, '--child', projectDir], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (child.status !== 0) {
      throw new Error(`benchmark run ${i + 1} failed with exit code ${child.status}: ${child.stderr.trim()}`);
    }
    samples.push(JSON.parse(child.stdout));
  }
  const phases = PHASES.map(([id, label]) => ({ id, label, medianMs: median(samples.map((sample) => sample.timings[id] || 0)) }));
  const result = {
    name: 'check',
    command: `node tools/check/bench.js --project ${path.relative(REPO_ROOT, projectDir) || '.'} --runs ${runs}`,
    runs,
    projectDir,
    phases,
    totalMs: median(samples.map((sample) => sample.wall)),
    findings: samples[0].findings,
    machine: describeMachine()
  };
  if (print) {
    process.stdout.write(`${formatTable(result)}\n`);
  }
  return result;
}

function formatTable(result) {
  const rows = result.phases.map((phase) => `| ${phase.label.padEnd(16)} | ${(phase.medianMs / 1000).toFixed(2).padStart(7)} |`);
  return [
    `| phase            | median s |`,
    `|------------------|---------:|`,
    ...rows,
    `| total (wall)     | ${(result.totalMs / 1000).toFixed(2).padStart(7)} |`,
    '',
    `${result.runs} cold runs, ${result.findings} finding(s); ${result.machine.cpus} CPUs, ${result.machine.cpuModel}, Node ${result.machine.node}`
  ].join('\n');
}

function main(argv) {
  if (argv[0] === '--child') {
    measureOnce(argv[1]);
    return 0;
  }
  let projectDir = REPO_ROOT;
  let runs = DEFAULT_RUNS;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--project' && argv[i + 1]) {
      projectDir = path.resolve(argv[++i]);
    } else if (argv[i] === '--runs' && /^\d+$/.test(argv[i + 1] || '') && Number(argv[i + 1]) > 0) {
      runs = Number(argv[++i]);
    } else {
      process.stderr.write(`bench: invalid argument '${argv[i]}'; usage: node tools/check/bench.js [--project DIR] [--runs N]\n`);
      return 2;
    }
  }
  run({ projectDir, runs });
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { run, formatTable };
