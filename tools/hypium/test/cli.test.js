'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { test, after } = require('node:test');

const { runCli, removeProject } = require('./helpers');

const projects = [];

function run(name, args) {
  const result = runCli(name, args);
  projects.push(result.projectRoot);
  return result;
}

after(() => projects.forEach(removeProject));

test('passing suite exits 0', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Passing']);

  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(result.lastLine, '5 passed, 0 failed');
  assert.match(result.stdout, /PASS +Passing > addsNumbers/);
  assert.match(result.stdout, /PASS +Passing > asyncCallsDone/);
  assert.match(result.stdout, /PASS +Passing > seesConfiguredWorld/);
});

test('hypium log lines stay hidden', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Passing']);

  assert.doesNotMatch(result.stdout, /\[Hypium\]/);
  assert.doesNotMatch(result.stdout, /OHOS_REPORT/);
});

test('--verbose shows hypium log lines', () => {
  const result = run('basic', ['--module', 'widget', 'Selection#first', '--verbose']);

  assert.equal(result.status, 0);
  assert.match(result.stdout, /\[Hypium\]/);
  assert.equal(result.lastLine, '1 passed, 0 failed');
});

test('failing suite shows expected and actual', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Failing']);

  assert.equal(result.status, 1);
  assert.equal(result.lastLine, '0 passed, 3 failed');
  assert.match(result.stdout, /FAIL +Failing > wrongSum/);
  assert.match(result.stdout, /FAIL \[widget\] Failing > wrongSum\n {3}assertEqual failed\n {3}expected: 4\n {3}actual: {3}3/);
  assert.match(result.stdout, /expected: \[1,3\]\n {3}actual: {3}\[1,2\]/);
  assert.match(result.stdout, /expected: not 7\n {3}actual: {3}7/);
});

test('failure points at the assertion line', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Failing']);

  // Failing.test.ets line 7: expect(new Calc().add(1, 2)).assertEqual(4);
  assert.match(result.stdout, /wrongSum[\s\S]*?at widget\/src\/test\/Failing\.test\.ets:7:\d+/);
});

test('case that never calls done times out', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Hanging', '--timeout', '200']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /TIMEOUT +Hanging > neverCallsDone/);
  assert.match(result.stdout, /timed out after 200 ms/);
  assert.equal(result.lastLine, '0 passed, 1 failed');
});

test('thrown error is reported as error', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Throwing']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /ERROR +Throwing > divisionByZero/);
  assert.match(result.stdout, /RangeError: division by zero/);
  assert.equal(result.lastLine, '0 passed, 2 failed');
});

test('business error shows its code', () => {
  const result = run('basic', ['--module', 'widget', 'Throwing#rejectsWithBusinessError']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /ERROR +Throwing > rejectsWithBusinessError/);
  assert.match(result.stdout, /BusinessError: No network \(code 1002701001\)/);
});

test('suite that throws while registering', () => {
  const result = run('broken-suite', []);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /widget: cannot load the suites\n {3}TypeError: Cannot read properties of undefined/);
  assert.match(result.stdout, /at widget\/src\/test\/List\.test\.ets:7:\d+/);
  assert.equal(result.lastLine, '0 passed, 1 failed');
});

test('error stack points at .ets lines', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Throwing']);

  // Calc.ets line 12 contains the throw, and Throwing.test.ets line 7 the call.
  assert.match(result.stdout, /at widget\/src\/main\/ets\/Calc\.ets:12:\d+\n/);
  assert.match(result.stdout, /at widget\/src\/test\/Throwing\.test\.ets:7:\d+\n/);
});

test('missing kit names module and importer', () => {
  const result = run('missing-kit', []);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /Cannot load '@kit\.CameraKit' imported by entry\/src\/main\/ets\/Photo\.ets: the simulator has no implementation of this kit/);
  assert.equal(result.lastLine, '0 passed, 1 failed');
});

test('zero registered cases exits non-zero', () => {
  const result = run('empty', []);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /No test cases ran/);
});

test('selected module without List.test.ets', () => {
  const result = run('empty', ['--module', 'entry']);

  assert.equal(result.status, 2);
  assert.match(result.stderr, /No suites for module 'entry': entry\/src\/test\/List\.test\.ets not found/);
});

