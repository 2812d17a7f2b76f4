'use strict';

// Resolves `$r('app.<type>.<name>')`, `$r('sys.<type>.<name>')` and `$rawfile(...)` references for
// one device configuration. App resources live in `<module>/src/main/resources/<qualifiers>/`, as
// `element/<type>.json` files (`{ "string": [{ "name", "value" }] }`) and `media/<name>.<ext>`.
// The matching follows the OpenHarmony guide (application-dev/quick-start/
// resource-categories-and-access.md). A qualifier directory takes part only when every qualifier
// in its name matches the device. Among those, the more specific wins in the order locale,
// orientation, device type, color mode, and `base` comes last. The home screen devices are
// always upright, so `vertical` matches and `horizontal` never does.

const fs = require('node:fs');
const path = require('node:path');
const { lookupSysResource } = require('./sysResources');

const LANGUAGE_PATTERN = /^([a-z]{2,3})(?:_([A-Z][a-z]{3}))?(?:_([A-Z]{2}))?$/;
const DEVICE_TYPES = new Set(['phone', 'tablet', 'wearable', 'car', 'tv', '2in1']);
const COLOR_MODES = new Set(['dark', 'light']);
const DENSITIES = new Set(['sdpi', 'mdpi', 'ldpi', 'xldpi', 'xxldpi', 'xxxldpi']);
const ORIENTATIONS = new Set(['vertical', 'horizontal']);

const MIME_TYPES = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.bmp': 'image/bmp',
};

/**
 * Scores how well a qualifier directory name matches a device configuration. Returns -1 when a
 * qualifier contradicts the configuration or is not understood.
 */
function scoreQualifiers(directoryName, config) {
  if (directoryName === 'base') {
    return 0;
  }
  const [language, region] = (config.locale || 'en_US').split('_');
  let score = 0;

  for (const qualifier of directoryName.split('-')) {
    const languageMatch = LANGUAGE_PATTERN.exec(qualifier);
    if (languageMatch) {
      if (languageMatch[1] !== language) {
        return -1;
      }
      score += 1000;
      if (languageMatch[3]) {
        if (languageMatch[3] !== region) {
          return -1;
        }
        score += 100;
      }
    } else if (ORIENTATIONS.has(qualifier)) {
      if (qualifier !== 'vertical') {
        return -1;
      }
      score += 50;
    } else if (DEVICE_TYPES.has(qualifier)) {
      if (qualifier !== (config.deviceType || 'phone')) {
        return -1;
      }
      score += 10;
    } else if (COLOR_MODES.has(qualifier)) {
      if (qualifier !== (config.colorMode || 'light')) {
        return -1;
      }
      score += 1;
    } else if (!DENSITIES.has(qualifier)) {
      return -1;
    }
  }
  return score;
}

function readJsonIfExists(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') {
      return null;
    }
    throw new Error(`Resource file ${file} is not valid JSON: ${error.message}`);
  }
}

/** Replaces `%s`, `%d`, `%f` and positional `%1$s` placeholders the way ArkUI formats strings. */
function formatString(template, params) {
  let next = 0;
  return template.replace(/%(?:(\d+)\$)?([sdf%])/g, (whole, position, conversion) => {
    if (conversion === '%') {
      return '%';
    }
    const index = position ? Number(position) - 1 : next++;
    if (index >= params.length) {
      return whole;
    }
    const value = params[index];
    if (conversion === 'd') {
      return String(Math.trunc(Number(value)));
    }
    return String(value);
  });
}

class ResourceTable {
  /**
   * @param {string[]} resourceRoots `resources` folders, searched in order (the entry module first,
   *   then the HARs it depends on, as app resources of a HAR merge into the HAP).
   */
  constructor(resourceRoots) {
    this.roots = resourceRoots.filter((root) => fs.existsSync(root));
    this.elementCache = new Map();
  }

