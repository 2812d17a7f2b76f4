'use strict';

// BusinessError as the kits throw it: an Error with a numeric `code`, the
// shape of `BusinessError` in @ohos.base (API 13 declarations).
class BusinessError extends Error {
  constructor(code, message, data) {
    super(message);
    this.name = 'BusinessError';
    this.code = code;
    if (data !== undefined) {
      this.data = data;
    }
  }
}

function businessError(code, message) {
  return new BusinessError(code, message);
}

// 401 with the wording the API reference uses for a bad argument.
function parameterError(detail) {
  return new BusinessError(401, `Parameter error. ${detail}`);
}

module.exports = { BusinessError, businessError, parameterError };
