'use strict';

// resourceManager for the simulated app: reads the JSON element files of the
// entry module, the widget HAR and AppScope, and picks the qualifier directory
// that matches the world's locale and color mode, falling back to base.
// Error codes follow @ohos.resourceManager (API 13 declarations).

const fs = require('node:fs');
const path = require('node:path');

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');

const RESOURCE_ROOTS = ['entry/src/main/resources', 'widget/src/main/resources', 'AppScope/resources'];
const REFERENCE = /^\$(string|color|float|integer|boolean):(.+)$/;
const FORMAT_SPECIFIER = /%(?:(\d+)\$)?([sdf%])/g;

// Cache of parsed element files, keyed by absolute path, per isolate.
const elementCache = new Map();

function readElements(file) {
  if (!elementCache.has(file)) {
    let table = null;
    if (fs.existsSync(file)) {
      table = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    elementCache.set(file, table);
  }
  return elementCache.get(file);
}

// Qualifier directories to try, most specific first: 'zh-Hans-CN' tries
// zh_CN then zh; dark mode tries dark first for every type.
function qualifierDirs(locale, colorMode) {
  const parts = String(locale || 'en-US').split('-');
  const language = parts[0];
  const region = parts.find((part, index) => index > 0 && /^[A-Z]{2}$/.test(part));
  const dirs = [];
  if (colorMode === 'dark') {
    dirs.push('dark');
  }
  if (region) {
    dirs.push(`${language}_${region}`);
  }
  dirs.push(language, 'base');
  return dirs;
}

// Resolved values by locale, color mode, type and name, so repeated lookups
// cost one Map access. Resource files do not change while a process runs.
const valueCache = new Map();

function lookup(type, name) {
  const state = world.current();
  const cacheKey = `${state.projectRoot}|${state.locale}|${state.colorMode}|${type}|${name}`;
  if (!valueCache.has(cacheKey)) {
    valueCache.set(cacheKey, resolve(type, name, new Set()));
  }
  return valueCache.get(cacheKey);
}

function resolve(type, name, seen) {
  const state = world.current();
  const key = `${type}:${name}`;
  if (seen.has(key)) {
    throw new BusinessError(9001006, 'The resource is referenced cyclically.');
  }
  seen.add(key);

  for (const dir of qualifierDirs(state.locale, state.colorMode)) {
    for (const root of RESOURCE_ROOTS) {
      const file = path.join(state.projectRoot, root, dir, 'element', `${type}.json`);
      const table = readElements(file);
      const entry = table && Array.isArray(table[type]) ? table[type].find((item) => item.name === name) : null;
      if (!entry) {
        continue;
      }
      const reference = typeof entry.value === 'string' ? REFERENCE.exec(entry.value) : null;
      return reference ? resolve(reference[1], reference[2], seen) : entry.value;
    }
  }
  return undefined;
}

function formatString(template, args, name) {
  let next = 0;
  let failed = false;
  const text = template.replace(FORMAT_SPECIFIER, (whole, position, conversion) => {
    if (conversion === '%') {
      return '%';
    }
    const index = position ? Number(position) - 1 : next++;
    if (index >= args.length) {
      failed = true;
      return whole;
    }
    const value = args[index];
    return conversion === 'd' ? String(Math.trunc(Number(value))) : String(value);
  });
  if (failed) {
    throw new BusinessError(9001007, `Failed to format the resource '${name}': it needs more arguments than the ${args.length} given.`);
  }
  return text;
}

// Returns the name inside a Resource object: '$r("app.string.x")' reaches the runtime as
// { id, params: ['app.string.x'] } when no compiled ResourceTable exists.
function resourceName(resource, type) {
  if (!resource || typeof resource !== 'object') {
    throw parameterError('The resource must be a Resource object.');
  }
  const reference = (Array.isArray(resource.params) && typeof resource.params[0] === 'string')
    ? resource.params[0]
    : resource.name;
  const match = typeof reference === 'string' ? /^app\.(\w+)\.(.+)$/.exec(reference) : null;
  if (!match || match[1] !== type) {
    throw new BusinessError(9001001, `Invalid resource ID: ${JSON.stringify(resource)} is not an app.${type} resource.`);
  }
  return match[2];
}

function createResourceManager() {
  const byName = (type, name, args) => {
    if (typeof name !== 'string') {
      throw parameterError('The resource name must be a string.');
    }
    const value = lookup(type, name);
    if (value === undefined) {
      throw new BusinessError(9001004, `No matching resource is found based on the resource name '${name}'.`);
    }
    return type === 'string' ? formatString(String(value), args, name) : value;
  };

  const byResource = (type, resource, args) => {
    const name = resourceName(resource, type);
    const value = lookup(type, name);
    if (value === undefined) {
      throw new BusinessError(9001002, `No matching resource is found for app.${type}.${name}.`);
    }
    return type === 'string' ? formatString(String(value), args, name) : value;
  };

  return {
    getStringByNameSync: (name, ...args) => byName('string', name, args),
    getStringByName: async (name) => byName('string', name, []),
    getStringSync: (resource, ...args) => byResource('string', resource, args),
    getStringValue: async (resource) => byResource('string', resource, []),
    getColorByNameSync: (name) => parseColor(byName('color', name, [])),
    getColorSync: (resource) => parseColor(byResource('color', resource, [])),
    getConfigurationSync: () => {
      const state = world.current();
      return { locale: state.locale, colorMode: state.colorMode === 'dark' ? 0 : 1, direction: 0, deviceType: state.deviceType };
    },
  };
}

// '#AARRGGBB' or '#RRGGBB' to the number that getColorSync returns.
function parseColor(value) {
  const hex = String(value).replace(/^#/, '');
  const argb = hex.length === 6 ? `ff${hex}` : hex;
  return Number.parseInt(argb, 16) >>> 0;
}

module.exports = { createResourceManager, qualifierDirs, formatString, elementCache };