  /** Lists the qualifier directories that match the configuration, best match first. */
  matchingDirectories(config) {
    const matches = [];
    for (const root of this.roots) {
      for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === 'rawfile' || entry.name === 'resfile') {
          continue;
        }
        const score = scoreQualifiers(entry.name, config);
        if (score >= 0) {
          matches.push({ dir: path.join(root, entry.name), score, rootIndex: this.roots.indexOf(root) });
        }
      }
    }
    matches.sort((a, b) => b.score - a.score || a.rootIndex - b.rootIndex);
    return matches.map((match) => match.dir);
  }

  elementsOf(dir, type) {
    const file = path.join(dir, 'element', `${type}.json`);
    if (!this.elementCache.has(file)) {
      const json = readJsonIfExists(file);
      const entries = new Map();
      for (const item of (json && json[type]) || []) {
        entries.set(item.name, item.value);
      }
      this.elementCache.set(file, entries);
    }
    return this.elementCache.get(file);
  }

  /** Finds an element value (string, color, float, ...) or undefined. */
  lookupElement(type, name, config, depth = 0) {
    for (const dir of this.matchingDirectories(config)) {
      const entries = this.elementsOf(dir, type);
      if (!entries.has(name)) {
        continue;
      }
      const value = entries.get(name);

      // A value such as "$color:brand" refers to another resource of that type.
      const reference = typeof value === 'string' && /^\$(\w+):(\w+)$/.exec(value);
      if (reference && depth < 8) {
        return this.lookupElement(reference[1], reference[2], config, depth + 1);
      }
      return value;
    }
    return undefined;
  }

  lookupMedia(name, config) {
    for (const dir of this.matchingDirectories(config)) {
      const mediaDir = path.join(dir, 'media');
      if (!fs.existsSync(mediaDir)) {
        continue;
      }
      const file = fs.readdirSync(mediaDir).find((entry) => path.parse(entry).name === name);
      if (file) {
        return path.join(mediaDir, file);
      }
    }
    return undefined;
  }

  lookupRawfile(name) {
    for (const root of this.roots) {
      const file = path.join(root, 'rawfile', name);
      const inside = file.startsWith(path.join(root, 'rawfile') + path.sep);
      if (inside && fs.existsSync(file)) {
        return file;
      }
    }
    return undefined;
  }

  /**
   * Resolves a reference. Returns `{ kind: 'value', value }` for elements, `{ kind: 'file', file,
   * mime }` for media and rawfiles, or `{ kind: 'missing', reason }`.
   */
  resolve(ref, config) {
    if (ref.scope === 'rawfile') {
      const file = this.lookupRawfile(ref.name);
      return file ? fileResult(file) : { kind: 'missing', reason: `rawfile ${ref.name} not found` };
    }

    if (ref.scope === 'sys') {
      const value = lookupSysResource(ref.type, ref.name, config.colorMode);
      if (value === undefined) {
        return { kind: 'missing', reason: `${ref.text} is not in the renderer's table of system resources` };
      }
      return { kind: 'value', value: ref.type === 'string' ? formatString(value, ref.params) : value };
    }

    if (ref.type === 'media') {
      const file = this.lookupMedia(ref.name, config);
      return file ? fileResult(file) : { kind: 'missing', reason: `${ref.text} has no media file` };
    }

    const value = this.lookupElement(ref.type, ref.name, config);
    if (value === undefined) {
      return { kind: 'missing', reason: `${ref.text} is not defined for ${describeConfig(config)}` };
    }
    if (ref.type === 'string' && typeof value === 'string') {
      return { kind: 'value', value: formatString(value, ref.params) };
    }
    return { kind: 'value', value };
  }
}

function fileResult(file) {
  const mime = MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  return { kind: 'file', file, mime };
}

function describeConfig(config) {
  return `${config.locale || 'en_US'}, ${config.colorMode || 'light'}, ${config.deviceType || 'phone'}`;
}

module.exports = { ResourceTable, scoreQualifiers, formatString };
