'use strict';

// The host's side of one simulated app process (a worker thread running
// worker.js): request/reply over postMessage, the system calls the process
// makes (hostCall), and its death.

const path = require('node:path');
const { Worker } = require('node:worker_threads');

class ProcessHandle {
  constructor(options, handlers) {
    this.name = options.processName;
    this.handlers = handlers;
    this.pending = new Map();
    this.nextId = 1;
    this.alive = true;
    this.exitReason = null;
    this.lastSnapshot = null;
    this.inFlightHostCalls = 0;
    this.pendingHostCallsInWorker = 0;
    this.frozen = false;
    this.deferredMessages = [];
    // Time the process spent in its latest operation of each kind, in ms.
    this.durations = {};

    this.worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: options });
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });

    this.worker.on('message', (message) => this.onMessage(message));
    this.worker.on('error', (error) => this.onDeath(`crashed: ${error && error.message ? error.message : String(error)}`));
    this.worker.on('exit', (code) => this.onDeath(this.exitReason || `exited with code ${code}`));
  }

  onMessage(message) {
    switch (message.type) {
      case 'ready':
        this.loadMs = message.loadMs;
        this.resolveReady();
        break;
      case 'reply': {
        const request = this.pending.get(message.id);
        this.pending.delete(message.id);
        this.lastSnapshot = message.snapshot;
        this.pendingHostCallsInWorker = message.pendingHostCalls;
        if (message.snapshot && this.handlers.onSnapshot) {
          this.handlers.onSnapshot(message.snapshot);
        }
        if (request && message.durationMs !== undefined) {
          this.durations[request.op] = message.durationMs;
        }
        if (request) {
          if (message.error) {
            const error = new Error(message.error.message);
            error.code = message.error.code;
            error.workerStack = message.error.stack;
            request.reject(error);
          } else {
            request.resolve(message.result);
          }
        }
        break;
      }
      case 'hostCall':
        this.answerHostCall(message);
        break;
      case 'log':
        this.handlers.onLog(message.entry);
        break;
      case 'event':
        this.handlers.onEvent(message.name, message.detail);
        break;
      default:
        break;
    }
  }

  async answerHostCall(message) {
    this.inFlightHostCalls++;
    try {
      const result = await this.handlers.onHostCall(message.op, message.args);
      this.send({ type: 'hostReply', id: message.id, result });
    } catch (error) {
      this.send({ type: 'hostReply', id: message.id, error: { code: error.code, message: error.message } });
    } finally {
      this.inFlightHostCalls--;
    }
  }

  // Replies to a suspended process wait until it resumes.
  send(message) {
    if (!this.alive) {
      return;
    }
    if (this.frozen) {
      this.deferredMessages.push(message);
      return;
    }
    this.worker.postMessage(message);
  }

  freeze() {
    this.frozen = true;
  }

  thaw() {
    this.frozen = false;
    const deferred = this.deferredMessages.splice(0);
    deferred.forEach((message) => this.send(message));
  }

  // Sends one operation to the process and resolves with its result. A dead
  // process rejects with code 'PROCESS_DEAD'.
  request(op, ...args) {
    if (!this.alive) {
      const error = new Error(`The ${this.name} process is not running (${this.exitReason}).`);
      error.code = 'PROCESS_DEAD';
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { op, resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  onDeath(reason) {
    if (!this.alive) {
      return;
    }
    this.alive = false;
    this.exitReason = reason;
    this.rejectReady(new Error(`The ${this.name} process ${reason}.`));
    for (const request of this.pending.values()) {
      const error = new Error(`The ${this.name} process ${reason}.`);
      error.code = 'PROCESS_DEAD';
      request.reject(error);
    }
    this.pending.clear();
    if (this.handlers.onExit) {
      this.handlers.onExit(reason);
    }
  }

  async kill(reason) {
    if (!this.alive) {
      return;
    }
    this.exitReason = reason;
    this.onDeath(reason);
    await this.worker.terminate();
  }

  isBusy() {
    return this.pending.size > 0 || this.inFlightHostCalls > 0 || this.pendingHostCallsInWorker > 0;
  }
}

module.exports = { ProcessHandle };
