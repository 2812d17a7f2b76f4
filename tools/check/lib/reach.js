'use strict';

// Which project code runs when a given method runs. Starting from root functions (for example
// a UIAbility's onCreate), this follows every project function, method, accessor and
// constructor that reached code calls or passes as a value, transitively, through the type
// checker. Nested callbacks count as part of the function they are written in.
// NOTE: a callback that runs later (an event handler, `promise.then`) counts as reached too,
// because the walk cannot tell it from a synchronous callback such as `forEach`.

const ts = require('ohos-typescript');

const { resolveDeclarations, isDeclarationName } = require('./cardCode');

function isFunctionExpressionLike(node) {
  return Boolean(node) && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}

/** Returns the function-like node whose body runs when `declaration` is called, or undefined. */
function functionOfDeclaration(declaration) {
  if ((ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration) || ts.isConstructorDeclaration(declaration)
    || ts.isGetAccessorDeclaration(declaration) || ts.isSetAccessorDeclaration(declaration) || isFunctionExpressionLike(declaration))
    && declaration.body) {
    return declaration;
  }
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && isFunctionExpressionLike(declaration.initializer)) {
    return declaration.initializer;
  }
  return undefined;
}

/**
 * Returns the set of function-like nodes reached from `roots`, the roots included.
 * `isProjectCode(fileName)` limits the walk to the project's own sources.
 */
function collectReachedFunctions(checker, roots, isProjectCode) {
  const reached = new Set();
  const queue = [];
  const enqueue = (node) => {
    if (!reached.has(node)) {
      reached.add(node);
      queue.push(node);
    }
  };
  roots.forEach(enqueue);

  const visit = (node) => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) {
      return;
    }
    if (ts.isIdentifier(node) && !isDeclarationName(node)) {
      for (const declaration of resolveDeclarations(checker, node)) {
        const target = isProjectCode(declaration.getSourceFile().fileName) ? functionOfDeclaration(declaration) : undefined;
        if (target) {
          enqueue(target);
        }
      }
    }
    ts.forEachChild(node, visit);
  };

  while (queue.length > 0) {
    visit(queue.shift());
  }
  return reached;
}

/** True when `node` sits inside one of the reached functions. */
function isInsideReached(node, reached) {
  for (let current = node.parent; current; current = current.parent) {
    if (reached.has(current)) {
      return true;
    }
  }
  return false;
}

/** Names the method or function that contains `node`, as `Class.method` or `function`, for messages. */
function describeEnclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    const isNamed = (ts.isMethodDeclaration(current) || ts.isFunctionDeclaration(current) || ts.isGetAccessorDeclaration(current)
      || ts.isSetAccessorDeclaration(current)) && current.name && ts.isIdentifier(current.name);
    if (isNamed || ts.isConstructorDeclaration(current)) {
      const name = ts.isConstructorDeclaration(current) ? 'constructor' : current.name.text;
      const owner = current.parent && (ts.isClassDeclaration(current.parent) || ts.isStructDeclaration(current.parent)) && current.parent.name
        ? `${current.parent.name.text}.` : '';
      return `${owner}${name}`;
    }
  }
  return 'the top level of the file';
}

module.exports = { collectReachedFunctions, isInsideReached, describeEnclosingFunction, functionOfDeclaration };
