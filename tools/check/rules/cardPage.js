'use strict';

// Structural rules for card pages from the Form Kit guide (OpenHarmony docs,
// application-dev/form). A card may import HAR code but never HSP code, and neither the card
// page nor the code it reaches may use timers. It is an `@Entry(storage)` component whose
// binding data arrives through a LocalStorage.

const path = require('node:path');
const ts = require('ohos-typescript');

const { diagnosticAtNode, createDiagnostic } = require('../lib/diagnostics');
const { listCardSourceFiles } = require('../lib/forms');
const { walkImports, findOwningModuleDir } = require('../lib/imports');
const { readJson5 } = require('../lib/project');
const { isSdkFile } = require('../lib/sdk');
const { walkCardCode, isProjectSource } = require('../lib/cardCode');

const TIMER_FUNCTIONS = new Set(['setTimeout', 'setInterval']);

function isProjectFile(project, fileName) {
  return fileName.startsWith(project.dir + path.sep) && !fileName.includes(`${path.sep}node_modules${path.sep}`);
}

function moduleTypeOf(moduleDir, cache) {
  if (!cache.has(moduleDir)) {
    const json = readJson5(path.join(moduleDir, 'src', 'main', 'module.json5')).value;
    cache.set(moduleDir, json && json.module ? json.module.type : undefined);
  }
  return cache.get(moduleDir);
}

/** card-hsp-import: the card page's import graph must not reach a module of type "shared". */
function checkHspImports(project, program, cardFile) {
  const findings = [];
  const typeCache = new Map();
  walkImports(program, cardFile, (file) => isProjectFile(project, file), ({ sourceFile, specifier, node, target, chain }) => {
    if (!target || !isProjectFile(project, target)) {
      return;
    }
    const moduleDir = findOwningModuleDir(target);
    if (!moduleDir || moduleTypeOf(moduleDir, typeCache) !== 'shared') {
      return;
    }
    const via = chain.length > 1 ? ` (through ${chain.slice(1).map((file) => path.relative(project.dir, file)).join(' -> ')})` : '';
    findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), 'card-hsp-import',
      `card page ${path.relative(project.dir, cardFile)} imports '${specifier}' from the HSP ${path.relative(project.dir, moduleDir)}${via}; cards cannot load HSP code, so move it into a HAR`));
  });
  return findings;
}

/**
 * card-timer: setTimeout and setInterval do not run in a card, neither in the card page nor in
 * the project code it reaches (lib/cardCode.js). `reported` keeps code shared by two card pages
 * from being reported twice.
 */
function checkTimers(project, program, cardFile, reported) {
  const checker = program.getTypeChecker();
  const findings = [];
  walkCardCode(program, project, cardFile, (fileName) => isProjectSource(project, fileName), (identifier, sourceFile, chain) => {
    if (!TIMER_FUNCTIONS.has(identifier.text)) {
      return;
    }
    const parent = identifier.parent;
    const call = ts.isPropertyAccessExpression(parent) && parent.name === identifier ? parent.parent : parent;
    const callee = call && ts.isCallExpression(call) ? call.expression : undefined;
    if (!callee || (callee !== identifier && callee !== parent)) {
      return;
    }
    const symbol = checker.getSymbolAtLocation(identifier);
    const declarations = (symbol && symbol.declarations) || [];
    // A project function that happens to be called setTimeout is not the timer.
    const isGlobalTimer = declarations.length === 0 || declarations.some((d) => isSdkFile(d.getSourceFile().fileName) || d.getSourceFile().isDeclarationFile);
    const position = identifier.getStart(sourceFile);
    const key = `${sourceFile.fileName}:${position}`;
    if (!isGlobalTimer || reported.has(key)) {
      return;
    }
    reported.add(key);
    const via = chain ? ` (card code reaches it: ${chain.join(' -> ')})` : '';
    findings.push(diagnosticAtNode(sourceFile, position, 'card-timer',
      `${identifier.text} does not run in a card${via}; let the form provider push new binding data instead`));
  });
  return findings;
}

function decoratorName(decorator) {
  const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
  return ts.isIdentifier(expression) ? expression.text : undefined;
}

/** card-entry-storage: the page has an `@Entry` struct that receives a LocalStorage. */
function checkEntryStorage(sourceFile, checker) {
  const entries = [];
  const visit = (node) => {
    if (ts.isStructDeclaration(node)) {
      for (const decorator of ts.getAllDecorators(node)) {
        if (decoratorName(decorator) === 'Entry') {
          entries.push({ node, decorator });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);

  if (entries.length === 0) {
    return [createDiagnostic({ file: sourceFile.fileName, rule: 'card-entry-storage',
      message: 'card page has no @Entry component; declare `@Entry(storage) @Component struct ...` with `let storage = new LocalStorage()`' })];
  }

  const findings = [];
  for (const { decorator } of entries) {
    const call = ts.isCallExpression(decorator.expression) ? decorator.expression : undefined;
    const argument = call && call.arguments[0];
    const type = argument && checker.getTypeAtLocation(argument);
    const typeName = type && type.symbol ? type.symbol.name : undefined;
    if (typeName !== 'LocalStorage') {
      findings.push(diagnosticAtNode(sourceFile, decorator.getStart(sourceFile), 'card-entry-storage',
        'the card\'s @Entry receives no LocalStorage, so @LocalStorageProp fields never see the binding data; write @Entry(storage) with `let storage = new LocalStorage()`'));
    }
  }
  return findings;
}

function run(context) {
  const { program } = context.getProgram();
  const checker = program.getTypeChecker();
  const findings = [];
  const reportedTimers = new Set();
  for (const sourceFile of listCardSourceFiles(context.project, program)) {
    const srcFile = sourceFile.fileName;
    findings.push(...checkHspImports(context.project, program, srcFile));
    findings.push(...checkTimers(context.project, program, srcFile, reportedTimers));
    findings.push(...checkEntryStorage(sourceFile, checker));
  }
  return findings;
}

module.exports = { id: 'card-page', phase: 'card', reports: ['card-hsp-import', 'card-timer', 'card-entry-storage'], needsProgram: true, run };
