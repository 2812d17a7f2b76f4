'use strict';

// @ohos.bundle.bundleManager: its default export is bundleManager of @kit.AbilityKit.
module.exports = require('../AbilityKit').bundleManager;
