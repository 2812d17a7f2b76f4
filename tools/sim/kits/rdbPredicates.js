'use strict';

// RdbPredicates: builds a WHERE clause with bound arguments, plus ORDER BY,
// LIMIT and OFFSET, the way relationalStore.RdbPredicates composes them.

const { parameterError } = require('./errors');

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkField(field) {
  if (typeof field !== 'string' || !IDENTIFIER.test(field)) {
    throw parameterError(`Invalid field '${String(field)}': use a column name.`);
  }
  return `"${field}"`;
}

class RdbPredicates {
  constructor(tableName) {
    if (typeof tableName !== 'string' || !IDENTIFIER.test(tableName)) {
      throw parameterError(`Invalid table name '${String(tableName)}'.`);
    }
    this.tableName = tableName;
    this.clauses = [];
    this.bindArgs = [];
    this.orders = [];
    this.limit = null;
    this.offset = null;
    // The next condition joins with AND unless or() set OR.
    this.pendingJoin = 'AND';
  }

  addCondition(sql, args = []) {
    const last = this.clauses[this.clauses.length - 1];
    if (this.clauses.length > 0 && last !== '(') {
      this.clauses.push(this.pendingJoin);
    }
    this.clauses.push(sql);
    this.bindArgs.push(...args);
    this.pendingJoin = 'AND';
    return this;
  }

  equalTo(field, value) {
    return this.addCondition(`${checkField(field)} = ?`, [value]);
  }

  notEqualTo(field, value) {
    return this.addCondition(`${checkField(field)} <> ?`, [value]);
  }

  greaterThan(field, value) {
    return this.addCondition(`${checkField(field)} > ?`, [value]);
  }

  lessThan(field, value) {
    return this.addCondition(`${checkField(field)} < ?`, [value]);
  }

  greaterThanOrEqualTo(field, value) {
    return this.addCondition(`${checkField(field)} >= ?`, [value]);
  }

  lessThanOrEqualTo(field, value) {
    return this.addCondition(`${checkField(field)} <= ?`, [value]);
  }

  between(field, low, high) {
    return this.addCondition(`${checkField(field)} BETWEEN ? AND ?`, [low, high]);
  }

  like(field, pattern) {
    return this.addCondition(`${checkField(field)} LIKE ?`, [pattern]);
  }

  isNull(field) {
    return this.addCondition(`${checkField(field)} IS NULL`);
  }

  isNotNull(field) {
    return this.addCondition(`${checkField(field)} IS NOT NULL`);
  }

  in(field, values) {
    if (!Array.isArray(values) || values.length === 0) {
      throw parameterError('in() needs a non-empty array of values.');
    }
    return this.addCondition(`${checkField(field)} IN (${values.map(() => '?').join(', ')})`, values);
  }

  notIn(field, values) {
    if (!Array.isArray(values) || values.length === 0) {
      throw parameterError('notIn() needs a non-empty array of values.');
    }
    return this.addCondition(`${checkField(field)} NOT IN (${values.map(() => '?').join(', ')})`, values);
  }

  and() {
    this.pendingJoin = 'AND';
    return this;
  }

  or() {
    this.pendingJoin = 'OR';
    return this;
  }

  beginWrap() {
    const last = this.clauses[this.clauses.length - 1];
    if (this.clauses.length > 0 && last !== '(') {
      this.clauses.push(this.pendingJoin);
    }
    this.clauses.push('(');
    this.pendingJoin = 'AND';
    return this;
  }

  endWrap() {
    this.clauses.push(')');
    return this;
  }

  orderByAsc(field) {
    this.orders.push(`${checkField(field)} ASC`);
    return this;
  }

  orderByDesc(field) {
    this.orders.push(`${checkField(field)} DESC`);
    return this;
  }

  limitAs(value) {
    this.limit = Math.trunc(Number(value));
    return this;
  }

  offsetAs(value) {
    this.offset = Math.trunc(Number(value));
    return this;
  }

  whereSql() {
    return this.clauses.length > 0 ? ` WHERE ${this.clauses.join(' ')}` : '';
  }

  tailSql() {
    let sql = this.orders.length > 0 ? ` ORDER BY ${this.orders.join(', ')}` : '';
    if (this.limit !== null) {
      sql += ` LIMIT ${this.limit}`;
    }
    if (this.offset !== null) {
      sql += `${this.limit === null ? ' LIMIT -1' : ''} OFFSET ${this.offset}`;
    }
    return sql;
  }
}

module.exports = { RdbPredicates, checkField, IDENTIFIER };
