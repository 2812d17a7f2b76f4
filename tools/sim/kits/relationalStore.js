'use strict';

// relationalStore backed by real SQLite files (better-sqlite3), so that the
// form process and the main process share one database file as on a device.
// The database of store `name` sits at <context.databaseDir>/rdb/<name>, the
// device layout. Error codes are those of @ohos.data.relationalStore (API 13).

const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');
const { RdbPredicates, checkField, IDENTIFIER } = require('./rdbPredicates');

const SecurityLevel = { S1: 1, S2: 2, S3: 3, S4: 4 };
const ConflictResolution = {
  ON_CONFLICT_NONE: 0, ON_CONFLICT_ROLLBACK: 1, ON_CONFLICT_ABORT: 2,
  ON_CONFLICT_FAIL: 3, ON_CONFLICT_IGNORE: 4, ON_CONFLICT_REPLACE: 5,
};
const CONFLICT_SQL = ['', 'OR ROLLBACK ', 'OR ABORT ', 'OR FAIL ', 'OR IGNORE ', 'OR REPLACE '];

// How long a writer waits for the other process's lock before SQLITE_BUSY.
const BUSY_TIMEOUT_MS = 2000;

// SQLite result codes to relationalStore codes, by the prefix of the
// better-sqlite3 error code ('SQLITE_CONSTRAINT_UNIQUE' matches 'SQLITE_CONSTRAINT').
const SQLITE_CODES = [
  ['SQLITE_CORRUPT', 14800011, 'Database corrupted.'],
  ['SQLITE_NOTADB', 14800011, 'Database corrupted.'],
  ['SQLITE_ABORT', 14800022, 'SQLite: Callback routine requested an abort.'],
  ['SQLITE_PERM', 14800023, 'SQLite: Access permission denied.'],
  ['SQLITE_AUTH', 14800023, 'SQLite: Access permission denied.'],
  ['SQLITE_BUSY', 14800024, 'SQLite: The database file is locked.'],
  ['SQLITE_LOCKED', 14800025, 'SQLite: A table in the database is locked.'],
  ['SQLITE_NOMEM', 14800026, 'SQLite: The database is out of memory.'],
  ['SQLITE_READONLY', 14800027, 'SQLite: Attempt to write a readonly database.'],
  ['SQLITE_IOERR', 14800028, 'SQLite: Some kind of disk I/O error occurred.'],
  ['SQLITE_FULL', 14800029, 'SQLite: The database is full.'],
  ['SQLITE_CANTOPEN', 14800030, 'SQLite: Unable to open the database file.'],
  ['SQLITE_TOOBIG', 14800031, 'SQLite: TEXT or BLOB exceeds size limit.'],
  ['SQLITE_CONSTRAINT', 14800032, 'SQLite: Abort due to constraint violation.'],
  ['SQLITE_MISMATCH', 14800033, 'SQLite: Data type mismatch.'],
  ['SQLITE_MISUSE', 14800034, 'SQLite: Library used incorrectly.'],
  ['SQLITE_ERROR', 14800021, 'SQLite: Generic error.'],
];

function toBusinessError(error) {
  if (error instanceof BusinessError) {
    return error;
  }
  const code = typeof error.code === 'string' ? error.code : '';
  const known = SQLITE_CODES.find(([prefix]) => code.startsWith(prefix));
  if (known) {
    return new BusinessError(known[1], `${known[2]} (${error.message})`);
  }
  return new BusinessError(14800000, `Inner error. (${error.message})`);
}

// Runs a synchronous SQLite step and rethrows its failure as a BusinessError.
function sqlite(step) {
  try {
    return step();
  } catch (error) {
    throw toBusinessError(error);
  }
}

class ResultSet {
  constructor(columnNames, rows) {
    this.columnNames = columnNames;
    this.columnCount = columnNames.length;
    this.rows = rows;
    this.rowCount = rows.length;
    this.rowIndex = -1;
    this.isClosed = false;
  }

  get isAtFirstRow() {
    return this.rowCount > 0 && this.rowIndex === 0;
  }

  get isAtLastRow() {
    return this.rowCount > 0 && this.rowIndex === this.rowCount - 1;
  }

