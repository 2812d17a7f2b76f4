'use strict';

// @ohos.app.ability.ConfigurationConstant: its default export is ConfigurationConstant of @kit.AbilityKit.
module.exports = require('../AbilityKit').ConfigurationConstant;
