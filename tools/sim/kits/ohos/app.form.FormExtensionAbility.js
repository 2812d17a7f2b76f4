'use strict';

// @ohos.app.form.FormExtensionAbility: its default export is FormExtensionAbility of @kit.FormKit.
module.exports = require('../FormKit').FormExtensionAbility;
