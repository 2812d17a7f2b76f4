'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { parseReportMessage } = require('../report');
const { describeAssertion } = require('../assertion');
const { parseArgs, hypiumParameters } = require('../args');
const { lineRanges } = require('../coverageReport');

// Messages as hypium 1.0.13 OhReport.specDone builds them.
const FAILED_CASE = [
  '',
  'OHOS_REPORT_STATUS: class=CardLabels',
  'OHOS_REPORT_STATUS: current=2',
  'OHOS_REPORT_STATUS: id=JS',
  'OHOS_REPORT_STATUS: numtests=4',
  'OHOS_REPORT_STATUS: stack=expect Today 09:12 equals Yesterday 09:12',
  'OHOS_REPORT_STATUS: stream=',
  'Error in labelsYesterday',
  'expect Today 09:12 equals Yesterday 09:12',
  'OHOS_REPORT_STATUS: test=labelsYesterday',
  'OHOS_REPORT_STATUS_CODE: -2',
  'OHOS_REPORT_STATUS: consuming=3',
  '',
].join('\n');

test('failed case message parses', () => {
  const event = parseReportMessage(FAILED_CASE);

  assert.equal(event.type, 'caseDone');
  assert.equal(event.suite, 'CardLabels');
  assert.equal(event.name, 'labelsYesterday');
  assert.equal(event.status, 'fail');
  assert.equal(event.message, 'expect Today 09:12 equals Yesterday 09:12');
});

test('multi-line error message is kept whole', () => {
  const text = FAILED_CASE.replace('stack=expect Today 09:12 equals Yesterday 09:12', 'stack=first line\nsecond line').replace('CODE: -2', 'CODE: -1');

  const event = parseReportMessage(text);

  assert.equal(event.status, 'error');
  assert.equal(event.message, 'first line\nsecond line');
});

test('task summary parses', () => {
  const text = '\nOHOS_REPORT_RESULT: stream=Tests run: 9, Failure: 2, Error: 1, Pass: 5, Ignore: 1\nOHOS_REPORT_CODE: -1\nOHOS_REPORT_STATUS: taskconsuming=40\n';

  assert.deepEqual(parseReportMessage(text), { type: 'taskDone', summary: { total: 9, failure: 2, error: 1, pass: 5, ignore: 1 } });
});

test('suite start and case start parse', () => {
  assert.deepEqual(parseReportMessage('\nOHOS_REPORT_SUM: 4\nOHOS_REPORT_STATUS: class=CardLabels\n'), { type: 'suiteStart', suite: 'CardLabels', caseCount: 4 });
  const start = parseReportMessage('\nOHOS_REPORT_STATUS: class=A\nOHOS_REPORT_STATUS: current=1\nOHOS_REPORT_STATUS: test=b\nOHOS_REPORT_STATUS_CODE: 1\n');
  assert.deepEqual(start, { type: 'caseStart', suite: 'A', name: 'b' });
});

test('assertion messages give expected and actual', () => {
  const cases = [
    ['expect 3 equals 4', { matcher: 'assertEqual', expected: '4', actual: '3' }],
    ['[1,2] is not deep equal [1,3]', { matcher: 'assertDeepEquals', expected: '[1,3]', actual: '[1,2]' }],
    ['expect true, actualValue is false', { matcher: 'assertTrue', expected: 'true', actual: 'false' }],
    ['expect null, actualValue is 0', { matcher: 'assertNull', expected: 'null', actual: '0' }],
    ['expect false, abc do not have  z', { matcher: 'assertContain', expected: 'contains z', actual: 'abc' }],
    ['2 is not larger than 5', { matcher: 'assertLarger', expected: '> 5', actual: '2' }],
    ['|1 - 2|/1 is not less than 0.1', { matcher: 'assertClose', expected: '2 within relative precision 0.1', actual: '1' }],
    ['expected throw failed , boom is not bang', { matcher: 'assertThrowError', expected: 'throws bang', actual: 'boom' }],
    ['expect 7 equals 7', { matcher: 'assertEqual', expected: 'not 7', actual: '7' }],
  ];
  for (const [message, expected] of cases) {
    assert.deepEqual(describeAssertion(message), expected, message);
  }
  assert.equal(describeAssertion('something else'), null);
});

test('case filter becomes hypium class', () => {
  assert.deepEqual(hypiumParameters(parseArgs(['CardLabels#today', '--timeout', '900'])), {
    '-s class': 'CardLabels#today',
    '-s timeout': '900',
  });
});

test('case name with spaces uses suite and itName', () => {
  assert.deepEqual(hypiumParameters(parseArgs(['Card Labels#shows today'])), {
    '-s suite': 'Card Labels',
    '-s itName': 'shows today',
  });
});

test('bad arguments are rejected', () => {
  assert.throws(() => parseArgs(['--module', 'feature']), /Unknown module 'feature'/);
  assert.throws(() => parseArgs(['--timeout', '0']), /positive whole number/);
  assert.throws(() => parseArgs(['--suite']), /needs a value/);
  assert.throws(() => parseArgs(['justAName']), /Suite#case/);
  assert.throws(() => parseArgs(['--frobnicate']), /Unknown option/);
});

test('uncovered lines compress to ranges', () => {
  assert.equal(lineRanges([3, 4, 5, 9, 11, 12]), '3-5, 9, 11-12');
  assert.equal(lineRanges([]), '');
});
