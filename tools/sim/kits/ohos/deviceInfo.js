'use strict';

// @ohos.deviceInfo: its default export is deviceInfo of @kit.BasicServicesKit.
module.exports = require('../BasicServicesKit').deviceInfo;
