'use strict';

// @ohos.file.fs: its default export is fileIo of @kit.CoreFileKit.
module.exports = require('../CoreFileKit').fileIo;
