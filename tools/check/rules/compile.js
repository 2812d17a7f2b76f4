'use strict';

// Type-checks every project file against the SDK declarations, as DevEco Studio's
// compiler front end does before it builds the HAP.
// NOTE: the TS28040 warning ("Function may throw exceptions") fires here only for the APIs
// in tools/declarations. ohos-typescript skips `@throws` tags of declarations under a
// /node_modules/ path, which is where @arkts/declarations lives, so unhandled throwing
// OpenHarmony APIs (formProvider.updateForm, for example) get no warning, unlike in DevEco
// Studio. It also skips `{ BusinessError } 401 -` tags only under the SDK's own
// sdk/default/(openharmony|hms)/ets path, so healthStore.init, which documents only 401,
// warns here but possibly not in DevEco Studio.

const ts = require('ohos-typescript');

const { diagnosticAtNode, createDiagnostic, flattenMessage } = require('../lib/diagnostics');

const RULE = 'compile';
// TS2304 "Cannot find name" and TS2552, the same with a spelling suggestion.
const CANNOT_FIND_NAME_CODES = new Set([2304, 2552]);

/** Returns the names of the properties that a struct declares. */
function structPropertyNames(struct) {
  return new Set(struct.members
    .filter((member) => ts.isPropertyDeclaration(member) && member.name && ts.isIdentifier(member.name))
    .map((member) => member.name.text));
}

/**
 * True for a TS2304 or TS2552 on a state variable reference, which DevEco Studio's ArkUI
 * transform resolves but the compiler front end alone does not. `$count` passes the struct's
 * own `count` to a child's @Link, a form the OpenHarmony @Link guide (arkts-link.md) lists as
 * supported next to `this.count`. `$$this.isOn` binds a component parameter two ways. Only
 * properties of the enclosing struct qualify, so a `$missing` stays an error.
 */
function isStateVariableReference(diagnostic) {
  if (!CANNOT_FIND_NAME_CODES.has(diagnostic.code) || !diagnostic.file || diagnostic.start === undefined) {
    return false;
  }
  const token = ts.getTokenAtPosition(diagnostic.file, diagnostic.start);
  const struct = token && ts.findAncestor(token, ts.isStructDeclaration);
  if (!struct || !ts.isIdentifier(token)) {
    return false;
  }
  const parent = token.parent;
  if (token.text === '$$this') {
    return ts.isPropertyAccessExpression(parent) && parent.expression === token && structPropertyNames(struct).has(parent.name.text);
  }
  return /^\$[A-Za-z_]\w*$/.test(token.text) && structPropertyNames(struct).has(token.text.slice(1));
}

function toFinding(diagnostic, fallbackFile) {
  const message = `TS${diagnostic.code}: ${flattenMessage(diagnostic.messageText)}`;
  const severity = diagnostic.category === ts.DiagnosticCategory.Error ? 'error' : 'warning';
  if (diagnostic.file && diagnostic.start !== undefined) {
    return diagnosticAtNode(diagnostic.file, diagnostic.start, RULE, message, severity);
  }
  return createDiagnostic({ file: fallbackFile, rule: RULE, message, severity });
}

function run(context) {
  const { program, projectFiles } = context.getProgram();
  const findings = [];

  // Options and global problems (a missing lib file, a bad option) belong to no file.
  for (const diagnostic of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
    findings.push(toFinding(diagnostic, context.project.dir));
  }

  for (const fileName of projectFiles) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) {
      findings.push(createDiagnostic({ file: fileName, rule: RULE, message: 'file is missing from the compiler program; check that it exists and is readable' }));
      continue;
    }
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile)
    ];
    for (const diagnostic of diagnostics) {
      if (!isStateVariableReference(diagnostic)) {
        findings.push(toFinding(diagnostic, fileName));
      }
    }
  }
  return findings;
}

module.exports = { id: RULE, phase: 'type-check', reports: ['compile'], needsProgram: true, run };
