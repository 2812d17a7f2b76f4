'use strict';

// Text output of the runner: one line per case while running, then the
// details of every failed case.

const TIMEOUT_MESSAGE = /^execute timeout (\d+)ms/;

const LABELS = { pass: 'PASS', fail: 'FAIL', error: 'ERROR', timeout: 'TIMEOUT' };

function caseTitle(record) {
  return `${record.suite} > ${record.name}`;
}

function formatCaseLine(record) {
  return `  ${LABELS[record.status].padEnd(7)} ${caseTitle(record)}`;
}

function formatFailure(record, index) {
  const lines = [`${index}) ${LABELS[record.status]} [${record.module}] ${caseTitle(record)}`];

  if (record.assertion) {
    lines.push(`   ${record.assertion.matcher} failed`);
    lines.push(`   expected: ${record.assertion.expected}`);
    lines.push(`   actual:   ${record.assertion.actual}`);
  } else if (record.status === 'timeout') {
    const match = TIMEOUT_MESSAGE.exec(record.message);
    lines.push(`   timed out after ${match ? match[1] : '?'} ms: an async case must call done() or settle its promise`);
  } else {
    for (const line of String(record.message || '').split('\n')) {
      lines.push(`   ${line}`);
    }
  }
  if (record.assertion) {
    lines.push(`   message:  ${record.message}`);
  }

  for (const frame of record.frames || []) {
    lines.push(`   at ${frame}`);
  }
  return lines.join('\n');
}

/** Formats the closing line: `N passed, N failed`, plus `, N skipped` when any case was skipped. */
function formatTotals({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

module.exports = { formatCaseLine, formatFailure, formatTotals, TIMEOUT_MESSAGE };
