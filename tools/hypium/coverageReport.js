'use strict';

// Writes coverage/coverage.json and coverage/summary.txt from the line counts
// that each module's test process reported, and returns the summary text.

const fs = require('node:fs');
const path = require('node:path');

const { transpile } = require('../runtime/transpile');
const { sourceLineCounts, moduleSources, mergeCoverage, summarize } = require('./coverage');

// Compresses sorted line numbers into "3-5, 9".
function lineRanges(lines) {
  const ranges = [];
  for (const line of lines) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) {
      last[1] = line;
    } else {
      ranges.push([line, line]);
    }
  }
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(', ');
}

function displayPath(projectRoot, file) {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}

// Sources of the run modules that no test loaded still count, with every line at 0.
// Only the widget module's sources count for a widget-only run, and so on.
function addUnloadedSources(files, projectRoot, modules, cacheDir) {
  for (const module of modules) {
    for (const file of moduleSources(path.join(projectRoot, module))) {
      const name = displayPath(projectRoot, file);
      if (name in files) {
        continue;
      }
      try {
        files[name] = sourceLineCounts(transpile(file, fs.readFileSync(file, 'utf8'), { cacheDir, displayName: name }), []);
      } catch (error) {
        // A file with syntax errors has no lines to count; the checker reports it.
        files[name] = {};
      }
    }
  }
}

function writeCoverageReport({ projectRoot, modules, results, cacheDir }) {
  const files = {};
  for (const result of results) {
    mergeCoverage(files, result.coverage || {});
  }
  addUnloadedSources(files, projectRoot, modules, cacheDir);

  const report = {};
  const rows = [];
  let covered = 0;
  let total = 0;
  for (const name of Object.keys(files).sort()) {
    const summary = summarize(files[name]);
    const uncovered = Object.keys(files[name]).map(Number).filter((line) => files[name][line] === 0).sort((a, b) => a - b);
    report[name] = { lines: files[name], covered: summary.covered, total: summary.total, percent: Number(summary.percent.toFixed(1)) };
    rows.push(`${summary.percent.toFixed(1).padStart(6)}%  ${String(summary.covered).padStart(4)}/${String(summary.total).padEnd(4)}  ${name}${uncovered.length > 0 ? `  (uncovered: ${lineRanges(uncovered)})` : ''}`);
    covered += summary.covered;
    total += summary.total;
  }

  const percent = total === 0 ? 100 : (100 * covered) / total;
  const text = [
    'Line coverage of the .ets/.ts sources (lines that produce JavaScript):',
    ...rows,
    `${percent.toFixed(1).padStart(6)}%  ${String(covered).padStart(4)}/${String(total).padEnd(4)}  all files`,
  ].join('\n');

  const outputDir = path.join(projectRoot, 'coverage');
  fs.mkdirSync(outputDir, { recursive: true });
  fs.writeFileSync(path.join(outputDir, 'coverage.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(outputDir, 'summary.txt'), `${text}\n`);
  return `${text}\nWritten to ${displayPath(projectRoot, outputDir)}/coverage.json and summary.txt`;
}

module.exports = { writeCoverageReport, lineRanges };
