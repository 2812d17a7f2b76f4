'use strict';

// @ohos.app.form.formBindingData: its default export is formBindingData of @kit.FormKit.
module.exports = require('../FormKit').formBindingData;
