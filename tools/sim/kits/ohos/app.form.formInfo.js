'use strict';

// @ohos.app.form.formInfo: its default export is formInfo of @kit.FormKit.
module.exports = require('../FormKit').formInfo;
