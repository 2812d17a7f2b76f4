'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');

const world = require('../kits/world');
const { hilog } = require('../kits/PerformanceAnalysisKit');

world.configure({ processName: 'form' });

function lastLine() {
  const logs = world.current().logs;
  return logs[logs.length - 1].line;
}

test('public arguments show and private ones are masked', () => {
  hilog.info(0x5c01, 'Tag', 'card %{public}s of %{private}s, code %{public}d, id %s, n %d', 'synced', 'acct', 201, '1234567890', 7);
  assert.equal(lastLine(), 'I 05c01/Tag: card synced of <private>, code 201, id <private>, n <private>');
});

test('level letters and domain in hex', () => {
  hilog.debug(0x1, 'T', 'd');
  assert.equal(lastLine(), 'D 00001/T: d');
  hilog.warn(0xabcd, 'T', 'w');
  assert.equal(lastLine(), 'W 0abcd/T: w');
  hilog.error(0x5c01, 'T', 'e');
  assert.equal(lastLine(), 'E 05c01/T: e');
  hilog.fatal(0x5c01, 'T', 'f');
  assert.equal(lastLine(), 'F 05c01/T: f');
});

test('missing arguments and percent signs stay as written', () => {
  hilog.info(0x5c01, 'T', '100%% done %{public}s');
  assert.equal(lastLine(), 'I 05c01/T: 100% done %{public}s');
});

test('out-of-range domain is dropped', () => {
  const before = world.current().logs.length;
  hilog.info(0x10000, 'T', 'dropped');
  hilog.info(-1, 'T', 'dropped');
  assert.equal(world.current().logs.length, before);
});

test('entries record process and level', () => {
  hilog.info(0x5c01, 'T', 'x');
  const entry = world.current().logs[world.current().logs.length - 1];
  assert.equal(entry.process, 'form');
  assert.equal(entry.level, 'I');
  assert.equal(hilog.isLoggable(0x5c01, 'T', hilog.LogLevel.INFO), true);
});
