'use strict';

// @ohos.app.ability.common: its default export is common of @kit.AbilityKit.
module.exports = require('../AbilityKit').common;
