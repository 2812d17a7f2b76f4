'use strict';

// Runs the ArkTS linter (ts.ArkTSLinter_1_1, the rule set of DevEco Studio's build) on the
// project's files. The linter reports each rule through its message, which ends with the
// rule name in brackets: "... (arkts-no-untyped-obj-literals)". Strict-mode compiler
// errors that the non-strict program does not report also come back from the linter, as
// DevEco Studio shows them.

const ts = require('ohos-typescript');

const { diagnosticAtNode, flattenMessage } = require('../lib/diagnostics');

const RULE_SUFFIX = /\s*\((arkts-[a-z0-9-]+)\)\s*$/;
const ARKTS_VERSION = '1.1';

function toFinding(diagnostic) {
  const text = flattenMessage(diagnostic.messageText);
  const match = RULE_SUFFIX.exec(text);
  const rule = match ? match[1] : 'arkts-strict';
  const message = match ? text.slice(0, match.index) : `TS${diagnostic.code}: ${text}`;
  const severity = diagnostic.category === ts.DiagnosticCategory.Error ? 'error' : 'warning';
  return diagnosticAtNode(diagnostic.file, diagnostic.start || 0, rule, message, severity);
}

function run(context) {
  const { builder, program, projectFiles } = context.getProgram();
  const projectFileSet = new Set(projectFiles);

  // Without a file argument the linter walks every ETS file of the program, the SDK's .d.ets
  // kits included, and that costs more than the project's own files. So each project .ets
  // file is linted on its own. The strict type check that the linter needs runs once, on the
  // first call, and later calls reuse its cached diagnostics. `.ts` files are skipped, as the
  // linter itself skips them.
  const diagnostics = [];
  for (const fileName of projectFiles) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile || sourceFile.scriptKind !== ts.ScriptKind.ETS) {
      continue;
    }
    diagnostics.push(...ts.ArkTSLinter_1_1.runArkTSLinter(builder, sourceFile, undefined, ARKTS_VERSION));
  }
  return diagnostics
    .filter((diagnostic) => diagnostic.file && projectFileSet.has(diagnostic.file.fileName))
    .map(toFinding);
}

module.exports = { id: 'arkts-linter', phase: 'linter', reports: ['arkts-*'], needsProgram: true, run };
