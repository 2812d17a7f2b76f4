'use strict';

// Runs cli.js on a copy of a fixture project, so coverage/ and .test/cache
// land in a temporary folder instead of the source tree.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CLI = path.join(__dirname, '..', 'cli.js');
const FIXTURES = path.join(__dirname, 'fixtures');

function copyFixture(name) {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `hypium-fixture-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), target, { recursive: true });
  return target;
}

/** Runs the CLI on a fresh copy of fixture `name`; returns { status, stdout, stderr, lines, lastLine, projectRoot }. */
// One transpile cache for every run of this test process: the copies differ only in folder, which the cache key ignores.
const CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'hypium-test-cache-'));
process.on('exit', () => fs.rmSync(CACHE_DIR, { recursive: true, force: true }));

function runCli(name, args) {
  const projectRoot = copyFixture(name);
  const result = spawnSync(process.execPath, [CLI, '--project', projectRoot, '--kits', path.join(projectRoot, 'kits'), '--cache-dir', CACHE_DIR, ...args], {
    encoding: 'utf8',
  });
  const lines = result.stdout.trimEnd().split('\n');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines,
    lastLine: lines.at(-1),
    projectRoot,
  };
}

function removeProject(projectRoot) {
  fs.rmSync(projectRoot, { recursive: true, force: true });
}

module.exports = { runCli, removeProject, copyFixture };