  get isStarted() {
    return this.rowIndex !== -1;
  }

  get isEnded() {
    return this.rowIndex >= this.rowCount;
  }

  goTo(offset) {
    return this.goToRow(this.rowIndex + offset);
  }

  goToRow(position) {
    this.checkOpen();
    if (position < 0 || position >= this.rowCount) {
      this.rowIndex = position < 0 ? -1 : this.rowCount;
      return false;
    }
    this.rowIndex = position;
    return true;
  }

  goToFirstRow() {
    return this.goToRow(0);
  }

  goToLastRow() {
    return this.goToRow(this.rowCount - 1);
  }

  goToNextRow() {
    return this.goToRow(this.rowIndex + 1);
  }

  goToPreviousRow() {
    return this.goToRow(this.rowIndex - 1);
  }

  getColumnIndex(columnName) {
    this.checkOpen();
    if (typeof columnName !== 'string') {
      throw parameterError('The column name must be a string.');
    }
    const index = this.columnNames.indexOf(columnName);
    if (index < 0) {
      throw new BusinessError(14800013, `Column out of bounds: no column '${columnName}'.`);
    }
    return index;
  }

  getColumnName(columnIndex) {
    this.checkOpen();
    this.checkColumn(columnIndex);
    return this.columnNames[columnIndex];
  }

  cell(columnIndex) {
    this.checkOpen();
    if (this.rowIndex < 0 || this.rowIndex >= this.rowCount) {
      throw new BusinessError(14800012, 'Row out of bounds: move to a row before reading it.');
    }
    this.checkColumn(columnIndex);
    return this.rows[this.rowIndex][columnIndex];
  }

  checkColumn(columnIndex) {
    if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= this.columnCount) {
      throw new BusinessError(14800013, `Column out of bounds: index ${String(columnIndex)}.`);
    }
  }

  // SQLite's own conversions: NULL reads as '' or 0.
  getString(columnIndex) {
    const value = this.cell(columnIndex);
    if (value === null) {
      return '';
    }
    return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }

  getLong(columnIndex) {
    const value = this.cell(columnIndex);
    const number = Number(value);
    return value === null || Number.isNaN(number) ? 0 : Math.trunc(number);
  }

  getDouble(columnIndex) {
    const value = this.cell(columnIndex);
    const number = Number(value);
    return value === null || Number.isNaN(number) ? 0 : number;
  }

  getBlob(columnIndex) {
    const value = this.cell(columnIndex);
    return value === null ? new Uint8Array(0) : new Uint8Array(Buffer.from(value));
  }

  getValue(columnIndex) {
    const value = this.cell(columnIndex);
    return typeof value === 'bigint' ? Number(value) : value;
  }

  isColumnNull(columnIndex) {
    return this.cell(columnIndex) === null;
  }

  getRow() {
    const row = {};
    this.columnNames.forEach((name, index) => {
      row[name] = this.getValue(index);
    });
    return row;
  }

  close() {
    this.isClosed = true;
    this.rows = [];
  }

  checkOpen() {
    if (this.isClosed) {
      throw new BusinessError(14800014, 'Already closed.');
    }
  }
}

function toSqlValue(value) {
  if (typeof value === 'boolean') {
    return value ? 1 : 0;
  }
  if (value instanceof Uint8Array) {
    return Buffer.from(value);
  }
  return value === undefined ? null : value;
}

function checkBucket(values) {
  if (!values || typeof values !== 'object' || Array.isArray(values)) {
    throw parameterError('The values must be a ValuesBucket object.');
  }
  const columns = Object.keys(values);
  if (columns.length === 0) {
    throw parameterError('The ValuesBucket is empty.');
  }
  columns.forEach(checkField);
  return columns;
}

function checkTable(table) {
  if (typeof table !== 'string' || !IDENTIFIER.test(table)) {
    throw parameterError(`Invalid table name '${String(table)}'.`);
  }
}

class RdbStore {
  constructor(db, file) {
    this.db = db;
    this.file = file;
    this.closed = false;
  }

  get version() {
    this.checkOpen();
    return sqlite(() => this.db.pragma('user_version', { simple: true }));
  }

