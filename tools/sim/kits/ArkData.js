'use strict';

// @kit.ArkData: only relationalStore is simulated.

const { relationalStore } = require('./relationalStore');

module.exports = { relationalStore };
