'use strict';

// @ohos.intl: its default export is intl of @kit.LocalizationKit.
module.exports = require('../LocalizationKit').intl;