  set version(value) {
    this.checkOpen();
    if (!Number.isInteger(value) || value < 1) {
      throw parameterError(`Invalid version ${String(value)}: it must be an integer above 0.`);
    }
    sqlite(() => this.db.pragma(`user_version = ${value}`));
  }

  checkOpen() {
    if (this.closed) {
      throw new BusinessError(14800014, 'Already closed.');
    }
  }

  // Statements, synchronous.

  executeSync(sql, args = []) {
    world.count('rdb.execute');
    this.checkOpen();
    if (typeof sql !== 'string' || sql.trim() === '') {
      throw parameterError('The SQL statement must be a non-empty string.');
    }
    return sqlite(() => {
      const statement = this.db.prepare(sql);
      if (statement.reader) {
        const row = statement.raw().get(...args.map(toSqlValue));
        return row ? row[0] : null;
      }
      const info = statement.run(...args.map(toSqlValue));
      return /^\s*insert/i.test(sql) ? Number(info.lastInsertRowid) : info.changes;
    });
  }

  querySqlSync(sql, bindArgs = []) {
    world.count('rdb.query');
    this.checkOpen();
    if (typeof sql !== 'string' || sql.trim() === '') {
      throw parameterError('The SQL statement must be a non-empty string.');
    }
    return sqlite(() => {
      const statement = this.db.prepare(sql);
      if (!statement.reader) {
        throw new BusinessError(14800019, 'The SQL must be a query statement.');
      }
      const columns = statement.columns().map((column) => column.name);
      return new ResultSet(columns, statement.raw().all(...bindArgs.map(toSqlValue)));
    });
  }

  querySync(predicates, columns) {
    if (!(predicates instanceof RdbPredicates)) {
      throw parameterError('The predicates must be an RdbPredicates.');
    }
    const selected = Array.isArray(columns) && columns.length > 0 ? columns.map(checkField).join(', ') : '*';
    const sql = `SELECT ${selected} FROM "${predicates.tableName}"${predicates.whereSql()}${predicates.tailSql()}`;
    return this.querySqlSync(sql, predicates.bindArgs);
  }

  insertSync(table, values, conflict = ConflictResolution.ON_CONFLICT_NONE) {
    world.count('rdb.write');
    this.checkOpen();
    checkTable(table);
    const columns = checkBucket(values);
    const sql = `INSERT ${CONFLICT_SQL[conflict] || ''}INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) `
      + `VALUES (${columns.map(() => '?').join(', ')})`;
    return sqlite(() => {
      const info = this.db.prepare(sql).run(...columns.map((c) => toSqlValue(values[c])));
      return info.changes === 0 ? -1 : Number(info.lastInsertRowid);
    });
  }

  batchInsertSync(table, valuesList) {
    if (!Array.isArray(valuesList)) {
      throw parameterError('batchInsert needs an array of ValuesBucket.');
    }
    this.checkOpen();
    const insertAll = this.db.transaction(() => valuesList.filter((values) => this.insertSync(table, values) >= 0).length);
    return sqlite(() => insertAll());
  }

  updateSync(values, predicates, conflict = ConflictResolution.ON_CONFLICT_NONE) {
    world.count('rdb.write');
    this.checkOpen();
    if (!(predicates instanceof RdbPredicates)) {
      throw parameterError('The predicates must be an RdbPredicates.');
    }
    const columns = checkBucket(values);
    const sql = `UPDATE ${CONFLICT_SQL[conflict] || ''}"${predicates.tableName}" SET `
      + `${columns.map((c) => `"${c}" = ?`).join(', ')}${predicates.whereSql()}`;
    const args = [...columns.map((c) => toSqlValue(values[c])), ...predicates.bindArgs.map(toSqlValue)];
    return sqlite(() => this.db.prepare(sql).run(...args).changes);
  }

  deleteSync(predicates) {
    world.count('rdb.write');
    this.checkOpen();
    if (!(predicates instanceof RdbPredicates)) {
      throw parameterError('The predicates must be an RdbPredicates.');
    }
    const sql = `DELETE FROM "${predicates.tableName}"${predicates.whereSql()}`;
    return sqlite(() => this.db.prepare(sql).run(...predicates.bindArgs.map(toSqlValue)).changes);
  }

