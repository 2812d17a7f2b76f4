'use strict';

// @kit.PerformanceAnalysisKit: hilog. Lines print as the device's hilog shows
// them ("I 05c01/Tag: message") and land in the process log buffer that the
// host and tests read through world.current().logs.
// Privacy follows the hilog reference: a %{public} argument shows, while a
// %{private} or bare %s/%d argument prints as <private>.

const world = require('./world');

const LogLevel = { DEBUG: 3, INFO: 4, WARN: 5, ERROR: 6, FATAL: 7 };
const LEVEL_LETTERS = { 3: 'D', 4: 'I', 5: 'W', 6: 'E', 7: 'F' };
const SPECIFIER = /%(\{(public|private)\})?([dsifo%])/g;
const MAX_DOMAIN = 0xffff;

function formatMessage(format, args) {
  let next = 0;
  return String(format).replace(SPECIFIER, (whole, _brace, privacy, conversion) => {
    if (conversion === '%') {
      return '%';
    }
    if (next >= args.length) {
      return whole;
    }
    const value = args[next++];
    if (privacy !== 'public') {
      return '<private>';
    }
    return convert(conversion, value);
  });
}

function convert(conversion, value) {
  switch (conversion) {
    case 'd':
    case 'i':
      return String(Math.trunc(Number(value)));
    case 'f':
      return String(Number(value));
    case 'o':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    default:
      return String(value);
  }
}

function isLoggable(domain, tag, level) {
  const minimum = world.isConfigured() ? (world.current().minLogLevel || LogLevel.DEBUG) : LogLevel.DEBUG;
  return level >= minimum;
}

function write(level, domain, tag, format, args) {
  if (!isLoggable(domain, tag, level)) {
    return;
  }

  // Out-of-range domains are dropped on a device: hilog accepts 0x0 to 0xFFFF.
  if (!Number.isInteger(domain) || domain < 0 || domain > MAX_DOMAIN) {
    return;
  }

  const domainText = domain.toString(16).padStart(5, '0');
  const message = formatMessage(format, args);
  const line = `${LEVEL_LETTERS[level]} ${domainText}/${tag}: ${message}`;

  if (!world.isConfigured()) {
    process.stdout.write(`${line}\n`);
    return;
  }

  const state = world.current();
  const entry = { level: LEVEL_LETTERS[level], domain, tag, message, line, timeMs: state.clock.now(), process: state.processName };
  state.logs.push(entry);
  if (state.onLog) {
    state.onLog(entry);
  }
}

const hilog = {
  LogLevel,
  isLoggable,
  debug: (domain, tag, format, ...args) => write(LogLevel.DEBUG, domain, tag, format, args),
  info: (domain, tag, format, ...args) => write(LogLevel.INFO, domain, tag, format, args),
  warn: (domain, tag, format, ...args) => write(LogLevel.WARN, domain, tag, format, args),
  error: (domain, tag, format, ...args) => write(LogLevel.ERROR, domain, tag, format, args),
  fatal: (domain, tag, format, ...args) => write(LogLevel.FATAL, domain, tag, format, args),
};

module.exports = { hilog, formatMessage };
