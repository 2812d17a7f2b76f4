'use strict';

// A card's 'call' event starts the target UIAbility in the background
// (OpenHarmony docs, application-dev/form/arkts-ui-widget-event-call.md), and a UIAbility
// started in the background gets onCreate and then onBackground, never onWindowStageCreate
// (application-dev/application-models/uiability-lifecycle.md). So the callee must be
// registered in onCreate, directly or through project code that onCreate calls. Its
// counterpart is callee.off in onDestroy.
// - callee-on-create (error): a callee.on that no UIAbility's onCreate reaches;
// - callee-off-destroy (warning): a method registered from onCreate that onDestroy does not
//   unregister.

const path = require('node:path');
const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { isProjectSource } = require('../lib/cardCode');
const { resolveMainPath } = require('../lib/forms');
const { stringValueOf } = require('../lib/literals');
const { collectReachedFunctions, isInsideReached, describeEnclosingFunction, functionOfDeclaration } = require('../lib/reach');
const { isSdkFile } = require('../lib/sdk');

const CALLEE_INTERFACE = 'Callee';
const UI_ABILITY_CLASS = 'UIAbility';

/**
 * True for a call of the SDK's `Callee.on` or `Callee.off` (`method` names which). Without
 * type information, `<x>.callee.on(...)` and `callee.on(...)` count too.
 */
function isCalleeCall(checker, node, method) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== method) {
    return false;
  }
  const signature = checker.getResolvedSignature(node);
  const declaration = signature && signature.declaration;
  if (declaration && declaration.parent && ts.isInterfaceDeclaration(declaration.parent)) {
    return declaration.parent.name.text === CALLEE_INTERFACE && isSdkFile(declaration.getSourceFile().fileName);
  }
  const target = node.expression.expression;
  return (ts.isPropertyAccessExpression(target) && target.name.text === 'callee') || (ts.isIdentifier(target) && target.text === 'callee');
}

function collectCalls(program, checker, files, method) {
  const calls = [];
  for (const fileName of files) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile || !sourceFile.text.includes('callee') && !sourceFile.text.includes(`.${method}(`)) {
      continue;
    }
    const walk = (node) => {
      if (isCalleeCall(checker, node, method)) {
        calls.push({ node, sourceFile, method: stringValueOf(checker, node.arguments[0]) });
      }
      ts.forEachChild(node, walk);
    };
    walk(sourceFile);
  }
  return calls;
}

/** True when the class's base chain contains the SDK's UIAbility. */
function extendsUIAbility(checker, classNode) {
  const seen = new Set();
  let types = [checker.getTypeAtLocation(classNode.name)];
  while (types.length > 0) {
    const next = [];
    for (const type of types) {
      if (!type || seen.has(type)) {
        continue;
      }
      seen.add(type);
      // `export default class UIAbility` has the symbol name 'default', so read the declaration's name.
      const symbol = type.getSymbol();
      const declaration = symbol && symbol.declarations && symbol.declarations[0];
      const name = declaration && declaration.name && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
      if (name === UI_ABILITY_CLASS && isSdkFile(declaration.getSourceFile().fileName)) {
        return true;
      }
      if (type.isClassOrInterface()) {
        next.push(...checker.getBaseTypes(type));
      }
    }
    types = next;
  }
  return false;
}

/**
 * Lists the UIAbility classes that module.json5 declares: `{ classes: [{ name, classNode }],
 * unresolved }`. Abilities that share a srcEntry share one entry, named `A/B`. `unresolved`
 * names the abilities whose srcEntry is not a source file of the program.
 */
function listUIAbilityClasses(project, program, checker) {
  const names = new Map();
  const unresolved = [];
  for (const module of project.modules) {
    for (const ability of module.info.abilities) {
      const sourceFile = typeof ability.srcEntry === 'string' ? program.getSourceFile(resolveMainPath(module, ability.srcEntry)) : undefined;
      if (!sourceFile) {
        unresolved.push(ability.name);
      }
      for (const statement of sourceFile ? sourceFile.statements : []) {
        if (ts.isClassDeclaration(statement) && statement.name && extendsUIAbility(checker, statement)) {
          names.set(statement, [...(names.get(statement) || []), ability.name]);
        }
      }
    }
  }
  return { classes: [...names].map(([classNode, abilityNames]) => ({ name: abilityNames.join('/'), classNode })), unresolved };
}

