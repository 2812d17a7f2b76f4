'use strict';

// The binding data a card must show, built from docs/architecture.md (the
// keys and their meaning), the error table of the Health and Account Kits
// (the message and the action offered to the user) and the app's string resources. The
// fault tests compare whole cards against it.

const path = require('node:path');

const world = require('../kits/world');
const { createResourceManager } = require('../kits/resources');

const PROJECT_ROOT = path.resolve(__dirname, '../../..');

// Buttons by what the user is offered: [text, a11y, buttonAction, routeTarget].
const BUTTONS = {
  sync: ['button_sync', 'a11y_button_sync', 'call', 'home'],
  syncing: ['button_syncing', 'a11y_button_syncing', 'call', 'home'],
  retry: ['button_retry', 'a11y_button_retry', 'call', 'home'],
  authorize: ['button_authorize', 'a11y_button_authorize', 'router', 'authorization'],
  openHealth: ['button_open_health', 'a11y_button_open_health', 'router', 'health'],
  openApp: ['button_open_app', 'a11y_button_open_app', 'router', 'home'],
};

// Every code of the Health Service Kit and Account Kit tables: the state the
// card shows, the message resource and the button.
const CODES = {
  201: ['needsAuth', 'error_permission_denied', 'authorize'],
  401: ['failed', 'error_invalid_parameter', 'retry'],
  801: ['unsupported', 'error_not_supported', 'openApp'],
  1002700001: ['failed', 'error_health_internal', 'retry'],
  1002700002: ['failed', 'error_health_database', 'retry'],
  1002701001: ['failed', 'error_no_network', 'retry'],
  1002702001: ['needsAuth', 'error_not_signed_in', 'authorize'],
  1002702002: ['failed', 'error_account_unreadable', 'retry'],
  1002703001: ['privacy', 'error_privacy_not_accepted', 'openHealth'],
  1001500001: ['failed', 'error_app_config', 'openApp'],
  1001500002: ['failed', 'error_busy', 'sync'],
  1001502001: ['needsAuth', 'error_not_signed_in', 'authorize'],
  1001502002: ['needsAuth', 'error_not_authorized', 'authorize'],
  1001502003: ['failed', 'error_app_config', 'openApp'],
  1001502005: ['failed', 'error_no_network', 'retry'],
  1001502009: ['failed', 'error_account_internal', 'retry'],
  1001502012: ['needsAuth', 'error_cancelled', 'authorize'],
  1001502014: ['failed', 'error_scope_not_applied', 'openApp'],
};

let resources = null;

function text(name, values = {}, locale = 'en-Latn-US') {
  if (!resources) {
    world.configure({ projectRoot: PROJECT_ROOT });
    resources = createResourceManager();
  }
  world.current().locale = locale;
  const template = resources.getStringByNameSync(name);
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

function buttonData(button) {
  const [textName, a11yName, action, routeTarget] = BUTTONS[button];
  return { buttonText: text(textName), buttonA11y: text(a11yName), buttonAction: action, routeTarget };
}

// lastSync: null (never) or { day: 'today' | 'yesterday', time: 'HH:mm' }.
function labelData(lastSync) {
  if (!lastSync) {
    return { lastSyncLabel: text('label_never'), lastSyncA11y: text('a11y_last_sync_never') };
  }
  return {
    lastSyncLabel: text(`label_${lastSync.day}`, { time: lastSync.time }),
    lastSyncA11y: text(`a11y_last_sync_${lastSync.day}`, { time: lastSync.time }),
  };
}

function card({ formId, state, status, button, lastSync = null, updatedAt }) {
  const busy = state === 'syncing';
  return {
    formId,
    state,
    ...labelData(lastSync),
    statusText: status,
    ...buttonData(button),
    buttonEnabled: 'true',
    busy: busy ? 'true' : 'false',
    updatedAt: String(updatedAt),
  };
}

function syncedCard(formId, lastSync, updatedAt) {
  return card({ formId, state: 'synced', status: text('status_synced'), button: 'sync', lastSync, updatedAt });
}

function syncingCard(formId, lastSync, updatedAt) {
  return card({ formId, state: 'syncing', status: text('status_syncing'), button: 'syncing', lastSync, updatedAt });
}

function neverCard(formId, updatedAt) {
  return card({ formId, state: 'never', status: text('status_never'), button: 'sync', updatedAt });
}

function errorCard(formId, code, updatedAt, lastSync = null) {
  const [state, message, button] = CODES[code] || ['failed', 'error_unknown', 'retry'];
  return card({ formId, state, status: text(message, { code }), button, lastSync, updatedAt });
}

function appErrorCard(formId, { state, message, button, code = '' }, updatedAt, lastSync = null) {
  return card({ formId, state, status: text(message, { code }), button, lastSync, updatedAt });
}

module.exports = { CODES, text, card, syncedCard, syncingCard, neverCard, errorCard, appErrorCard, PROJECT_ROOT };
