'use strict';

// Reads the compile-time value of an expression: a string literal, a name whose type is a
// string literal type, or a constant initialized with one even when it is annotated
// `string` (`export const SYNC_METHOD: string = 'syncHealthData'`, as the ArkTS linter
// prefers explicit types).

const ts = require('ohos-typescript');

// Bound on constant-to-constant hops, against cycles.
const MAX_DEPTH = 8;

/** Returns the initializer of a `const` variable or a `readonly` property declaration. */
function constantInitializer(declaration) {
  if (!declaration || !declaration.initializer) {
    return undefined;
  }
  if (ts.isVariableDeclaration(declaration)) {
    const list = declaration.parent;
    return list && (list.flags & ts.NodeFlags.Const) ? declaration.initializer : undefined;
  }
  if (ts.isPropertyDeclaration(declaration)) {
    const readonly = (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0;
    return readonly ? declaration.initializer : undefined;
  }
  return undefined;
}

/** Returns the compile-time string value of `node`, or undefined when it has none. */
function stringValueOf(checker, node, depth = 0) {
  if (!node || depth > MAX_DEPTH) {
    return undefined;
  }
  if (ts.isStringLiteralLike(node)) {
    return node.text;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
    return stringValueOf(checker, node.expression, depth + 1);
  }
  const type = checker.getTypeAtLocation(node);
  if (type && type.isStringLiteral && type.isStringLiteral()) {
    return type.value;
  }
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
    let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
      symbol = checker.getAliasedSymbol(symbol);
    }
    const initializer = constantInitializer(symbol && symbol.valueDeclaration);
    return stringValueOf(checker, initializer, depth + 1);
  }
  return undefined;
}

/** Returns the initializer of property `name` in an object literal, or undefined. */
function propertyOf(objectLiteral, name) {
  if (!objectLiteral || !ts.isObjectLiteralExpression(objectLiteral)) {
    return undefined;
  }
  for (const property of objectLiteral.properties) {
    if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name) {
      if (ts.isPropertyAssignment(property)) {
        return property.initializer;
      }
      if (ts.isShorthandPropertyAssignment(property)) {
        return property.name;
      }
    }
  }
  return undefined;
}

module.exports = { stringValueOf, propertyOf };
