'use strict';

// Reads the app's own string resources, so that browser tests look for the texts the app shows
// instead of copies of them.

const fs = require('node:fs');
const path = require('node:path');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const MODULES = ['entry', 'widget'];

/** Returns the value of string `name` for a locale directory ('base', 'en_US', 'zh_CN'). */
function appString(name, locale = 'en_US') {
  for (const directory of [locale, 'base']) {
    for (const module of MODULES) {
      const file = path.join(PROJECT_ROOT, module, 'src', 'main', 'resources', directory, 'element', 'string.json');
      if (!fs.existsSync(file)) {
        continue;
      }
      const entry = JSON.parse(fs.readFileSync(file, 'utf8')).string.find((item) => item.name === name);
      if (entry) {
        return entry.value;
      }
    }
  }
  throw new Error(`string resource ${name} not found in ${MODULES.join(' or ')} for ${locale}`);
}

/** Returns the names of the strings whose value in a locale directory is `value`. */
function stringNamesOf(value, locale) {
  const names = new Set();
  for (const module of MODULES) {
    const file = path.join(PROJECT_ROOT, module, 'src', 'main', 'resources', locale, 'element', 'string.json');
    if (!fs.existsSync(file)) {
      continue;
    }
    for (const entry of JSON.parse(fs.readFileSync(file, 'utf8')).string) {
      if (entry.value === value) {
        names.add(entry.name);
      }
    }
  }
  return [...names];
}

/** Turns a label template such as 'Today {time}' into a pattern with `{time}` as HH:mm. */
function labelPattern(template) {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\\{time\\\}/g, '\\d{2}:\\d{2}'));
}

module.exports = { appString, stringNamesOf, labelPattern };
