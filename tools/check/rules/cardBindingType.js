'use strict';

// Binding data values reach a card's @LocalStorageProp fields as strings, whatever type the
// form provider put into formBindingData.createFormBindingData (Form Kit, OpenHarmony docs
// application-dev/form). A field declared `number` or `boolean`
// therefore contains a string at run time: `busy === true` is always false, and `count + 1`
// concatenates. @LocalStorageLink reads the same storage, so it is held to the same rule.

const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { listCardSourceFiles } = require('../lib/forms');

const RULE = 'card-binding-type';
const STORAGE_DECORATORS = new Set(['LocalStorageProp', 'LocalStorageLink']);

function storageDecoratorName(member) {
  for (const decorator of ts.canHaveDecorators(member) ? ts.getDecorators(member) || [] : []) {
    const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
    if (ts.isIdentifier(expression) && STORAGE_DECORATORS.has(expression.text)) {
      return expression.text;
    }
  }
  return undefined;
}

/** True for `string`, string literal types and unions of them; `undefined` and `null` may join. */
function isStringType(type) {
  const parts = type.isUnion() ? type.types : [type];
  const strings = parts.filter((part) => part.flags & ts.TypeFlags.StringLike);
  const empty = parts.filter((part) => part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null));
  return strings.length > 0 && strings.length + empty.length === parts.length;
}

function checkCardPage(sourceFile, checker) {
  const findings = [];
  const visit = (node) => {
    if (ts.isPropertyDeclaration(node) && storageDecoratorName(node)) {
      // Without an annotation the field takes the type of its initializer (`= 0` is number).
      const type = node.type ? checker.getTypeFromTypeNode(node.type) : checker.getTypeAtLocation(node.name);
      if (!isStringType(type)) {
        const typeText = checker.typeToString(type);
        findings.push(diagnosticAtNode(sourceFile, (node.type || node.name).getStart(sourceFile), RULE,
          `@${storageDecoratorName(node)} field ${node.name.getText(sourceFile)} is typed ${typeText}, but binding data values arrive in the card as strings; `
          + 'declare it string and send a display-ready string (or compare with \'true\')'));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

function run(context) {
  const { program } = context.getProgram();
  const checker = program.getTypeChecker();
  const findings = [];
  for (const sourceFile of listCardSourceFiles(context.project, program)) {
    findings.push(...checkCardPage(sourceFile, checker));
  }
  return findings;
}

module.exports = { id: RULE, phase: 'card', reports: [RULE], needsProgram: true, run };
