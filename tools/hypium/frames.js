'use strict';

// Picks the app source lines (.ets/.ts of the project) out of a stack trace.
// Stack lines already carry .ets positions, because the loader enables
// source maps for the transpiled code.

const path = require('node:path');

const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

function isProjectSource(file, projectRoot) {
  const relative = path.relative(projectRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return false;
  }
  return /\.(ets|ts)$/.test(file) && !relative.split(path.sep).includes('node_modules');
}

/**
 * Returns up to two `file:line:col` strings: the innermost app frame, and the
 * innermost test-file frame (under src/test/) when that is a different one.
 */
function sourceFrames(stack, projectRoot, displayPath) {
  if (typeof stack !== 'string') {
    return [];
  }
  const frames = [];
  for (const line of stack.split('\n')) {
    const match = FRAME.exec(line);
    if (match && isProjectSource(match[1], projectRoot)) {
      frames.push({ file: match[1], text: `${displayPath(match[1])}:${match[2]}:${match[3]}` });
    }
  }
  if (frames.length === 0) {
    return [];
  }

  const result = [frames[0].text];
  const testFrame = frames.find((frame) => frame.file.includes(`${path.sep}src${path.sep}test${path.sep}`));
  if (testFrame && testFrame !== frames[0]) {
    result.push(testFrame.text);
  }
  return result;
}

module.exports = { sourceFrames };
