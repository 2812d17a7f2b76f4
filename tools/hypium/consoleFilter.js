'use strict';

// hypium logs every step with console.info/log ("[Hypium]...", the
// OHOS_REPORT_* text again, "a is:..." from assertDeepEquals). On a device
// those lines go to hilog. Here they would bury the results, so console calls
// made from hypium's own files are dropped unless --verbose is set.

const METHODS = ['log', 'info', 'debug', 'warn', 'error'];

function callerFile(wrapper) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_, callSites) => callSites;
  Error.stackTraceLimit = 1;
  const holder = {};
  Error.captureStackTrace(holder, wrapper);
  const callSites = holder.stack;
  Error.prepareStackTrace = savedPrepare;
  Error.stackTraceLimit = savedLimit;
  return Array.isArray(callSites) && callSites.length > 0 ? callSites[0].getFileName() || '' : '';
}

function installConsoleFilter({ hiddenDir, showHidden }) {
  if (showHidden) {
    return;
  }
  for (const method of METHODS) {
    const original = console[method].bind(console);
    const wrapper = (...args) => {
      if (callerFile(wrapper).startsWith(hiddenDir)) {
        return;
      }
      original(...args);
    };
    console[method] = wrapper;
  }
}

module.exports = { installConsoleFilter };
