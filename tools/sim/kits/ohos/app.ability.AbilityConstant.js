'use strict';

// @ohos.app.ability.AbilityConstant: its default export is AbilityConstant of @kit.AbilityKit.
module.exports = require('../AbilityKit').AbilityConstant;
