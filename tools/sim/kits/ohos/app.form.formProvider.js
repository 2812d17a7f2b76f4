'use strict';

// @ohos.app.form.formProvider: its default export is formProvider of @kit.FormKit.
module.exports = require('../FormKit').formProvider;
