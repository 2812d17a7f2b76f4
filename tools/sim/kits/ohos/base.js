'use strict';

// @ohos.base: BusinessError is an interface there; the class lets instanceof work.
module.exports = { BusinessError: require('../errors').BusinessError };
