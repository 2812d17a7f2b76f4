'use strict';

// Command-line options of `npm run test:hypium`, named after hvigor's test
// options, and their translation into hypium's `-s` parameters.

const MODULES = ['widget', 'entry'];

// hypium 1.0.13 rejects a `class` parameter that does not match this rule (configService.js).
const HYPIUM_CLASS_NAME = /^[A-Za-z][\w#,.]*$/;

const USAGE = `Usage: npm run test:hypium -- [options] [Suite#case]

Runs <module>/src/test/List.test.ets of the entry and widget modules with @ohos/hypium.

Options:
  --module <entry|widget>   run only this module's suites
  --suite <name>            run only the suite with this describe() name
  Suite#case                run only this case (hypium's class parameter)
  --timeout <ms>            per-case and per-hook timeout in milliseconds (hypium default 5000)
  --coverage                write line coverage of the .ets sources to coverage/
  --device-type <type>      simulated device type passed to the kits (default phone)
  --max-run-time <ms>       stop a module's test process after this many milliseconds (default 600000)
  --verbose                 also print hypium's own log lines
  --project <dir>           project root (default: this repository)
  --kits <dir>              simulator kits folder (default: <project>/tools/sim/kits)
  --cache-dir <dir>         transpile cache folder (default: <project>/.test/cache)
  -h, --help                print this help`;

class UsageError extends Error {}

function readValue(argv, index, name) {
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) {
    throw new UsageError(`Option ${name} needs a value`);
  }
  return value;
}

function readMilliseconds(argv, index, name) {
  const text = readValue(argv, index, name);
  if (!/^\d+$/.test(text) || Number(text) === 0) {
    throw new UsageError(`Option ${name} must be a positive whole number of milliseconds, got '${text}'`);
  }
  return Number(text);
}

/** Parses argv (without node and script) into runner options; throws UsageError on bad input. */
function parseArgs(argv) {
  const options = {
    modules: MODULES,
    suite: null,
    testCase: null,
    timeoutMs: null,
    coverage: false,
    deviceType: 'phone',
    maxRunTimeMs: 600000,
    verbose: false,
    projectRoot: null,
    kitsDir: null,
    cacheDir: null,
    help: false,
  };

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    switch (arg) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--module': {
        const name = readValue(argv, index++, arg);
        if (!MODULES.includes(name)) {
          throw new UsageError(`Unknown module '${name}': expected one of ${MODULES.join(', ')}`);
        }
        options.modules = [name];
        break;
      }
      case '--suite':
        options.suite = readValue(argv, index++, arg);
        break;
      case '--timeout':
        options.timeoutMs = readMilliseconds(argv, index++, arg);
        break;
      case '--max-run-time':
        options.maxRunTimeMs = readMilliseconds(argv, index++, arg);
        break;
      case '--coverage':
        options.coverage = true;
        break;
      case '--device-type':
        options.deviceType = readValue(argv, index++, arg);
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--project':
        options.projectRoot = readValue(argv, index++, arg);
        break;
      case '--kits':
        options.kitsDir = readValue(argv, index++, arg);
        break;
      case '--cache-dir':
        options.cacheDir = readValue(argv, index++, arg);
        break;
      default:
        if (arg.startsWith('-')) {
          throw new UsageError(`Unknown option '${arg}'`);
        }
        if (!/^[^#]+#[^#]+$/.test(arg) || options.testCase !== null) {
          throw new UsageError(`Unexpected argument '${arg}': name one case as Suite#case`);
        }
        options.testCase = arg;
    }
  }
  return options;
}

/** Builds hypium's abilityDelegatorArguments.parameters from the options. */
function hypiumParameters(options) {
  const parameters = {};
  if (options.timeoutMs !== null) {
    parameters['-s timeout'] = String(options.timeoutMs);
  }
  if (options.suite !== null) {
    parameters['-s suite'] = options.suite;
  }
  if (options.testCase !== null) {
    if (HYPIUM_CLASS_NAME.test(options.testCase)) {
      parameters['-s class'] = options.testCase;
    } else {
      // Names with spaces fail hypium's class rule; suite + itName select the same single case.
      const [suite, name] = options.testCase.split('#');
      parameters['-s suite'] = suite;
      parameters['-s itName'] = name;
    }
  }
  if (options.coverage) {
    parameters['-s coverage'] = 'true';
  }
  return parameters;
}

module.exports = { parseArgs, hypiumParameters, UsageError, USAGE, MODULES };
