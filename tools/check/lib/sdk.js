'use strict';

// Questions about SDK declarations: whether a declaration comes from the SDK or the
// project, and which JSDoc tags its newest documentation block carries.

const path = require('node:path');
const ts = require('ohos-typescript');

const { DECLARATIONS_DIST, PROJECT_DECLARATIONS_DIR } = require('./paths');

/** True for the HarmonyOS SDK declarations, ours included; false for lib.*.d.ts and project code. */
function isSdkFile(fileName) {
  return fileName.startsWith(DECLARATIONS_DIST + path.sep) || fileName.startsWith(PROJECT_DECLARATIONS_DIR + path.sep);
}

/**
 * Returns the tag names of the last JSDoc block of a declaration, or undefined when it has
 * none. The SDK stacks one block per API version on a declaration; the last block
 * describes the newest version.
 */
function lastJsDocTagNames(declaration) {
  let node = declaration;
  // A variable's documentation sits on its statement, not on the declaration.
  if (ts.isVariableDeclaration(node) && node.parent && node.parent.parent && ts.isVariableStatement(node.parent.parent)) {
    node = node.parent.parent;
  }
  const blocks = (node.jsDoc || []).filter((doc) => ts.isJSDoc(doc));
  if (blocks.length === 0) {
    return undefined;
  }
  const last = blocks[blocks.length - 1];
  return (last.tags || []).map((tag) => tag.tagName.escapedText.toString());
}

module.exports = { isSdkFile, lastJsDocTagNames };
