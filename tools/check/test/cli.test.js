'use strict';

// The command line: output layout, JSON output, exit codes and option errors.

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it } = require('node:test');

const { parseArguments } = require('../cli');
const { fixturePath } = require('../testing');

const CLI = path.join(__dirname, '..', 'cli.js');

function runCli(args) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('check cli', () => {
  it('exits 1 and prints one line per finding', () => {
    const result = runCli(['--project', fixturePath('broken-config'), '--rules', 'config']);
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trim().split('\n');
    const findingLines = lines.slice(0, -1);
    assert.ok(findingLines.length > 0);
    for (const line of findingLines) {
      assert.match(line, /^[^\s:]+:\d+:\d+ {2}[a-z0-9-]+ {2}\S/);
    }
    assert.match(lines[lines.length - 1], /^check: \d+ error\(s\), 0 warning\(s\) in 2 module\(s\)/);
  });

  it('exits 0 on the clean fixture', () => {
    const result = runCli(['--project', fixturePath('clean'), '--rules', 'config']);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^check: 0 error\(s\)/);
  });

  it('prints JSON with relative paths', () => {
    const result = runCli(['--project', fixturePath('broken-config'), '--rules', 'resource-locale', '--json']);
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.summary.errors, 2);
    assert.deepEqual(report.diagnostics.map((d) => d.rule), ['resource-locale', 'resource-locale']);
    assert.equal(report.diagnostics[0].file, 'entry/src/main/resources/en_US/element/string.json');
    assert.equal(typeof report.timings.config, 'number');
  });

  it('exits 2 on an unknown option', () => {
    const result = runCli(['--fast']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown option '--fast'/);
  });

  it('exits 2 on an unknown rule', () => {
    const result = runCli(['--project', fixturePath('clean'), '--rules', 'card-colour']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown rule or phase 'card-colour'/);
  });

  it('requires a value for --project', () => {
    assert.throws(() => parseArguments(['--project']), /option --project requires a value/);
  });

  it('exits 2 on a folder without modules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-empty-'));
    try {
      const result = runCli(['--project', dir]);
      assert.equal(result.status, 2, result.stdout);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /no module found in .*: it has no build-profile\.json5 and no folder with src\/main\/module\.json5/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 when build-profile.json5 lists no modules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-empty-'));
    try {
      fs.writeFileSync(path.join(dir, 'build-profile.json5'), '{ app: {}, modules: [] }\n');
      const result = runCli(['--project', dir]);
      assert.equal(result.status, 2, result.stdout);
      assert.match(result.stderr, /build-profile\.json5 lists no modules with a srcPath/);

      fs.writeFileSync(path.join(dir, 'build-profile.json5'), '{ modules: [{ name: "entry", srcPath: "./entry" }] }\n');
      const missing = runCli(['--project', dir]);
      assert.equal(missing.status, 2, missing.stdout);
      assert.match(missing.stderr, /the modules of build-profile\.json5 \(entry\) do not exist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing project folder', () => {
    const result = runCli(['--project', fixturePath('no-such-project'), '--rules', 'config']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /project folder .* not found/);
  });
});