  // The Promise forms. SQLite runs synchronously here; a device runs the
  // statement on a worker thread, so only the settling order is the same.

  async executeSql(sql, bindArgs = []) {
    this.executeSync(sql, bindArgs);
  }

  async execute(sql, args = []) {
    return this.executeSync(sql, args);
  }

  async querySql(sql, bindArgs = []) {
    return this.querySqlSync(sql, bindArgs);
  }

  async query(predicates, columns) {
    return this.querySync(predicates, columns);
  }

  async insert(table, values, conflict) {
    return this.insertSync(table, values, conflict);
  }

  async batchInsert(table, valuesList) {
    return this.batchInsertSync(table, valuesList);
  }

  async update(values, predicates, conflict) {
    return this.updateSync(values, predicates, conflict);
  }

  async delete(predicates) {
    return this.deleteSync(predicates);
  }

  // Transactions take the write lock at once (BEGIN IMMEDIATE), so two
  // processes cannot both hold a read lock and wait to upgrade it. A second
  // writer waits up to BUSY_TIMEOUT_MS, then fails with 14800024.
  beginTransaction() {
    this.checkOpen();
    sqlite(() => this.db.exec('BEGIN IMMEDIATE'));
  }

  commit() {
    this.checkOpen();
    sqlite(() => this.db.exec('COMMIT'));
  }

  rollBack() {
    this.checkOpen();
    sqlite(() => this.db.exec('ROLLBACK'));
  }

  async close() {
    if (!this.closed) {
      this.closed = true;
      this.db.close();
      openStores.delete(this.file);
    }
  }
}

// Stores open in this process, by file: getRdbStore returns the same store
// for the same name, as the device does.
const openStores = new Map();

function storeFile(context, name) {
  if (!context || typeof context.databaseDir !== 'string') {
    throw parameterError('The context must be an application context with a databaseDir.');
  }
  if (typeof name !== 'string' || name.length === 0 || name.includes('/') || name.includes('\\')) {
    throw new BusinessError(14800010, `Invalid database path: '${String(name)}'.`);
  }
  return path.join(context.databaseDir, 'rdb', name);
}

// getRdbStore(context, config): opens or creates the database file and
// checks that it is a database, so a corrupt file fails here with 14800011.
async function getRdbStore(context, config) {
  world.count('rdb.getRdbStore');
  if (!config || typeof config !== 'object') {
    throw parameterError('The StoreConfig is missing.');
  }
  if (!Object.values(SecurityLevel).includes(config.securityLevel)) {
    throw parameterError(`Invalid securityLevel ${String(config.securityLevel)}: use relationalStore.SecurityLevel.`);
  }
  const file = storeFile(context, config.name);

  const cached = openStores.get(file);
  if (cached) {
    return cached;
  }

  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db = null;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (db) {
      db.close();
    }
    throw toBusinessError(error);
  }

  const store = new RdbStore(db, file);
  openStores.set(file, store);
  return store;
}

// deleteRdbStore(context, name | config): closes the store of this process and
// removes the database file with its WAL and shared-memory files.
async function deleteRdbStore(context, nameOrConfig) {
  world.count('rdb.deleteRdbStore');
  const name = typeof nameOrConfig === 'string' ? nameOrConfig : nameOrConfig && nameOrConfig.name;
  const file = storeFile(context, name);

  const open = openStores.get(file);
  if (open) {
    await open.close();
  }
  for (const suffix of ['', '-wal', '-shm']) {
    fs.rmSync(`${file}${suffix}`, { force: true });
  }
}

// Closes every store of this process, as process death does.
function closeAll() {
  for (const store of [...openStores.values()]) {
    store.closed = true;
    store.db.close();
  }
  openStores.clear();
}

const relationalStore = {
  SecurityLevel,
  ConflictResolution,
  RdbPredicates,
  getRdbStore,
  deleteRdbStore,
};

module.exports = { relationalStore, ResultSet, RdbStore, closeAll, toBusinessError };
