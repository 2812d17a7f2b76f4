'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { decodeMappings } = require('../sourceMap');
const { sourceLineCounts, mergeCoverage, summarize } = require('../coverage');
const { transpile } = require('../../runtime/transpile');

test('VLQ mappings decode', () => {
  // "AAAA" maps column 0 to source 0, line 0, column 0. A ";" starts the next
  // generated line, and "AACA" moves the original line by +1 (C = 1).
  const segments = decodeMappings('AAAA;AACA,IAAI');

  assert.deepEqual(segments, [
    { generatedLine: 0, generatedColumn: 0, sourceIndex: 0, originalLine: 0, originalColumn: 0 },
    { generatedLine: 1, generatedColumn: 0, sourceIndex: 0, originalLine: 1, originalColumn: 0 },
    { generatedLine: 1, generatedColumn: 4, sourceIndex: 0, originalLine: 1, originalColumn: 4 },
  ]);
});

test('VLQ rejects invalid characters', () => {
  assert.throws(() => decodeMappings('AA!A'), /Invalid base64 character '!'/);
});

const SOURCE = [
  'export function sign(value: number): string {', // 1
  '  if (value < 0) {', // 2
  "    return 'negative';", // 3
  '  }', // 4
  "  return 'positive';", // 5
  '}', // 6
  '', // 7
].join('\n');

test('block ranges map to source lines', () => {
  const code = transpile('/virtual/Sign.ets', SOURCE);
  const body = code.indexOf('if (value < 0)');
  const negativeBlock = code.indexOf("return 'negative'");
  // V8 reports the whole script, the function (called 3 times) and the untaken `if` block (count 0).
  const ranges = [
    { startOffset: 0, endOffset: code.length, count: 1 },
    { startOffset: code.indexOf('function sign'), endOffset: code.indexOf("'positive';") + 12, count: 3 },
    { startOffset: code.lastIndexOf('{', negativeBlock), endOffset: code.indexOf('}', negativeBlock) + 1, count: 0 },
  ];
  assert.ok(body > 0, 'if statement found in the output');
  assert.ok(negativeBlock > body, 'negative branch found after it');

  const counts = sourceLineCounts(code, ranges);

  assert.equal(counts[2], 3);
  assert.equal(counts[3], 0);
  assert.equal(counts[5], 3);
  assert.equal(counts[7], undefined);
});

test('unloaded file counts every line as 0', () => {
  const counts = sourceLineCounts(transpile('/virtual/Sign.ets', SOURCE), []);

  assert.ok(Object.keys(counts).length >= 3);
  assert.deepEqual([...new Set(Object.values(counts))], [0]);
});

test('module results merge by sum', () => {
  const merged = mergeCoverage({}, { 'widget/a.ets': { 1: 2, 2: 0 } });
  mergeCoverage(merged, { 'widget/a.ets': { 2: 1, 3: 0 } });

  assert.deepEqual(merged, { 'widget/a.ets': { 1: 2, 2: 1, 3: 0 } });
  assert.deepEqual(summarize(merged['widget/a.ets']), { covered: 2, total: 3, percent: (100 * 2) / 3 });
});
