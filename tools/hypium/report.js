'use strict';

// Parses the report text that @ohos/hypium 1.0.13 (src/main/module/report/OhReport.js)
// prints through the ability delegator, one message per print call. On a device
// the same lines reach `hdc shell aa test` as OHOS_REPORT_* records.

const STATUS_LINE = /^OHOS_REPORT_STATUS: (\w+)=(.*)$/;
const CODE_LINE = /^OHOS_REPORT_STATUS_CODE: (-?\d+)$/m;
const RESULT_LINE = /OHOS_REPORT_RESULT: stream=Tests run: (\d+), Failure: (\d+), Error: (\d+), Pass: (\d+), Ignore: (\d+)/;

// OHOS_REPORT_STATUS_CODE values of a finished case.
const CASE_STATUS_BY_CODE = { 0: 'pass', '-1': 'error', '-2': 'fail' };

function statusFields(text) {
  const fields = {};
  for (const line of text.split('\n')) {
    const match = STATUS_LINE.exec(line);
    if (match && !(match[1] in fields)) {
      fields[match[1]] = match[2];
    }
  }
  return fields;
}

// The `stack=` field holds the failure message, which may span several lines;
// it ends where the `stream=` field starts.
function failureMessage(text) {
  const start = text.indexOf('OHOS_REPORT_STATUS: stack=');
  if (start === -1) {
    return '';
  }
  const from = start + 'OHOS_REPORT_STATUS: stack='.length;
  const end = text.indexOf('\nOHOS_REPORT_STATUS: stream=', from);
  return text.slice(from, end === -1 ? undefined : end);
}

/**
 * Parses one delegator message into an event:
 * { type: 'suiteStart', suite, caseCount } | { type: 'caseStart', suite, name }
 * | { type: 'caseDone', suite, name, status: 'pass'|'fail'|'error', message, durationMs }
 * | { type: 'suiteDone', suite, durationMs, hookError } | { type: 'taskDone', summary }
 * | { type: 'coverage' } | { type: 'other', text }.
 */
function parseReportMessage(text) {
  const result = RESULT_LINE.exec(text);
  if (result) {
    const [total, failure, error, pass, ignore] = result.slice(1).map(Number);
    return { type: 'taskDone', summary: { total, failure, error, pass, ignore } };
  }

  if (text.includes('OHOS_REPORT_COVERAGE_DATA:')) {
    return { type: 'coverage' };
  }

  const fields = statusFields(text);
  const sum = /OHOS_REPORT_SUM: (\d+)/.exec(text);
  if (sum) {
    return { type: 'suiteStart', suite: fields.class, caseCount: Number(sum[1]) };
  }

  const code = CODE_LINE.exec(text);
  if (code && code[1] === '1') {
    return { type: 'caseStart', suite: fields.class, name: fields.test };
  }
  if (code && code[1] in CASE_STATUS_BY_CODE) {
    return {
      type: 'caseDone',
      suite: fields.class,
      name: fields.test,
      status: CASE_STATUS_BY_CODE[code[1]],
      message: failureMessage(text),
      durationMs: Number(fields.consuming),
    };
  }

  if ('suiteconsuming' in fields) {
    // A failed beforeAll/afterAll adds one more status line after suiteconsuming.
    const hookLine = text.split('\n').find((line) => line.startsWith('OHOS_REPORT_STATUS: ') && !STATUS_LINE.test(line));
    return {
      type: 'suiteDone',
      suite: fields.class,
      durationMs: Number(fields.suiteconsuming),
      hookError: hookLine ? hookLine.slice('OHOS_REPORT_STATUS: '.length) : null,
    };
  }

  return { type: 'other', text };
}

module.exports = { parseReportMessage };
