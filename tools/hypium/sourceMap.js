'use strict';

// Decodes the inline source map that the loader appends to transpiled code
// (Source Map revision 3: base64 VLQ "mappings" with 1, 4 or 5 fields per segment).

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

function readInlineSourceMap(code) {
  const match = INLINE_MAP.exec(code);
  return match ? JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')) : null;
}

// Decodes one segment's VLQ fields; each field is relative to the previous segment's.
function decodeVlqFields(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) {
      throw new Error(`Invalid base64 character '${char}' in source map mappings`);
    }
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/**
 * Returns every mapped segment as { generatedLine, generatedColumn, sourceIndex,
 * originalLine, originalColumn }, all zero-based.
 */
function decodeMappings(mappings) {
  const segments = [];
  let sourceIndex = 0;
  let originalLine = 0;
  let originalColumn = 0;

  mappings.split(';').forEach((lineText, generatedLine) => {
    let generatedColumn = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') {
        continue;
      }
      const fields = decodeVlqFields(segmentText);
      generatedColumn += fields[0];
      if (fields.length < 4) {
        continue;
      }
      sourceIndex += fields[1];
      originalLine += fields[2];
      originalColumn += fields[3];
      segments.push({ generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn });
    }
  });
  return segments;
}

module.exports = { readInlineSourceMap, decodeMappings };
