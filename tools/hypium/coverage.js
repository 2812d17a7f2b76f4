'use strict';

// Line coverage of the app's .ets/.ts sources: V8 precise coverage (block
// ranges with counts over the transpiled JavaScript) mapped back to source
// lines through the loader's inline source maps.

const fs = require('node:fs');
const inspector = require('node:inspector');
const path = require('node:path');
const { fileURLToPath } = require('node:url');

const { readInlineSourceMap, decodeMappings } = require('./sourceMap');

let session = null;

/** Starts precise coverage in this process; call before any app code is loaded. */
function start() {
  session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
}

// App sources only: the tests themselves, node_modules and the toolchain are left out.
function isCoveredSource(file, projectRoot) {
  const relative = path.relative(projectRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative) || !/\.(ets|ts)$/.test(file)) {
    return false;
  }
  const parts = relative.split(path.sep);
  return !parts.includes('node_modules') && !parts.includes('test') && !parts.includes('ohosTest') && parts[0] !== 'tools';
}

function lineStartOffsets(code) {
  const starts = [0];
  for (let index = 0; index < code.length; index++) {
    if (code.charCodeAt(index) === 10) {
      starts.push(index + 1);
    }
  }
  return starts;
}

// The count of the innermost range that contains `offset`; V8 nests block ranges inside function ranges.
function countAt(ranges, offset) {
  let best = null;
  for (const range of ranges) {
    if (range.startOffset <= offset && offset < range.endOffset) {
      if (best === null || range.endOffset - range.startOffset <= best.endOffset - best.startOffset) {
        best = range;
      }
    }
  }
  return best === null ? 0 : best.count;
}

/**
 * Maps V8 ranges over the generated `code` to source lines. Returns an object
 * { <1-based line>: count } with one entry per line that produced code; a
 * line's count is the highest count of its generated segments. With no
 * ranges, every line gets 0 (a file that was never loaded).
 */
function sourceLineCounts(code, ranges) {
  const sourceMap = readInlineSourceMap(code);
  if (sourceMap === null) {
    return {};
  }
  const starts = lineStartOffsets(code);
  const counts = {};
  for (const segment of decodeMappings(sourceMap.mappings)) {
    const offset = starts[segment.generatedLine] + segment.generatedColumn;
    const line = segment.originalLine + 1;
    const count = ranges.length > 0 ? countAt(ranges, offset) : 0;
    counts[line] = Math.max(counts[line] || 0, count);
  }
  return counts;
}

/**
 * Takes the coverage collected since start() and returns
 * { <display path>: { <line>: count } } for every app source the loader compiled.
 */
function collect({ projectRoot, displayPath }) {
  if (session === null) {
    return {};
  }
  const { compiledSource } = require('../runtime/loader');
  let scripts = [];
  session.post('Profiler.takePreciseCoverage', (error, result) => {
    if (error) {
      throw new Error(`Profiler.takePreciseCoverage failed: ${error.message}`);
    }
    scripts = result.result;
  });

  const files = {};
  for (const script of scripts) {
    if (!script.url.startsWith('file:')) {
      continue;
    }
    const file = fileURLToPath(script.url);
    const code = compiledSource(file);
    if (!isCoveredSource(file, projectRoot) || code === undefined) {
      continue;
    }
    const ranges = script.functions.flatMap((fn) => fn.ranges);
    files[displayPath(file)] = sourceLineCounts(code, ranges);
  }
  return files;
}

/** Lists the app sources of a module folder: <module>/Index.ets and <module>/src/main/**. */
function moduleSources(moduleDir) {
  const sources = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) {
      return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (/\.(ets|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.ets')) {
        sources.push(full);
      }
    }
  };
  for (const name of ['Index.ets', 'Index.ts']) {
    if (fs.existsSync(path.join(moduleDir, name))) {
      sources.push(path.join(moduleDir, name));
    }
  }
  walk(path.join(moduleDir, 'src', 'main'));
  return sources;
}

/** Merges per-module results: a line's count is the sum over the processes that ran it. */
function mergeCoverage(target, files) {
  for (const [file, lines] of Object.entries(files)) {
    const merged = target[file] || (target[file] = {});
    for (const [line, count] of Object.entries(lines)) {
      merged[line] = (merged[line] || 0) + count;
    }
  }
  return target;
}

function summarize(lines) {
  const counts = Object.values(lines);
  const covered = counts.filter((count) => count > 0).length;
  return { covered, total: counts.length, percent: counts.length === 0 ? 100 : (100 * covered) / counts.length };
}

module.exports = { start, collect, sourceLineCounts, moduleSources, mergeCoverage, summarize, isCoveredSource };
