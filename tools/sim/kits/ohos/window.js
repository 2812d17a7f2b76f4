'use strict';

// @ohos.window: its default export is window of @kit.ArkUI.
module.exports = require('../ArkUI').window;
