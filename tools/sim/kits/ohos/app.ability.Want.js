'use strict';

// @ohos.app.ability.Want: its default export is Want of @kit.AbilityKit.
module.exports = require('../AbilityKit').Want;
