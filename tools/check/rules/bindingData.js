'use strict';

// Every key a card page reads with @LocalStorageProp or @LocalStorageLink must be a key that
// the form provider sends, because a key that is never sent keeps its default forever.
//
// The keys sent are found in two places, because apps build binding data both ways:
// - the properties of the type of each argument of formBindingData.createFormBindingData
//   (an object literal, a class instance, an interface);
// - the properties of a project class named CardBindingData, the name this project's
//   architecture gives to the binding data model.
// NOTE: an argument typed as a map or `Record<string, string>` has no property names to
// read. Such a producer contributes no keys, so the rule then relies on CardBindingData.

const path = require('node:path');
const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { listCardPages } = require('../lib/forms');
const { stringValueOf } = require('../lib/literals');
const { isSdkFile } = require('../lib/sdk');

const RULE = 'card-binding-key';
const READ_DECORATORS = new Set(['LocalStorageProp', 'LocalStorageLink']);
const BINDING_CLASS = 'CardBindingData';

function forEachNode(sourceFile, visit) {
  const walk = (node) => {
    visit(node);
    ts.forEachChild(node, walk);
  };
  walk(sourceFile);
}

/** Property names of a type, methods excluded. */
function dataPropertyNames(checker, type) {
  return checker.getPropertiesOfType(checker.getApparentType(type))
    .filter((symbol) => !(symbol.flags & ts.SymbolFlags.Method))
    .map((symbol) => symbol.name);
}

function isCreateFormBindingData(checker, call) {
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  if (!ts.isIdentifier(callee) || callee.text !== 'createFormBindingData') {
    return false;
  }
  const signature = checker.getResolvedSignature(call);
  const declaration = signature && signature.declaration;
  return Boolean(declaration && isSdkFile(declaration.getSourceFile().fileName));
}

/** Collects the produced keys: `{ keys: Map<key, producer description>, producers: string[] }`. */
function collectProducedKeys(program, projectFiles, checker, projectDir) {
  const keys = new Map();
  const producers = [];
  const add = (names, where) => {
    for (const name of names) {
      if (!keys.has(name)) {
        keys.set(name, where);
      }
    }
  };

  for (const fileName of projectFiles) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) {
      continue;
    }
    forEachNode(sourceFile, (node) => {
      const relative = path.relative(projectDir, fileName);
      if (ts.isCallExpression(node) && node.arguments.length > 0 && isCreateFormBindingData(checker, node)) {
        const names = dataPropertyNames(checker, checker.getTypeAtLocation(node.arguments[0]));
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        producers.push(`createFormBindingData at ${relative}:${line + 1}`);
        add(names, relative);
      } else if (ts.isClassDeclaration(node) && node.name && node.name.text === BINDING_CLASS) {
        producers.push(`class ${BINDING_CLASS} in ${relative}`);
        add(dataPropertyNames(checker, checker.getTypeAtLocation(node.name)), relative);
      }
    });
  }
  return { keys, producers };
}

/** Lists the binding data keys a card page reads: `[{ key, node }]`. */
function collectReadKeys(sourceFile, checker) {
  const reads = [];
  forEachNode(sourceFile, (node) => {
    if (!ts.isDecorator(node) || !ts.isCallExpression(node.expression) || !ts.isIdentifier(node.expression.expression)) {
      return;
    }
    if (!READ_DECORATORS.has(node.expression.expression.text)) {
      return;
    }
    const argument = node.expression.arguments[0];
    reads.push({ key: stringValueOf(checker, argument), node: argument || node });
  });
  return reads;
}

function run(context) {
  const { program, projectFiles } = context.getProgram();
  const checker = program.getTypeChecker();
  const cardPages = listCardPages(context.project).filter(({ srcFile }) => program.getSourceFile(srcFile));
  if (cardPages.length === 0) {
    return [];
  }

  const { keys, producers } = collectProducedKeys(program, projectFiles, checker, context.project.dir);
  const findings = [];
  const seen = new Set();
  for (const { srcFile } of cardPages) {
    if (seen.has(srcFile)) {
      continue;
    }
    seen.add(srcFile);
    const sourceFile = program.getSourceFile(srcFile);
    const reads = collectReadKeys(sourceFile, checker);
    if (reads.length > 0 && keys.size === 0) {
      findings.push(producers.length === 0
        ? diagnosticAtNode(sourceFile, reads[0].node.getStart(sourceFile), RULE,
          `the card reads binding data, but no formBindingData.createFormBindingData call or ${BINDING_CLASS} class produces any; the fields keep their defaults`)
        : diagnosticAtNode(sourceFile, reads[0].node.getStart(sourceFile), RULE,
          `cannot tell which keys the binding data has (${producers.join('; ')}): pass an object of a class or interface type, or declare a ${BINDING_CLASS} class`));
      continue;
    }
    for (const { key, node } of reads) {
      if (key === undefined) {
        findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), RULE, 'binding data key must be a string literal or a string constant'));
      } else if (!keys.has(key)) {
        findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), RULE,
          `the card reads binding data key '${key}', but the form provider never sends it (keys sent: ${[...keys.keys()].join(', ')})`));
      }
    }
  }
  return findings;
}

module.exports = { id: RULE, phase: 'card', reports: ['card-binding-key'], needsProgram: true, run };
