'use strict';

// @ohos.i18n: its default export is i18n of @kit.LocalizationKit.
module.exports = require('../LocalizationKit').i18n;
