'use strict';

// @kit.FormKit: FormExtensionAbility, formBindingData, formInfo, formProvider
// and formError, with the behaviour the Form Kit reference documents for
// API 13 plus the API 18 watch dimensions.

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');
const { createFormExtensionContext } = require('./context');

// formInfo enums as declared in @ohos.app.form.formInfo (API 13). The watch
// sizes 2*3 = 8 and 3*3 = 9 arrived in API 18, after these declarations.
const formInfo = {
  FormParam: {
    IDENTITY_KEY: 'ohos.extra.param.key.form_identity',
    DIMENSION_KEY: 'ohos.extra.param.key.form_dimension',
    NAME_KEY: 'ohos.extra.param.key.form_name',
    MODULE_NAME_KEY: 'ohos.extra.param.key.module_name',
    WIDTH_KEY: 'ohos.extra.param.key.form_width',
    HEIGHT_KEY: 'ohos.extra.param.key.form_height',
    TEMPORARY_KEY: 'ohos.extra.param.key.form_temporary',
    BUNDLE_NAME_KEY: 'ohos.extra.param.key.bundle_name',
    ABILITY_NAME_KEY: 'ohos.extra.param.key.ability_name',
    LAUNCH_REASON_KEY: 'ohos.extra.param.key.form_launch_reason',
  },
  FormDimension: {
    Dimension_1_2: 1,
    Dimension_2_2: 2,
    Dimension_2_4: 3,
    Dimension_4_4: 4,
    Dimension_2_1: 5,
    DIMENSION_1_1: 6,
    DIMENSION_6_4: 7,
    DIMENSION_2_3: 8,
    DIMENSION_3_3: 9,
  },
  FormState: { UNKNOWN: -1, DEFAULT: 0, READY: 1 },
  FormShape: { RECT: 1, CIRCLE: 2 },
  LaunchReason: { FORM_DEFAULT: 1, FORM_SHARE: 2 },
  ColorMode: { MODE_AUTO: -1, MODE_DARK: 0, MODE_LIGHT: 1 },
};

// Dimension names as form_config.json writes them, keyed by FormDimension value.
const DIMENSION_NAMES = { 1: '1*2', 2: '2*2', 3: '2*4', 4: '4*4', 5: '2*1', 6: '1*1', 7: '6*4', 8: '2*3', 9: '3*3' };

const formError = {
  FormError: {
    ERR_COMMON: 1,
    ERR_PERMISSION_DENY: 2,
    ERR_GET_INFO_FAILED: 4,
    ERR_GET_BUNDLE_FAILED: 5,
    ERR_GET_LAYOUT_FAILED: 6,
    ERR_ADD_INVALID_PARAM: 7,
    ERR_CFG_NOT_MATCH_ID: 8,
    ERR_NOT_EXIST_ID: 9,
    ERR_BIND_PROVIDER_FAILED: 10,
    ERR_MAX_SYSTEM_FORMS: 11,
    ERR_MAX_INSTANCES_PER_FORM: 12,
    ERR_OPERATION_FORM_NOT_SELF: 13,
    ERR_PROVIDER_DEL_FAIL: 14,
    ERR_MAX_FORMS_PER_CLIENT: 15,
    ERR_MAX_SYSTEM_TEMP_FORMS: 16,
    ERR_FORM_NO_SUCH_MODULE: 17,
    ERR_FORM_NO_SUCH_ABILITY: 18,
    ERR_FORM_NO_SUCH_DIMENSION: 19,
    ERR_FORM_FA_NOT_INSTALLED: 20,
    ERR_SYSTEM_RESPONSES_FAILED: 30,
    ERR_FORM_DUPLICATE_ADDED: 31,
    ERR_IN_RECOVERY: 36,
  },
};

class FormBindingData {
  constructor(data) {
    this.data = data;
  }
}

// createFormBindingData(obj?: Object | string): a JSON string is parsed, as the
// reference allows both forms.
function createFormBindingData(obj) {
  if (obj === undefined || obj === null) {
    return new FormBindingData({});
  }
  if (typeof obj === 'string') {
    try {
      return new FormBindingData(JSON.parse(obj));
    } catch (error) {
      throw parameterError(`The binding data string is not valid JSON: ${error.message}`);
    }
  }
  if (typeof obj !== 'object') {
    throw parameterError('The binding data must be an object or a JSON string.');
  }
  return new FormBindingData({ ...obj });
}

const formBindingData = { createFormBindingData, FormBindingData };

