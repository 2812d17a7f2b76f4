'use strict';

// Indexes the resources of a module: for each qualifier folder (`base`, `en_US`, `dark`, ...)
// the element names per type, the media files and the profiles.

const fs = require('node:fs');
const path = require('node:path');

const { readJson5 } = require('./project');

// A language folder (`en`, `zh_CN`, `zh_Hans_CN`); other qualifier folders such as `dark`
// or `phone` do not take part in the translation check.
const LOCALE_FOLDER = /^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?$/;

/** Indexes one qualifier folder: `{ elements: Map<type, Map<name, {file, text}>>, media, profiles }`. */
function indexQualifier(dir) {
  const elements = new Map();
  const parseErrors = [];
  const elementDir = path.join(dir, 'element');
  if (fs.existsSync(elementDir)) {
    for (const file of fs.readdirSync(elementDir).filter((name) => name.endsWith('.json')).sort()) {
      const full = path.join(elementDir, file);
      const parsed = readJson5(full);
      if (parsed.error) {
        parseErrors.push({ file: full, ...parsed });
        continue;
      }
      // The type is the top-level key (`{"string": [...]}`), whatever the file is called.
      for (const [type, entries] of Object.entries(parsed.value || {})) {
        if (!Array.isArray(entries)) {
          continue;
        }
        if (!elements.has(type)) {
          elements.set(type, new Map());
        }
        for (const entry of entries) {
          if (entry && typeof entry.name === 'string') {
            elements.get(type).set(entry.name, { file: full, text: parsed.text });
          }
        }
      }
    }
  }
  const baseNames = (sub) => {
    const folder = path.join(dir, sub);
    return fs.existsSync(folder)
      ? new Set(fs.readdirSync(folder).map((name) => name.replace(/\.[^.]+$/, '')))
      : new Set();
  };
  return { dir, elements, media: baseNames('media'), profiles: baseNames('profile'), parseErrors };
}

/** Indexes every qualifier folder of a `resources` folder; returns Map<qualifier, index>. */
function indexResources(resourcesDir) {
  const qualifiers = new Map();
  if (!fs.existsSync(resourcesDir)) {
    return qualifiers;
  }
  for (const entry of fs.readdirSync(resourcesDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'rawfile' && entry.name !== 'resfile') {
      qualifiers.set(entry.name, indexQualifier(path.join(resourcesDir, entry.name)));
    }
  }
  return qualifiers;
}

/** True when `base` of any of the indexes defines a resource of `type` named `name`. */
function hasResource(indexes, type, name) {
  return indexes.some((qualifiers) => {
    const base = qualifiers.get('base');
    if (!base) {
      return false;
    }
    if (type === 'media') {
      return base.media.has(name);
    }
    if (type === 'profile') {
      return base.profiles.has(name);
    }
    const names = base.elements.get(type);
    return Boolean(names && names.has(name));
  });
}

function isLocaleFolder(name) {
  return LOCALE_FOLDER.test(name);
}

module.exports = { indexResources, hasResource, isLocaleFolder };
