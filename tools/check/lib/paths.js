'use strict';

// Locations of the packages and declarations that the checker compiles against.

const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
// The package's `exports` map hides package.json, so resolve a file it does export.
const DECLARATIONS_DIST = path.dirname(require.resolve('@arkts/declarations/dist/index.d.ts'));
const COMPONENT_DIR = path.join(DECLARATIONS_DIST, 'component');
const PROJECT_DECLARATIONS_DIR = path.join(REPO_ROOT, 'tools', 'declarations');
const HYPIUM_TYPES = path.join(path.dirname(require.resolve('@ohos/hypium/package.json')), 'index.d.ts');

module.exports = {
  REPO_ROOT,
  DECLARATIONS_DIST,
  COMPONENT_DIR,
  PROJECT_DECLARATIONS_DIR,
  HYPIUM_TYPES
};