// Flattens binding data to what a card page's @LocalStorageProp fields receive:
// every top-level value as a string. Undefined values are dropped, as JSON does.
function toCardData(data) {
  const cardData = {};
  for (const [key, value] of Object.entries(data || {})) {
    if (value === undefined || typeof value === 'function') {
      continue;
    }
    cardData[key] = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  }
  return cardData;
}

// A form id is a numeric string (formInfo.FormParam.IDENTITY_KEY).
function checkFormId(formId) {
  if (typeof formId !== 'string' || !/^[0-9]+$/.test(formId)) {
    throw parameterError(`Invalid formId '${String(formId)}': a form id is a numeric string.`);
  }
}

// The form table used when no host is attached (hypium unit tests). It
// contains only the forms that addLocalForm() registered.
const localForms = new Map();

function addLocalForm(formId) {
  localForms.set(formId, {});
}

function localFormHost() {
  return {
    async updateForm(formId, cardData) {
      if (!localForms.has(formId)) {
        throw new BusinessError(16501001, 'The ID of the form to be operated does not exist.');
      }
      localForms.set(formId, cardData);
    },
    async setFormNextRefreshTime(formId, minute) {
      if (!localForms.has(formId)) {
        throw new BusinessError(16501001, 'The ID of the form to be operated does not exist.');
      }
      checkNextRefreshMinute(minute);
    },
    cardData(formId) {
      return localForms.get(formId);
    },
  };
}

function formHost() {
  const state = world.current();
  if (!state.formHost) {
    state.formHost = localFormHost();
  }
  return state.formHost;
}

// updateForm replaces the card's whole data: keys missing from this push are
// gone from the card afterwards (PLATFORM.md, formProvider).
async function updateForm(formId, bindingData) {
  world.count('formProvider.updateForm');
  checkFormId(formId);
  if (!bindingData || typeof bindingData !== 'object' || !('data' in bindingData)) {
    throw parameterError('formBindingData must come from formBindingData.createFormBindingData().');
  }

  const data = typeof bindingData.data === 'string' ? JSON.parse(bindingData.data) : bindingData.data;
  await formHost().updateForm(formId, toCardData(data));
}

// Shortest delay that setFormNextRefreshTime accepts, in minutes (Form Kit guide).
const MIN_NEXT_REFRESH_MINUTES = 5;

// The Form Manager checks the delay after the form id and the daily quota, and
// its timer manager refuses less than 5 minutes as an internal error, 16501000
// (Form Manager Service source, openharmony/ability_form_fwk:
// FormMgrAdapter::SetNextRefreshTimeLocked and FormTimerMgr::SetNextRefreshTime).
function checkNextRefreshMinute(minute) {
  if (minute < MIN_NEXT_REFRESH_MINUTES) {
    throw new BusinessError(16501000, `An internal functional error occurred: the next refresh must be at least ${MIN_NEXT_REFRESH_MINUTES} minutes away, got ${minute}.`);
  }
}

// setFormNextRefreshTime(formId, minute): Promise<void>. The kit rejects a
// non-numeric id or a minute that is not a number with 401. It passes the
// minute on without its fraction, because the native binding converts it to
// an int32. The form host checks the rest (an unknown id, the quota, the delay).
async function setFormNextRefreshTime(formId, minute) {
  world.count('formProvider.setFormNextRefreshTime');
  checkFormId(formId);
  if (typeof minute !== 'number' || !Number.isFinite(minute)) {
    throw parameterError(`Invalid minute '${String(minute)}': the minute must be a number.`);
  }
  await formHost().setFormNextRefreshTime(formId, Math.trunc(minute));
}

const formProvider = { updateForm, setFormNextRefreshTime };

class FormExtensionAbility {
  constructor() {
    this.context = createFormExtensionContext();
  }

  onAddForm() {
    return createFormBindingData({});
  }

  onCastToNormalForm() {}

  onUpdateForm() {}

  onChangeFormVisibility() {}

  onFormEvent() {}

  onRemoveForm() {}

  onConfigurationUpdate() {}

  onAcquireFormState() {
    return formInfo.FormState.DEFAULT;
  }

  onStop() {}
}

module.exports = {
  FormExtensionAbility,
  formBindingData,
  formInfo,
  formProvider,
  formError,
  // Simulator helpers, not part of the kit.
  sim: { toCardData, addLocalForm, localForms, DIMENSION_NAMES, checkFormId, checkNextRefreshMinute },
};
