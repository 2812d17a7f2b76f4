'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const world = require('../kits/world');
const { fileIo } = require('../kits/CoreFileKit');

const sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fileio-test-'));
world.configure({ sandboxDir });

test.after(() => fs.rmSync(sandboxDir, { recursive: true, force: true }));

test('write, fsync, rename and read back', () => {
  const temp = path.join(sandboxDir, 'state.json.tmp');
  const target = path.join(sandboxDir, 'state.json');
  const file = fileIo.openSync(temp, fileIo.OpenMode.CREATE | fileIo.OpenMode.WRITE_ONLY | fileIo.OpenMode.TRUNC);
  assert.equal(fileIo.writeSync(file.fd, '{"state":"synced"}'), 18);
  fileIo.fsyncSync(file.fd);
  fileIo.closeSync(file);
  fileIo.renameSync(temp, target);
  assert.equal(fileIo.accessSync(temp), false);
  assert.equal(fileIo.readTextSync(target), '{"state":"synced"}');
  assert.equal(fileIo.readTextSync(target, { offset: 2, length: 5 }), 'state');
  fileIo.unlinkSync(target);
  assert.equal(fileIo.accessSync(target), false);
});

test('missing file reads fail with 13900002', () => {
  assert.throws(() => fileIo.readTextSync(path.join(sandboxDir, 'missing')), { code: 13900002 });
  assert.throws(() => fileIo.openSync(path.join(sandboxDir, 'missing')), { code: 13900002 });
});

test('paths outside the sandbox do not exist', () => {
  assert.equal(fileIo.accessSync('/etc/hostname'), false);
  assert.throws(() => fileIo.readTextSync('/etc/hostname'), { code: 13900002 });
});

test('bad arguments throw 401', () => {
  assert.throws(() => fileIo.openSync(path.join(sandboxDir, 'x'), 3), { code: 401 });
  assert.throws(() => fileIo.writeSync(-1, 'x'), { code: 401 });
  assert.throws(() => fileIo.readTextSync(''), { code: 401 });
  assert.throws(() => fileIo.readTextSync(path.join(sandboxDir, 'x'), { encoding: 'latin1' }), { code: 401 });
});
