'use strict';

// ArkUI state stores that ArkTS code uses as globals: AppStorage (one per
// process, which is why it cannot carry state between the main process and
// the form process) and LocalStorage. Only the storage API is simulated; no
// UI is bound to them.

class PropertyStore {
  constructor(initial = {}) {
    this.values = new Map(Object.entries(initial));
  }

  setOrCreate(key, value) {
    this.values.set(key, value);
  }

  set(key, value) {
    if (!this.values.has(key)) {
      return false;
    }
    this.values.set(key, value);
    return true;
  }

  get(key) {
    return this.values.get(key);
  }

  has(key) {
    return this.values.has(key);
  }

  delete(key) {
    return this.values.delete(key);
  }

  keys() {
    return this.values.keys();
  }

  size() {
    return this.values.size;
  }

  clear() {
    this.values.clear();
    return true;
  }

  // A two-way binding to one key, like the object link() returns.
  link(key) {
    if (!this.values.has(key)) {
      return undefined;
    }
    return { get: () => this.values.get(key), set: (value) => this.values.set(key, value), info: () => key };
  }

  setAndLink(key, defaultValue) {
    if (!this.values.has(key)) {
      this.values.set(key, defaultValue);
    }
    return this.link(key);
  }

  prop(key) {
    return this.link(key);
  }

  setAndProp(key, defaultValue) {
    return this.setAndLink(key, defaultValue);
  }
}

class LocalStorage extends PropertyStore {}

// AppStorage is used through static calls: AppStorage.setOrCreate(...).
const appStorage = new PropertyStore();
const AppStorage = new Proxy({}, {
  get: (target, name) => {
    const member = appStorage[name];
    return typeof member === 'function' ? member.bind(appStorage) : member;
  },
});

function installArkUIGlobals(target = globalThis) {
  target.AppStorage = AppStorage;
  target.LocalStorage = LocalStorage;
}

module.exports = { installArkUIGlobals, AppStorage, LocalStorage };
