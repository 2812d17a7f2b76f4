'use strict';

// @kit.ArkUI: the window stage that onWindowStageCreate receives. The
// simulator renders no pages, so loadContent records the page and succeeds.

const world = require('./world');

class WindowStage {
  constructor() {
    this.loadedPage = null;
  }

  loadContent(page, storageOrCallback, callback) {
    world.count('windowStage.loadContent');
    this.loadedPage = page;
    const done = typeof storageOrCallback === 'function' ? storageOrCallback : callback;
    if (done) {
      done(undefined);
      return undefined;
    }
    return Promise.resolve();
  }

  async getMainWindow() {
    return { setWindowLayoutFullScreen: async () => {}, setWindowSystemBarProperties: async () => {} };
  }

  getMainWindowSync() {
    return { setWindowLayoutFullScreen: async () => {}, setWindowSystemBarProperties: async () => {} };
  }
}

const window = { WindowStage };

module.exports = { window, WindowStage };
