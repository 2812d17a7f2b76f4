'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const { test } = require('node:test');

const {
  parseNodeTestCounts,
  parseHypiumCounts,
  parseCheckCounts,
  findToolTests,
  runStage,
} = require('../test-all');

test('node:test spec summary is counted', () => {
  const output = ['✔ a (1ms)', 'ℹ tests 5', 'ℹ pass 3', 'ℹ fail 1', 'ℹ cancelled 1', 'ℹ skipped 2', 'ℹ todo 0'].join('\n');
  assert.deepEqual(parseNodeTestCounts(output), { passed: 3, failed: 2, skipped: 2 });
});

test('node:test tap summary is counted', () => {
  const output = ['ok 1 - a', '# tests 2', '# pass 2', '# fail 0'].join('\n');
  assert.deepEqual(parseNodeTestCounts(output), { passed: 2, failed: 0, skipped: 0 });
});

test('hypium closing line is counted', () => {
  const output = 'PASS Suite > case\n\n12 passed, 1 failed, 2 skipped\n';
  assert.deepEqual(parseHypiumCounts(output), { passed: 12, failed: 1, skipped: 2 });
});

test('hypium output without closing line counts nothing', () => {
  assert.deepEqual(parseHypiumCounts('crashed before any case\n'), { passed: 0, failed: 0, skipped: 0 });
});

test('checker counts as one test by exit code', () => {
  assert.deepEqual(parseCheckCounts('', 0), { passed: 1, failed: 0, skipped: 0 });
  assert.deepEqual(parseCheckCounts('', 1), { passed: 0, failed: 1, skipped: 0 });
});

test('tool tests skip fixture folders', () => {
  const found = findToolTests(path.join(__dirname, '..', '..'), []);
  assert.ok(found.includes(path.join('tools', 'ci', 'test', 'testAll.test.js')));
  assert.ok(found.every((file) => !file.split(path.sep).includes('fixtures')));
});

test('stage that runs no tests fails', async () => {
  const stage = {
    name: 'empty',
    command: [process.execPath, '-e', 'console.log("nothing here")'],
    parse: parseHypiumCounts,
  };
  const result = await runStage(stage);
  assert.equal(result.ok, false);
  assert.equal(result.status, 0);
});

test('stage with a failing exit code fails', async () => {
  const stage = {
    name: 'crash',
    command: [process.execPath, '-e', 'console.log("3 passed, 0 failed"); process.exit(3)'],
    parse: parseHypiumCounts,
  };
  const result = await runStage(stage);
  assert.equal(result.ok, false);
  assert.equal(result.status, 3);
});
