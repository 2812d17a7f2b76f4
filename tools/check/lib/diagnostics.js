'use strict';

// One finding of the checker, and its text and JSON forms. The text form follows the
// layout of TypeScript's diagnostics: `path:line:col  rule-id  message`.

const path = require('node:path');
const ts = require('ohos-typescript');

/**
 * Creates a finding. `line` and `column` are 1-based; `severity` is 'error' or 'warning'.
 */
function createDiagnostic({ file, line = 1, column = 1, rule, message, severity = 'error' }) {
  return { file, line, column, rule, message, severity };
}

/** Creates a finding at character offset `position` of a ts.SourceFile. */
function diagnosticAtNode(sourceFile, position, rule, message, severity = 'error') {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
  return createDiagnostic({ file: sourceFile.fileName, line: line + 1, column: character + 1, rule, message, severity });
}

/** Returns the 1-based line and column of `offset` in `text`. */
function lineAndColumn(text, offset) {
  if (offset < 0 || text === undefined) {
    return { line: 1, column: 1 };
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Creates a finding at the first occurrence of `needle` in a config file's text. */
function diagnosticAtText(file, text, needle, rule, message, severity = 'error') {
  const offset = text && needle ? text.indexOf(needle) : -1;
  return createDiagnostic({ file, ...lineAndColumn(text, offset), rule, message, severity });
}

function flattenMessage(messageText) {
  return ts.flattenDiagnosticMessageText(messageText, ' ');
}

function compareDiagnostics(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

function formatDiagnostic(diagnostic, projectDir) {
  const file = path.relative(projectDir, diagnostic.file) || diagnostic.file;
  const prefix = diagnostic.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.rule}  ${prefix}${diagnostic.message}`;
}

function summarize(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

module.exports = {
  createDiagnostic,
  diagnosticAtNode,
  diagnosticAtText,
  lineAndColumn,
  flattenMessage,
  compareDiagnostics,
  formatDiagnostic,
  summarize
};
