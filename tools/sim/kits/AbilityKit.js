'use strict';

// @kit.AbilityKit: UIAbility with its callee, Want, AbilityConstant, common
// contexts, bundleManager.canOpenLink and ConfigurationConstant. Enum values
// and error codes are those of the API 13 declarations.

const fs = require('node:fs');
const path = require('node:path');

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');
const { Context, ApplicationContext, UIAbilityContext, FormExtensionContext, createUIAbilityContext } = require('./context');

const AbilityConstant = {
  LaunchReason: {
    UNKNOWN: 0, START_ABILITY: 1, CALL: 2, CONTINUATION: 3, APP_RECOVERY: 4, SHARE: 5,
    AUTO_STARTUP: 8, INSIGHT_INTENT: 9, PREPARE_CONTINUATION: 10,
  },
  LastExitReason: {
    UNKNOWN: 0, ABILITY_NOT_RESPONDING: 1, NORMAL: 2, CPP_CRASH: 3, JS_ERROR: 4, APP_FREEZE: 5,
    PERFORMANCE_CONTROL: 6, RESOURCE_CONTROL: 7, UPGRADE: 8,
  },
  OnContinueResult: { AGREE: 0, REJECT: 1, MISMATCH: 2 },
  MemoryLevel: { MEMORY_LEVEL_MODERATE: 0, MEMORY_LEVEL_LOW: 1, MEMORY_LEVEL_CRITICAL: 2 },
  StateType: { READY: 0 },
};

const ConfigurationConstant = {
  ColorMode: { COLOR_MODE_NOT_SET: -1, COLOR_MODE_DARK: 0, COLOR_MODE_LIGHT: 1 },
  Direction: { DIRECTION_NOT_SET: -1, DIRECTION_VERTICAL: 0, DIRECTION_HORIZONTAL: 1 },
  ScreenDensity: {
    SCREEN_DENSITY_NOT_SET: 0, SCREEN_DENSITY_SDPI: 120, SCREEN_DENSITY_MDPI: 160, SCREEN_DENSITY_LDPI: 240,
    SCREEN_DENSITY_XLDPI: 320, SCREEN_DENSITY_XXLDPI: 480, SCREEN_DENSITY_XXXLDPI: 640,
  },
};

class Want {
  constructor(fields = {}) {
    Object.assign(this, fields);
  }
}

// The callee of a UIAbility. The Form Manager calls invoke() when a card
// sends a 'call' action; the method's callback runs synchronously and its
// return value is ignored.
class Callee {
  constructor() {
    this.methods = new Map();
  }

  on(method, callback) {
    world.count('callee.on');
    if (typeof method !== 'string' || typeof callback !== 'function') {
      throw parameterError('callee.on needs a method name (string) and a callback (function).');
    }
    if (this.methods.has(method)) {
      throw new BusinessError(16200004, `Method registered: '${method}' is already registered on this callee.`);
    }
    this.methods.set(method, callback);
  }

  off(method) {
    world.count('callee.off');
    if (typeof method !== 'string') {
      throw parameterError('callee.off needs a method name (string).');
    }
    if (!this.methods.has(method)) {
      throw new BusinessError(16200005, `Method not registered: '${method}' is not registered on this callee.`);
    }
    this.methods.delete(method);
  }

  has(method) {
    return this.methods.has(method);
  }

  invoke(method, messageSequence) {
    const callback = this.methods.get(method);
    if (!callback) {
      throw new BusinessError(16200005, `Method not registered: '${method}'.`);
    }
    return callback(messageSequence);
  }
}

class UIAbility {
  constructor() {
    this.context = createUIAbilityContext(this.constructor.name);
    this.launchWant = new Want();
    this.lastRequestWant = new Want();
    this.callee = new Callee();
  }

  onCreate() {}

  onWindowStageCreate() {}

  onWindowStageDestroy() {}

  onForeground() {}

  onBackground() {}

  onNewWant() {}

  onDestroy() {}

  onConfigurationUpdate() {}

  onMemoryLevel() {}
}

// querySchemes of the entry module, read once from module.json5 unless the
// world sets them.
let cachedQuerySchemes = null;

function querySchemes() {
  const state = world.current();
  if (state.querySchemes) {
    return state.querySchemes;
  }
  if (!cachedQuerySchemes) {
    const file = path.join(state.projectRoot, 'entry/src/main/module.json5');
    const config = fs.existsSync(file) ? require('json5').parse(fs.readFileSync(file, 'utf8')) : {};
    cachedQuerySchemes = (config.module && config.module.querySchemes) || [];
  }
  return cachedQuerySchemes;
}

// canOpenLink(link): boolean. The scheme must be listed in querySchemes, or the
// call throws 17700056; a string that is no link throws 17700055.
function canOpenLink(link) {
  world.count('bundleManager.canOpenLink');
  if (typeof link !== 'string') {
    throw parameterError('The link must be a string.');
  }
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/./.exec(link);
  if (!match) {
    throw new BusinessError(17700055, `The specified link is invalid: '${link}'.`);
  }
  if (!querySchemes().includes(match[1])) {
    throw new BusinessError(17700056, `The scheme of the specified link is not in the querySchemes: '${match[1]}'.`);
  }
  return world.current().installedLinks.some((prefix) => link.startsWith(prefix));
}

const bundleManager = {
  BundleFlag: {
    GET_BUNDLE_INFO_DEFAULT: 0x00000000,
    GET_BUNDLE_INFO_WITH_APPLICATION: 0x00000001,
    GET_BUNDLE_INFO_WITH_HAP_MODULE: 0x00000002,
    GET_BUNDLE_INFO_WITH_METADATA: 0x00000020,
  },
  canOpenLink,
  getBundleInfoForSelfSync() {
    const state = world.current();
    const file = path.join(state.projectRoot, 'AppScope/app.json5');
    const app = fs.existsSync(file) ? require('json5').parse(fs.readFileSync(file, 'utf8')).app : {};
    return { name: state.bundleName, versionCode: app.versionCode || 0, versionName: app.versionName || '' };
  },
  async getBundleInfoForSelf(flags) {
    return bundleManager.getBundleInfoForSelfSync(flags);
  },
};

// `common` is a namespace of context types; the classes let `instanceof` work.
const common = { Context, ApplicationContext, UIAbilityContext, FormExtensionContext };

module.exports = { UIAbility, Callee, Want, AbilityConstant, ConfigurationConstant, common, bundleManager };
