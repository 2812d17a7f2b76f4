'use strict';

// Type-checks every project file against the SDK declarations, as DevEco Studio's
// compiler front end does before it builds the HAP.

const ts = require('ohos-typescript');

const { diagnosticAtNode, createDiagnostic, flattenMessage } = require('../lib/diagnostics');

const RULE = 'compile';

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
      findings.push(toFinding(diagnostic, fileName));
    }
  }
  return findings;
}

module.exports = { id: RULE, phase: 'type-check', reports: ['compile'], needsProgram: true, run };