/** Returns the project implementation of a lifecycle method, inherited ones included. */
function lifecycleMethod(checker, classNode, name, isProjectCode) {
  const property = checker.getPropertyOfType(checker.getTypeAtLocation(classNode.name), name);
  for (const declaration of (property && property.declarations) || []) {
    if (isProjectCode(declaration.getSourceFile().fileName) && functionOfDeclaration(declaration)) {
      return functionOfDeclaration(declaration);
    }
  }
  return undefined;
}

function describeMethod(method) {
  return method === undefined ? 'a method' : `'${method}'`;
}

function run(context) {
  const { program } = context.getProgram();
  const { project } = context;
  const checker = program.getTypeChecker();
  const isProjectCode = (fileName) => isProjectSource(project, fileName);
  // Test sources register on mocks; only src/main code runs on a device.
  const mainFiles = project.modules.flatMap((module) => module.sources.filter((file) => file.startsWith(module.mainDir + path.sep)));

  const registrations = collectCalls(program, checker, mainFiles, 'on');
  if (registrations.length === 0) {
    return [];
  }
  const unregistrations = collectCalls(program, checker, mainFiles, 'off');
  const { classes, unresolved } = listUIAbilityClasses(project, program, checker);
  const abilities = classes.map((ability) => {
    const onCreate = lifecycleMethod(checker, ability.classNode, 'onCreate', isProjectCode);
    const onDestroy = lifecycleMethod(checker, ability.classNode, 'onDestroy', isProjectCode);
    return {
      ...ability,
      onDestroy,
      fromCreate: onCreate ? collectReachedFunctions(checker, [onCreate], isProjectCode) : new Set(),
      fromDestroy: onDestroy ? collectReachedFunctions(checker, [onDestroy], isProjectCode) : new Set()
    };
  });

  const findings = [];
  const abilityNames = abilities.map((ability) => ability.name).join(', ') || 'none declared in module.json5';
  // An ability without a loadable srcEntry (config-src-entry reports it) may be the one that
  // registers, so late registrations cannot be judged until it is fixed.
  const judged = unresolved.length > 0 ? [] : registrations;
  for (const { node, sourceFile, method } of judged) {
    if (abilities.some((ability) => isInsideReached(node, ability.fromCreate))) {
      continue;
    }
    findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), 'callee-on-create',
      `callee.on(${describeMethod(method)}) in ${describeEnclosingFunction(node)} is not reached from onCreate of a UIAbility (${abilityNames}); `
      + 'a card\'s \'call\' event starts the ability with onCreate then onBackground, never onWindowStageCreate, so the call finds no callee. Register it in onCreate'));
  }

  for (const ability of abilities) {
    const registered = registrations.filter(({ node }) => isInsideReached(node, ability.fromCreate));
    const released = unregistrations.filter(({ node }) => isInsideReached(node, ability.fromDestroy));
    for (const { node, sourceFile, method } of registered) {
      // An off with a method that cannot be read may release any method.
      if (released.some((off) => off.method === undefined || off.method === method)) {
        continue;
      }
      const argument = method === undefined ? 'method' : `'${method}'`;
      const where = ability.onDestroy ? `its onDestroy never calls callee.off(${argument})` : 'it has no onDestroy';
      findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), 'callee-off-destroy',
        `${ability.name} registers ${describeMethod(method)} with callee.on in onCreate, but ${where}; unregister it with this.callee.off(${argument}) in onDestroy`,
        'warning'));
    }
  }
  return findings;
}

module.exports = { id: 'callee-lifecycle', phase: 'card', reports: ['callee-on-create', 'callee-off-destroy'], needsProgram: true, run };
