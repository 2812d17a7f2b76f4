'use strict';

// The ArkUI enums (FlexAlign, HorizontalAlign, Color, ...) with their members, read from the
// component declarations of @arkts/declarations so that a misspelt member is reported instead of
// passing through.

const fs = require('node:fs');
const path = require('node:path');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const DECLARATIONS_DIR = path.join(PROJECT_ROOT, 'node_modules', '@arkts', 'declarations', 'dist', 'component');

let cachedEnums = null;

function readEnums() {
  const enums = new Map();
  const enumPattern = /^declare enum ([A-Za-z0-9_]+) \{([\s\S]*?)^\}/gm;
  const memberPattern = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:=[^,\n]*)?,?\s*$/gm;

  for (const file of fs.readdirSync(DECLARATIONS_DIR)) {
    if (!file.endsWith('.d.ts')) {
      continue;
    }
    const text = fs.readFileSync(path.join(DECLARATIONS_DIR, file), 'utf8');
    for (const match of text.matchAll(enumPattern)) {
      // Doc comments sit between the members, so only lines that look like a member count.
      const body = match[2].replace(/\/\*[\s\S]*?\*\//g, '');
      const members = new Set();
      for (const member of body.matchAll(memberPattern)) {
        members.add(member[1]);
      }
      const existing = enums.get(match[1]) || new Set();
      enums.set(match[1], new Set([...existing, ...members]));
    }
  }
  return enums;
}

/** Returns a map from ArkUI enum name to the set of its member names. */
function arkuiEnums() {
  if (!cachedEnums) {
    cachedEnums = readEnums();
  }
  return cachedEnums;
}

module.exports = { arkuiEnums };
