'use strict';

// Application contexts with sandbox paths. The device layout under
// /data/storage/ is mirrored under world.sandboxDir, so both simulated
// processes of one app see the same files, as on a device.

const fs = require('node:fs');
const path = require('node:path');

const world = require('./world');
const { createResourceManager } = require('./resources');
const { BusinessError, parameterError } = require('./errors');

// Area values of contextConstant.AreaMode: the app's data lives in el2.
const AREA_EL2 = 1;

function sandboxPath(...parts) {
  const dir = path.join(world.current().sandboxDir, ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// HAP-level paths, as UIAbilityContext and ExtensionContext give them:
// /data/storage/el2/base/haps/<module>/files and /data/storage/el2/database/<module>.
class Context {
  constructor() {
    this.area = AREA_EL2;
    this.resourceManager = createResourceManager();
    this.applicationInfo = { name: world.current().bundleName };
    this.eventHub = null;
  }

  get filesDir() {
    return sandboxPath('el2', 'base', 'haps', world.current().moduleName, 'files');
  }

  get cacheDir() {
    return sandboxPath('el2', 'base', 'haps', world.current().moduleName, 'cache');
  }

  get tempDir() {
    return sandboxPath('el2', 'base', 'haps', world.current().moduleName, 'temp');
  }

  get preferencesDir() {
    return sandboxPath('el2', 'base', 'haps', world.current().moduleName, 'preferences');
  }

  get databaseDir() {
    return sandboxPath('el2', 'database', world.current().moduleName);
  }

  get bundleCodeDir() {
    return world.current().projectRoot;
  }

  getApplicationContext() {
    return new ApplicationContext();
  }
}

// App-level paths (app sandbox directory guide): /data/storage/el2/base/files
// and /data/storage/el2/database, shared by every HAP of the app.
class ApplicationContext extends Context {
  get filesDir() {
    return sandboxPath('el2', 'base', 'files');
  }

  get cacheDir() {
    return sandboxPath('el2', 'base', 'cache');
  }

  get tempDir() {
    return sandboxPath('el2', 'base', 'temp');
  }

  get preferencesDir() {
    return sandboxPath('el2', 'base', 'preferences');
  }

  get databaseDir() {
    return sandboxPath('el2', 'database');
  }

  getApplicationContext() {
    return this;
  }
}

class UIAbilityContext extends Context {
  constructor(abilityName) {
    super();
    this.abilityInfo = {
      bundleName: world.current().bundleName,
      moduleName: world.current().moduleName,
      name: abilityName,
      launchType: 0,
    };
    this.currentHapModuleInfo = { name: world.current().moduleName };
  }

  // openLink(link, options?): Promise<void>. Rejects with 16000019 when no
  // installed app handles the link (UIAbilityContext reference, API 12).
  async openLink(link) {
    world.count('context.openLink');
    if (typeof link !== 'string' || link.length === 0) {
      throw parameterError('The link must be a non-empty string.');
    }
    const state = world.current();
    if (!state.installedLinks.some((prefix) => link.startsWith(prefix))) {
      throw new BusinessError(16000019, `Can not match any component: no installed app handles '${link}'.`);
    }
    if (state.onOpenLink) {
      state.onOpenLink(link);
    }
  }

  async startAbility(want) {
    world.count('context.startAbility');
    if (!want || typeof want !== 'object') {
      throw parameterError('The want must be an object.');
    }
    const state = world.current();
    if (state.onStartAbility) {
      await state.onStartAbility(want);
    }
  }

  async terminateSelf() {
    world.count('context.terminateSelf');
    const state = world.current();
    if (state.onTerminateSelf) {
      await state.onTerminateSelf(this.abilityInfo.name);
    }
  }
}

class FormExtensionContext extends Context {
  constructor() {
    super();
    this.extensionAbilityInfo = { bundleName: world.current().bundleName, name: 'EntryFormAbility', type: 0 };
  }
}

function createUIAbilityContext(abilityName) {
  return new UIAbilityContext(abilityName);
}

function createFormExtensionContext() {
  return new FormExtensionContext();
}

module.exports = { Context, ApplicationContext, UIAbilityContext, FormExtensionContext, createUIAbilityContext, createFormExtensionContext };
