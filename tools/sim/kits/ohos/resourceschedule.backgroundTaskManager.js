'use strict';

// @ohos.resourceschedule.backgroundTaskManager: its default export is backgroundTaskManager of @kit.BackgroundTasksKit.
module.exports = require('../BackgroundTasksKit').backgroundTaskManager;