test('filter matching nothing exits non-zero', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'NoSuchSuite']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /No test cases ran/);
});

test('Suite#case runs only that case', () => {
  const result = run('basic', ['--module', 'widget', 'Selection#second']);

  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /PASS +Selection > second/);
  assert.doesNotMatch(result.stdout, /Selection > first/);
  assert.doesNotMatch(result.stdout, /Passing >/);
  assert.equal(result.lastLine, '1 passed, 0 failed');
});

test('Suite#case with spaces in the name', () => {
  const result = run('basic', ['--module', 'widget', 'Selection#third case with spaces']);

  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /PASS +Selection > third case with spaces/);
  assert.equal(result.lastLine, '1 passed, 0 failed');
});

test('beforeAll failure fails its cases once', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'HookFailure']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /ERROR +HookFailure > dependsOnSetup/);
  assert.match(result.stdout, /setup failed, error in beforeAll function/);
  assert.equal(result.lastLine, '0 passed, 1 failed');
});

test('error thrown in a timer fails the running case', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'LateThrow']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /ERROR +LateThrow > throwsFromTimer/);
  assert.match(result.stdout, /uncaught Error: thrown from a timer/);
  assert.match(result.stdout, /at widget\/src\/test\/Lifecycle\.test\.ets:17:\d+/);
});

test('process death is reported with the case', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Dying']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /exited with code 7 before hypium finished while Dying > exitsTheProcess was running/);
  assert.equal(result.lastLine, '0 passed, 1 failed');
});

test('hung process is stopped by the watchdog', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Spinning', '--max-run-time', '1500']);

  assert.equal(result.status, 1);
  assert.match(result.stdout, /widget: the test process ran longer than 1500 ms and was stopped while Spinning > loopsForever was running/);
  assert.equal(result.lastLine, '0 passed, 1 failed');
});

test('entry imports widget HAR', () => {
  const result = run('basic', ['--module', 'entry']);

  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /PASS +HarFromEntry > usesWidgetThroughOhPackage/);
  assert.equal(result.lastLine, '1 passed, 0 failed');
});

test('coverage maps to .ets lines', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Passing', '--coverage']);

  assert.equal(result.status, 0, result.stdout + result.stderr);
  const report = JSON.parse(fs.readFileSync(path.join(result.projectRoot, 'coverage', 'coverage.json'), 'utf8'));
  const calc = report['widget/src/main/ets/Calc.ets'];
  assert.ok(calc, `no entry for Calc.ets in ${Object.keys(report).join(', ')}`);

  // Calc.ets: line 7 `return a + b;` and 14 `return a / b;` ran, line 12
  // (the throw for b === 0) and line 18 (neverCalled) did not.
  assert.ok(calc.lines['7'] > 0, 'line 7 covered');
  assert.ok(calc.lines['14'] > 0, 'line 14 covered');
  assert.equal(calc.lines['12'], 0);
  assert.equal(calc.lines['18'], 0);
  // Line 4 declares a field with no initializer, so it emits no code.
  assert.equal(calc.lines['4'], undefined);
  assert.ok(fs.existsSync(path.join(result.projectRoot, 'coverage', 'summary.txt')));
  assert.match(result.stdout, /widget\/src\/main\/ets\/Calc\.ets {2}\(uncovered: [\d, -]*12[\d, -]*\)/);
});

test('coverage lists files no test loaded', () => {
  const result = run('basic', ['--module', 'widget', '--suite', 'Passing', '--coverage']);

  const report = JSON.parse(fs.readFileSync(path.join(result.projectRoot, 'coverage', 'coverage.json'), 'utf8'));
  assert.ok(report['widget/Index.ets'], 'Index.ets listed');
  assert.equal(report['widget/Index.ets'].covered, 0);
  assert.equal(Object.keys(report).some((file) => file.includes('/src/test/')), false);
});

test('bad option exits with usage', () => {
  const result = run('basic', ['--timeout', 'soon']);

  assert.equal(result.status, 2);
  assert.match(result.stderr, /Option --timeout must be a positive whole number of milliseconds, got 'soon'/);
});
