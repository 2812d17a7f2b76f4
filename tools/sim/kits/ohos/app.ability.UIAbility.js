'use strict';

// @ohos.app.ability.UIAbility: its default export is UIAbility of @kit.AbilityKit.
module.exports = require('../AbilityKit').UIAbility;
