'use strict';

// @ohos.hilog: its default export is hilog of @kit.PerformanceAnalysisKit.
module.exports = require('../PerformanceAnalysisKit').hilog;
