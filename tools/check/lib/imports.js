'use strict';

// The import graph of project files, as the compiler resolved it.

const fs = require('node:fs');
const path = require('node:path');
const ts = require('ohos-typescript');

/** Lists the module specifiers of a source file with the node that names each one. */
function listImports(sourceFile) {
  const imports = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      // `import type` and `export type` are erased by the compiler and load nothing.
      const typeOnly = ts.isImportDeclaration(node) ? Boolean(node.importClause && node.importClause.isTypeOnly) : node.isTypeOnly;
      imports.push({ specifier: node.moduleSpecifier.text, node: node.moduleSpecifier, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      // Dynamic import('...') loads the module into the same process too.
      imports.push({ specifier: node.arguments[0].text, node: node.arguments[0], typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return imports;
}

/** Returns the file that `specifier` resolved to from `sourceFile`, or undefined. */
function resolvedFileName(sourceFile, specifier) {
  const resolved = sourceFile.resolvedModules && sourceFile.resolvedModules.get(specifier, undefined);
  return resolved ? resolved.resolvedFileName : undefined;
}

/**
 * Walks the runtime import graph from `startFile` through project files (never into the
 * SDK) in breadth-first order, skipping type-only imports. Calls
 * `visit({ sourceFile, specifier, node, target, chain })` for each import, where `chain`
 * lists the files from `startFile` to the importing file.
 */
function walkImports(program, startFile, isProjectFile, visit) {
  const queue = [{ fileName: startFile, chain: [startFile] }];
  const seen = new Set([startFile]);
  while (queue.length > 0) {
    const { fileName, chain } = queue.shift();
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) {
      continue;
    }
    for (const { specifier, node, typeOnly } of listImports(sourceFile)) {
      if (typeOnly) {
        continue;
      }
      const target = resolvedFileName(sourceFile, specifier);
      visit({ sourceFile, specifier, node, target, chain });
      if (target && isProjectFile(target) && !seen.has(target)) {
        seen.add(target);
        queue.push({ fileName: target, chain: [...chain, target] });
      }
    }
  }
}

/** Finds the module folder (the one holding `src/main/module.json5`) that contains a file. */
function findOwningModuleDir(fileName) {
  let dir = path.dirname(fileName);
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'src', 'main', 'module.json5'))) {
      return dir;
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

module.exports = { listImports, resolvedFileName, walkImports, findOwningModuleDir };
