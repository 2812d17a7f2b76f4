'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const world = require('../kits/world');
const { relationalStore } = require('../kits/ArkData');
const { UIAbilityContext } = require('../kits/context');

const sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdb-test-'));
world.configure({ sandboxDir });
const context = new UIAbilityContext('EntryAbility');
const CONFIG = { name: 'unit.db', securityLevel: relationalStore.SecurityLevel.S1 };

test.after(() => fs.rmSync(sandboxDir, { recursive: true, force: true }));

async function freshStore(name) {
  await relationalStore.deleteRdbStore(context, name);
  const store = await relationalStore.getRdbStore(context, { name, securityLevel: relationalStore.SecurityLevel.S1 });
  await store.executeSql('CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, size REAL, note TEXT)');
  return store;
}

async function rejectsWithCode(promiseOrFn, code) {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    assert.equal(error.code, code, `expected code ${code}, got ${error.code}: ${error.message}`);
    return;
  }
  assert.fail(`expected a rejection with code ${code}`);
}

test('store file lives in databaseDir/rdb', async () => {
  await relationalStore.getRdbStore(context, CONFIG);
  assert.ok(fs.existsSync(path.join(context.databaseDir, 'rdb', 'unit.db')));
});

test('insert, query with predicates, update, delete', async () => {
  const store = await freshStore('crud.db');
  assert.equal(await store.insert('item', { name: 'a', size: 1.5 }), 1);
  assert.equal(await store.batchInsert('item', [{ name: 'b', size: 2 }, { name: 'c', size: 3, note: null }]), 2);

  const predicates = new relationalStore.RdbPredicates('item');
  predicates.greaterThan('size', 1.6).orderByDesc('size');
  const resultSet = await store.query(predicates, ['name', 'size', 'note']);
  assert.equal(resultSet.rowCount, 2);
  assert.ok(resultSet.goToFirstRow());
  assert.equal(resultSet.getString(resultSet.getColumnIndex('name')), 'c');
  assert.equal(resultSet.getDouble(resultSet.getColumnIndex('size')), 3);
  assert.equal(resultSet.isColumnNull(resultSet.getColumnIndex('note')), true);
  assert.equal(resultSet.getString(resultSet.getColumnIndex('note')), '');
  assert.ok(resultSet.goToNextRow());
  assert.equal(resultSet.getLong(resultSet.getColumnIndex('size')), 2);
  assert.equal(resultSet.goToNextRow(), false);
  resultSet.close();

  const byName = new relationalStore.RdbPredicates('item');
  byName.equalTo('name', 'a');
  assert.equal(await store.update({ note: 'first' }, byName), 1);
  const orPredicates = new relationalStore.RdbPredicates('item');
  orPredicates.equalTo('name', 'a').or().equalTo('name', 'b');
  assert.equal(await store.delete(orPredicates), 2);
  const rest = await store.querySql('SELECT name FROM item');
  assert.equal(rest.rowCount, 1);
});

test('insert with a duplicate unique key rejects with 14800032', async () => {
  const store = await freshStore('unique.db');
  await store.insert('item', { name: 'a' });
  await rejectsWithCode(store.insert('item', { name: 'a' }), 14800032);
  const ignored = await store.insert('item', { name: 'a' }, relationalStore.ConflictResolution.ON_CONFLICT_IGNORE);
  assert.equal(ignored, -1);
});

test('result set rejects reads before the first row and bad columns', async () => {
  const store = await freshStore('bounds.db');
  await store.insert('item', { name: 'a' });
  const resultSet = await store.querySql('SELECT name FROM item');
  assert.throws(() => resultSet.getString(0), { code: 14800012 });
  resultSet.goToFirstRow();
  assert.throws(() => resultSet.getString(5), { code: 14800013 });
  assert.throws(() => resultSet.getColumnIndex('missing'), { code: 14800013 });
  resultSet.close();
  assert.throws(() => resultSet.goToFirstRow(), { code: 14800014 });
});

test('querySql with a write statement rejects with 14800019', async () => {
  const store = await freshStore('notquery.db');
  await rejectsWithCode(store.querySql("INSERT INTO item (name) VALUES ('x')"), 14800019);
});

test('rollBack discards and commit keeps', async () => {
  const store = await freshStore('tx.db');
  store.beginTransaction();
  await store.insert('item', { name: 'gone' });
  store.rollBack();
  store.beginTransaction();
  await store.insert('item', { name: 'kept' });
  store.commit();
  const resultSet = await store.querySql('SELECT name FROM item');
  assert.equal(resultSet.rowCount, 1);
  resultSet.goToFirstRow();
  assert.equal(resultSet.getString(0), 'kept');
});

test('version starts at 0 and persists', async () => {
  const store = await freshStore('version.db');
  assert.equal(store.version, 0);
  store.version = 3;
  await store.close();
  const reopened = await relationalStore.getRdbStore(context, { name: 'version.db', securityLevel: 1 });
  assert.equal(reopened.version, 3);
  assert.throws(() => {
    reopened.version = 0;
  }, { code: 401 });
});

test('two connections see each other committed writes', async () => {
  const first = await freshStore('shared.db');
  const Database = require('better-sqlite3');
  const other = new Database(path.join(context.databaseDir, 'rdb', 'shared.db'));
  other.prepare("INSERT INTO item (name) VALUES ('from other process')").run();
  other.close();
  const resultSet = await first.querySql('SELECT name FROM item');
  assert.equal(resultSet.rowCount, 1);
});

test('corrupt database file rejects with 14800011', async () => {
  const file = path.join(context.databaseDir, 'rdb', 'corrupt.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.alloc(8192, 0x5a));
  await rejectsWithCode(relationalStore.getRdbStore(context, { name: 'corrupt.db', securityLevel: 1 }), 14800011);

  await relationalStore.deleteRdbStore(context, 'corrupt.db');
  assert.equal(fs.existsSync(file), false);
  const rebuilt = await relationalStore.getRdbStore(context, { name: 'corrupt.db', securityLevel: 1 });
  assert.equal(rebuilt.version, 0);
});

test('bad store config and names', async () => {
  await rejectsWithCode(relationalStore.getRdbStore(context, { name: 'x.db' }), 401);
  await rejectsWithCode(relationalStore.getRdbStore(context, { name: '../escape.db', securityLevel: 1 }), 14800010);
  assert.throws(() => new relationalStore.RdbPredicates('item; DROP TABLE item'), { code: 401 });
});

test('SQL errors map to 14800021', async () => {
  const store = await freshStore('syntax.db');
  await rejectsWithCode(store.executeSql('SELEC nothing'), 14800021);
  await rejectsWithCode(store.querySql('SELECT * FROM missing_table'), 14800021);
});

test('closed store rejects with 14800014', async () => {
  const store = await freshStore('closed.db');
  await store.close();
  await rejectsWithCode(store.querySql('SELECT 1'), 14800014);
});
