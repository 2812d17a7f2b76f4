'use strict';

// @ohos.rpc: its default export is rpc of @kit.IPCKit.
module.exports = require('../IPCKit').rpc;
