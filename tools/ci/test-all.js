'use strict';

// Runs every check and test of the repository, in order: the ArkTS checker,
// the hypium suites of the app modules, and the node:test suites of the
// toolchain (browser tests included). Each stage prints its own output. The
// run ends with one line `N passed, N failed` that adds up all stages. It
// exits 1 when any stage failed or when a stage ran no tests.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

// Folders that contain test inputs rather than tests.
const SKIPPED_DIRS = new Set(['node_modules', 'fixtures', 'cards', '.test']);

function findToolTests(dir, found) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) {
        findToolTests(path.join(dir, entry.name), found);
      }
      continue;
    }

    const isTestFile = entry.name.endsWith('.test.js');
    const inTestDir = path.basename(dir) === 'test';
    if (isTestFile && inTestDir) {
      found.push(path.relative(ROOT, path.join(dir, entry.name)));
    }
  }
  return found;
}

// Counts from the closing lines of node:test (spec `ℹ pass 3`, tap `# pass 3`).
function parseNodeTestCounts(output) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const pattern = /^[#ℹ]\s*(pass|fail|skipped|cancelled|todo)\s+(\d+)\s*$/gm;
  let match = pattern.exec(output);
  while (match !== null) {
    const value = Number(match[2]);
    if (match[1] === 'pass') {
      counts.passed = value;
    } else if (match[1] === 'fail' || match[1] === 'cancelled') {
      counts.failed += value;
    } else {
      counts.skipped += value;
    }
    match = pattern.exec(output);
  }
  return counts;
}

// Counts from the hypium runner's closing line `N passed, N failed, N skipped`.
function parseHypiumCounts(output) {
  const lines = output.trim().split('\n').reverse();
  for (const line of lines) {
    const match = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line.trim());
    if (match) {
      return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] || 0) };
    }
  }
  return { passed: 0, failed: 0, skipped: 0 };
}

// The checker is one test: it passes when it reports no error.
function parseCheckCounts(output, status) {
  return status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

// Runs one stage, streaming its output as it comes so a long stage shows progress, and keeping
// a copy to read the counts from.
function runStage(stage) {
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const started = Date.now();

  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(stage.command[0], stage.command.slice(1), {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      chunks.push(chunk);
      process.stderr.write(chunk);
    });

    let startError = null;
    child.on('error', (error) => {
      startError = error;
    });
    child.on('close', (status) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const counts = stage.parse(output, status);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ranNothing = counts.passed + counts.failed === 0;
      if (startError) {
        console.error(`${stage.name}: could not start: ${startError.message}`);
      }
      if (ranNothing) {
        console.error(`${stage.name}: no tests ran`);
      }
      const ok = status === 0 && counts.failed === 0 && !ranNothing;
      resolve({ name: stage.name, ok, seconds, status, counts });
    });
  });
}

async function main() {
  const toolTests = findToolTests(path.join(ROOT, 'tools'), []).sort();
  const stages = [
    { name: 'check', command: [process.execPath, 'tools/check/cli.js'], parse: parseCheckCounts },
    { name: 'hypium', command: [process.execPath, 'tools/hypium/cli.js'], parse: parseHypiumCounts },
    {
      name: 'toolchain',
      command: [process.execPath, '--test', '--test-reporter=spec', ...toolTests],
      parse: parseNodeTestCounts,
    },
  ];

  const results = [];
  for (const stage of stages) {
    results.push(await runStage(stage));
  }

  console.log('\n=== summary');
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) {
    const mark = result.ok ? 'ok  ' : 'FAIL';
    const { passed, failed, skipped } = result.counts;
    console.log(`${mark} ${result.name.padEnd(10)} ${passed} passed, ${failed} failed, ${skipped} skipped ` +
      `(exit ${result.status}, ${result.seconds} s)`);
    total.passed += passed;
    total.failed += failed;
    total.skipped += skipped;
    // A stage that failed without a counted failure (a crash) still fails the run.
    if (!result.ok && result.counts.failed === 0) {
      total.failed += 1;
    }
  }

  const skippedPart = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  console.log(`${total.passed} passed, ${total.failed} failed${skippedPart}`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`test-all: ${error.stack || error.message}`);
    process.exitCode = 1;
  });
}

module.exports = { parseNodeTestCounts, parseHypiumCounts, parseCheckCounts, findToolTests, runStage };
