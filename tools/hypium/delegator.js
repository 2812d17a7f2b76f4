'use strict';

// A stand-in for the AbilityDelegator that `aa test` hands to hypium on a
// device. hypium 1.0.13 calls printSync (or print), finishTest and, only for
// SysTestKit.existKeyword, executeShellCommand.

class DelegatorStandIn {
  /**
   * onPrint(text) receives every report message; onFinish(message, code)
   * is called once when hypium finishes the run.
   */
  constructor({ onPrint, onFinish }) {
    this.onPrint = onPrint;
    this.onFinish = onFinish;
    this.finished = false;
  }

  printSync(message) {
    this.onPrint(String(message));
  }

  print(message, callback) {
    this.onPrint(String(message));
    if (typeof callback === 'function') {
      callback(undefined);
      return undefined;
    }
    return Promise.resolve();
  }

  finishTest(message, code, callback) {
    if (!this.finished) {
      this.finished = true;
      this.onFinish(String(message), code);
    }
    if (typeof callback === 'function') {
      callback(undefined);
      return undefined;
    }
    return Promise.resolve();
  }

  // The simulated device has no shell; hypium then reads an empty result as "keyword not found".
  executeShellCommand(command, timeout, callback) {
    const done = typeof timeout === 'function' ? timeout : callback;
    const result = { stdResult: '', exitCode: -1 };
    if (typeof done === 'function') {
      done(undefined, result);
      return undefined;
    }
    return Promise.resolve(result);
  }
}

module.exports = { DelegatorStandIn };
