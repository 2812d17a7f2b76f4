'use strict';

// The checks the Form Manager makes before it delivers a card's action. Each
// failed check drops the event silently from the card's point of view; the
// simulator returns the reason so that the host can log it.

function checkTarget(config, action) {
  if (typeof action.abilityName !== 'string' || action.abilityName === '') {
    return 'abilityName is missing';
  }
  const ability = config.abilities.find((candidate) => candidate.name === action.abilityName);
  if (!ability) {
    return `no UIAbility named '${action.abilityName}' in module.json5`;
  }
  return null;
}

// 'call': KEEP_BACKGROUND_RUNNING requested, params.method a string, the
// target a singleton UIAbility of the card's own bundle.
function checkCallAction(config, action) {
  if (!config.keepsBackgroundRunning) {
    return 'the app does not request ohos.permission.KEEP_BACKGROUND_RUNNING';
  }
  const params = action.params;
  if (!params || typeof params !== 'object' || Array.isArray(params)) {
    return 'params is not an object';
  }
  if (typeof params.method !== 'string') {
    return 'params.method is not a string';
  }
  const targetProblem = checkTarget(config, action);
  if (targetProblem) {
    return targetProblem;
  }
  const ability = config.abilities.find((candidate) => candidate.name === action.abilityName);
  if (ability.launchType !== 'singleton') {
    return `'${ability.name}' has launchType '${ability.launchType}', and a call event needs a singleton`;
  }
  return null;
}

function checkRouterAction(config, action) {
  if (action.params !== undefined && (typeof action.params !== 'object' || action.params === null)) {
    return 'params is not an object';
  }
  return checkTarget(config, action);
}

const CALL_METHOD = 'syncHealthData';
const ABILITY_NAME = 'EntryAbility';

// Builds what the card page sends for a press of its button: 'call' with the
// method and its own form id, or 'router' when the state needs the app.
function buttonAction(data) {
  if (data && data.buttonAction === 'router') {
    return { action: 'router', abilityName: ABILITY_NAME, params: { formId: data.formId, target: data.routeTarget } };
  }
  return { action: 'call', abilityName: ABILITY_NAME, params: { method: CALL_METHOD, formId: data ? data.formId : '' } };
}

// Builds what the card page sends for a tap on its body: 'router' to routeTarget.
function bodyAction(data) {
  return { action: 'router', abilityName: ABILITY_NAME, params: { formId: data ? data.formId : '', target: data ? data.routeTarget : 'home' } };
}

module.exports = { checkCallAction, checkRouterAction, buttonAction, bodyAction, CALL_METHOD, ABILITY_NAME };
