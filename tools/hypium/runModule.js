'use strict';

// Starts child.js for one module and collects what it reports, including the
// cases where the process dies or hangs before hypium finishes.

const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHILD = path.join(__dirname, 'child.js');

/**
 * Runs one module's List.test.ets in a fresh Node process. Resolves with
 * { records, summary, problems, coverage } where `problems` lists failures
 * that belong to no single case (load errors, hook errors, process death).
 */
function runModule({ module, listFile, projectRoot, kitsDir, cacheDir, parameters, coverage, deviceType, verbose, maxRunTimeMs }) {
  return new Promise((resolve) => {
    const result = { module, records: [], summary: null, registeredCases: null, problems: [], coverage: null };
    let finished = false;
    let timedOut = false;

    // The parent owns the run folder, so it is removed even after a SIGKILL.
    // It contains the app sandbox and the file where the child writes the
    // running case synchronously, because IPC messages never leave a process
    // that hangs in a loop or dies at once.
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `hypium-${module}-`));
    const sandboxDir = path.join(runDir, 'sandbox');
    const statusFile = path.join(runDir, 'running-case');
    fs.mkdirSync(sandboxDir);

    const childOptions = { module, listFile, projectRoot, kitsDir, cacheDir, parameters, coverage, deviceType, verbose, sandboxDir, statusFile };
    const child = fork(CHILD, [JSON.stringify(childOptions)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [],
    });

    const watchdog = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, maxRunTimeMs);

    child.on('message', (message) => {
      switch (message.type) {
        case 'case':
          result.records.push(message.record);
          break;
        case 'hookError':
          // A failed beforeAll already failed every case of the suite with the
          // same message; only an afterAll failure needs its own entry.
          if (!result.records.some((record) => record.suite === message.suite && record.message.includes(message.message))) {
            result.problems.push({ title: `${module}: a hook of suite '${message.suite}' failed`, message: message.message, frames: [] });
          }
          break;
        case 'loadError':
          finished = true;
          result.problems.push({ title: `${module}: cannot load the suites`, message: message.message, frames: message.frames });
          break;
        case 'done':
          finished = true;
          result.summary = message.summary;
          result.coverage = message.coverage;
          result.registeredCases = message.registeredCases;
          if (message.registeredCases === 0) {
            // Reported once by cli.js; hypium's own crash on an empty run is noise then.
            break;
          }
          if (message.summary === null) {
            result.problems.push({ title: `${module}: hypium stopped without running the suites`, message: message.finishMessage.trim(), frames: [] });
          }
          for (const error of message.uncaught) {
            result.problems.push({ title: `${module}: uncaught error outside any case`, message: error.message, frames: error.frames });
          }
          break;
        default:
          break;
      }
    });

    // 'close' rather than 'exit': it comes after the last IPC message has been read.
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (!finished) {
        const running = fs.existsSync(statusFile) ? fs.readFileSync(statusFile, 'utf8') : '';
        const during = running ? ` while ${running} was running` : '';
        if (timedOut) {
          result.problems.push({ title: `${module}: the test process ran longer than ${maxRunTimeMs} ms and was stopped${during}`, frames: [] });
        } else {
          const exitDescription = signal ? `was killed by ${signal}` : `exited with code ${code}`;
          result.problems.push({ title: `${module}: the test process ${exitDescription} before hypium finished${during}`, frames: [] });
        }
      }
      fs.rmSync(runDir, { recursive: true, force: true });
      resolve(result);
    });
  });
}

module.exports = { runModule };
