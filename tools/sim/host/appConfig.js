'use strict';

// Reads what the Form Manager and the ability manager know about the app from
// its configuration: module.json5 of the entry module and the form profile.

const fs = require('node:fs');
const path = require('node:path');
const JSON5 = require('json5');

const KEEP_BACKGROUND_RUNNING = 'ohos.permission.KEEP_BACKGROUND_RUNNING';
const FORM_PROFILE_METADATA = 'ohos.extension.form';

// FormDimension values (formInfo) by the names form_config.json uses.
const DIMENSIONS = { '1*2': 1, '2*2': 2, '2*4': 3, '4*4': 4, '2*1': 5, '1*1': 6, '6*4': 7, '2*3': 8, '3*3': 9 };

function readJson5(file) {
  if (!fs.existsSync(file)) {
    throw new Error(`Missing app configuration file ${file}.`);
  }
  return JSON5.parse(fs.readFileSync(file, 'utf8'));
}

// '$profile:form_config' -> <module>/src/main/resources/base/profile/form_config.json
function profilePath(moduleDir, reference) {
  const match = /^\$profile:(.+)$/.exec(reference || '');
  if (!match) {
    throw new Error(`Invalid profile reference '${reference}': expected '$profile:<name>'.`);
  }
  return path.join(moduleDir, 'src/main/resources/base/profile', `${match[1]}.json`);
}

function loadAppConfig(projectRoot, moduleName = 'entry') {
  const moduleDir = path.join(projectRoot, moduleName);
  const moduleJson = readJson5(path.join(moduleDir, 'src/main/module.json5')).module;
  const appFile = path.join(projectRoot, 'AppScope/app.json5');
  const app = fs.existsSync(appFile) ? readJson5(appFile).app : {};

  const abilities = (moduleJson.abilities || []).map((ability) => ({
    name: ability.name,
    srcFile: path.join(moduleDir, 'src/main', ability.srcEntry),
    launchType: ability.launchType || 'singleton',
  }));

  const formAbility = (moduleJson.extensionAbilities || []).find((extension) => extension.type === 'form');
  let forms = [];
  if (formAbility) {
    const metadata = (formAbility.metadata || []).find((item) => item.name === FORM_PROFILE_METADATA);
    forms = metadata ? readJson5(profilePath(moduleDir, metadata.resource)).forms || [] : [];
  }

  const permissions = (moduleJson.requestPermissions || []).map((permission) => permission.name);

  return {
    bundleName: app.bundleName || 'com.example.healthsync',
    moduleName: moduleJson.name || moduleName,
    abilities,
    formAbility: formAbility ? { name: formAbility.name, srcFile: path.join(moduleDir, 'src/main', formAbility.srcEntry) } : null,
    forms,
    permissions,
    keepsBackgroundRunning: permissions.includes(KEEP_BACKGROUND_RUNNING),
    querySchemes: moduleJson.querySchemes || [],
  };
}

// Accepts a FormDimension number or its '2*2' name; returns both.
function parseDimension(dimension) {
  if (typeof dimension === 'number') {
    const name = Object.keys(DIMENSIONS).find((key) => DIMENSIONS[key] === dimension);
    if (!name) {
      throw new Error(`Unknown form dimension ${dimension}.`);
    }
    return { value: dimension, name };
  }
  if (!(dimension in DIMENSIONS)) {
    throw new Error(`Unknown form dimension '${dimension}': use one of ${Object.keys(DIMENSIONS).join(', ')}.`);
  }
  return { value: DIMENSIONS[dimension], name: dimension };
}

module.exports = { loadAppConfig, parseDimension, DIMENSIONS, KEEP_BACKGROUND_RUNNING };
