'use strict';

// @ohos.data.relationalStore: its default export is relationalStore of @kit.ArkData.
module.exports = require('../ArkData').relationalStore;
