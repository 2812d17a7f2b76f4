'use strict';

// @kit.BasicServicesKit: BusinessError and deviceInfo, the parts the app uses.

const world = require('./world');
const { BusinessError } = require('./errors');

const deviceInfo = {
  // 'phone', 'tablet', 'wearable', ... as @ohos.deviceInfo documents it.
  get deviceType() {
    return world.current().deviceType;
  },
  get osFullName() {
    return 'OpenHarmony-5.1.0.18';
  },
  get sdkApiVersion() {
    return 18;
  },
};

module.exports = { BusinessError, deviceInfo };
