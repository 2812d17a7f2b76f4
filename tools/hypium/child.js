'use strict';

// Runs the hypium suites of one module (entry or widget) in this process and
// reports each case and the totals to the parent (cli.js) over IPC. One
// process per module, because hypium's Core is a process-wide singleton that
// cannot be reset between modules.

const fs = require('node:fs');
const path = require('node:path');

const coverage = require('./coverage');
const { DelegatorStandIn } = require('./delegator');
const { parseReportMessage } = require('./report');
const { describeAssertion } = require('./assertion');
const { formatCaseLine, TIMEOUT_MESSAGE } = require('./format');
const { installConsoleFilter } = require('./consoleFilter');
const { sourceFrames } = require('./frames');

const BUNDLE_NAME = 'com.example.healthsync';

const options = JSON.parse(process.argv[2]);

function send(message) {
  return new Promise((resolve) => {
    if (typeof process.send !== 'function') {
      resolve();
      return;
    }
    process.send(message, () => resolve());
  });
}

async function exitWith(message, code) {
  await send(message);
  process.exit(code);
}

function configureWorld(sandboxDir) {
  // The simulated kits keep per-process state (sandbox files, device type) in
  // world.js. It may not exist yet; the suites then run without it.
  const worldFile = path.join(options.kitsDir, 'world.js');
  if (!fs.existsSync(worldFile)) {
    return false;
  }
  require(worldFile).configure({
    sandboxDir,
    projectRoot: options.projectRoot,
    bundleName: BUNDLE_NAME,
    processName: 'test',
    deviceType: options.deviceType,
  });
  return true;
}

// Errors thrown outside hypium's reach (timer callbacks, unhandled rejections)
// are charged to the case that is running when they surface.
function trackUncaughtErrors(currentSpec) {
  const bySpec = new Map();
  const outsideCases = [];
  const record = (error) => {
    const spec = currentSpec();
    const entry = error instanceof Error ? error : new Error(String(error));
    if (spec) {
      bySpec.set(spec, (bySpec.get(spec) || []).concat(entry));
    } else {
      outsideCases.push(entry);
    }
  };
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  return {
    take(spec) {
      const errors = bySpec.get(spec) || [];
      bySpec.delete(spec);
      return errors;
    },
    outsideCases,
  };
}

function caseRecord(event, spec, uncaught, loader) {
  const failure = spec ? spec.fail || spec.error : null;
  let status = event.status;
  let message = event.message;

  if (status === 'error' && TIMEOUT_MESSAGE.test(message)) {
    status = 'timeout';
  } else if (status === 'error' && failure && failure.name && !message.startsWith(`${failure.name}:`)) {
    // hypium reports only error.message, so add the error class (TypeError, BusinessError...).
    message = `${failure.name}: ${message}`;
  }
  if (status === 'error' && failure && failure.code !== undefined) {
    // A BusinessError from a kit carries its platform error code here.
    message = `${message} (code ${failure.code})`;
  }
  if (uncaught.length > 0) {
    const extra = uncaught.map((error) => `uncaught ${error.name}: ${error.message}`).join('\n');
    message = message ? `${message}\n${extra}` : extra;
    if (status === 'pass') {
      status = 'error';
    }
  }

  const stackSource = failure || uncaught[0];
  return {
    module: options.module,
    suite: event.suite,
    name: event.name,
    status,
    message,
    assertion: status === 'fail' ? describeAssertion(event.message) : null,
    frames: stackSource ? sourceFrames(stackSource.stack, options.projectRoot, loader.displayPath) : [],
    durationMs: event.durationMs,
  };
}

async function main() {
  if (options.coverage) {
    coverage.start();
  }

  const loader = require('../runtime/loader').install({
    projectRoot: options.projectRoot,
    kitsDir: options.kitsDir,
    cacheDir: options.cacheDir,
  });

  const hypium = require('@ohos/hypium');
  installConsoleFilter({ hiddenDir: path.dirname(require.resolve('@ohos/hypium')), showHidden: options.verbose });

  const specService = () => hypium.Core.getInstance().getDefaultService('spec');
  const currentSpec = () => {
    const service = specService();
    return service ? service.currentRunningSpec : null;
  };
  const uncaught = trackUncaughtErrors(currentSpec);

  let testsuite;
  try {
    configureWorld(options.sandboxDir);
    const listModule = require(options.listFile);
    testsuite = listModule.default;
    if (typeof testsuite !== 'function') {
      throw new Error(`${loader.displayPath(options.listFile)} has no default export function that registers the suites`);
    }
  } catch (error) {
    await exitWith({ type: 'loadError', message: error.message, frames: sourceFrames(error.stack, options.projectRoot, loader.displayPath) }, 1);
    return;
  }

  let summary = null;
  const delegator = new DelegatorStandIn({
    onPrint(text) {
      const event = parseReportMessage(text);
      if (event.type === 'caseStart') {
        fs.writeFileSync(options.statusFile, `${event.suite} > ${event.name}`);
      } else if (event.type === 'caseDone') {
        const spec = currentSpec();
        const record = caseRecord(event, spec, spec ? uncaught.take(spec) : [], loader);
        process.stdout.write(`${formatCaseLine(record)}\n`);
        send({ type: 'case', record });
      } else if (event.type === 'suiteDone' && event.hookError) {
        send({ type: 'hookError', suite: event.suite, message: event.hookError });
      } else if (event.type === 'taskDone') {
        summary = event.summary;
      }
    },
    onFinish(message) {
      finish(message);
    },
  });

  // hypium 1.0.13 crashes in a timer when no case is registered, because its
  // synchronous path iterates suites with for...in. finishTest then never
  // comes, so the run is reported when the event loop drains.
  let finishing = false;
  process.on('beforeExit', () => {
    if (!finishing) {
      finish('hypium stopped without calling finishTest');
    }
  });

  async function finish(message) {
    finishing = true;
    const service = specService();
    const registeredCases = service ? service.getTestTotal() : 0;
    const lines = options.coverage ? coverage.collect({ projectRoot: options.projectRoot, displayPath: loader.displayPath }) : null;
    const outside = uncaught.outsideCases.map((error) => ({
      message: `${error.name}: ${error.message}`,
      frames: sourceFrames(error.stack, options.projectRoot, loader.displayPath),
    }));
    // Without a summary, hypium stopped before running anything, for example
    // because it rejected a parameter ("this param class:x y is invalid").
    await exitWith({ type: 'done', summary, registeredCases, finishMessage: message, uncaught: outside, coverage: lines }, 0);
  }

  try {
    hypium.Hypium.hypiumTest(delegator, { bundleName: BUNDLE_NAME, parameters: options.parameters }, testsuite);
  } catch (error) {
    // describe() bodies run inside hypiumTest, so a suite that fails while registering lands here.
    await exitWith({ type: 'loadError', message: `${error.name}: ${error.message}`, frames: sourceFrames(error.stack, options.projectRoot, loader.displayPath) }, 1);
  }
}

main().catch((error) => exitWith({ type: 'loadError', message: error.stack || String(error), frames: [] }, 1));
