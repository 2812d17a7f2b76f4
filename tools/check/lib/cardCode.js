'use strict';

// The code that runs inside a card. A card page may import HAR and same-module code, and the
// Form Render Service runs all of it under the card's restrictions. Starting from the card page,
// this module visits:
// - the whole card page;
// - the top-level code of every project file in the page's runtime import graph, because a
//   module's top level runs when it is loaded (function and class bodies do not);
// - the body of every project function, method, constructor, `@Builder` function and custom
//   component that visited code calls or references as a value, followed transitively;
// - the methods of a constructed class that implement an SDK interface, because the framework
//   calls them;
// - the body of every project function that the card page imports by name, even when the page
//   never calls it. This is stricter than the runtime, and it keeps a helper that was imported
//   for the card from hiding a non-card API until the day someone calls it.
// Each visited piece of code carries its chain from the card page, for the messages.

const path = require('node:path');
const ts = require('ohos-typescript');

const { walkImports } = require('./imports');
const { isSdkFile } = require('./sdk');

/** True when `node` is the name of the declaration or import it sits in. */
function isDeclarationName(node) {
  const parent = node.parent;
  return Boolean(parent && (ts.isDeclaration(parent) || ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent))
    && parent.name === node);
}

/** Returns the call-like expression whose callee ends with `identifier`, if any. */
function enclosingCall(identifier) {
  const parent = identifier.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent) || ts.isEtsComponentExpression(parent)) && parent.expression === identifier) {
    return parent;
  }
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) {
    const grand = parent.parent;
    if ((ts.isCallExpression(grand) || ts.isNewExpression(grand)) && grand.expression === parent) {
      return grand;
    }
  }
  return undefined;
}

/**
 * Returns the declarations a use resolves to: the chosen overload for a call, otherwise
 * every declaration of the symbol (after following an import alias).
 */
function resolveDeclarations(checker, identifier) {
  const call = enclosingCall(identifier);
  if (call && !ts.isEtsComponentExpression(call)) {
    const signature = checker.getResolvedSignature(call);
    if (signature && signature.declaration && !ts.isJSDocSignature(signature.declaration)) {
      return [signature.declaration];
    }
  }
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
    symbol = checker.getAliasedSymbol(symbol);
  }
  return (symbol && symbol.declarations) || [];
}

/** Names a declaration for messages: `Owner.member` when it has an owner. */
function describeDeclaration(declaration, fallbackName) {
  if (ts.isConstructorDeclaration(declaration) && declaration.parent.name) {
    return declaration.parent.name.text;
  }
  let owner = declaration.parent;
  while (owner && !(ts.isClassDeclaration(owner) || ts.isStructDeclaration(owner) || ts.isInterfaceDeclaration(owner)
    || ts.isModuleDeclaration(owner) || ts.isEnumDeclaration(owner))) {
    owner = owner.parent;
  }
  const ownerName = owner && owner.name && ts.isIdentifier(owner.name) ? `${owner.name.text}.` : '';
  return `${ownerName}${fallbackName}`;
}

function isFunctionExpressionLike(node) {
  return Boolean(node) && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}

/**
 * Returns the piece of code that runs when `declaration` is used by `identifier`, as
 * `{ node, mode }`, or undefined when the use runs no project code. `mode` is 'all' (the
 * whole node) or 'instance' (a class's constructor, instance field initializers and the
 * methods that implement SDK interfaces).
 */
function codeOfDeclaration(declaration, identifier) {
  if (ts.isStructDeclaration(declaration)) {
    return { node: declaration, mode: 'all' };
  }
  if (ts.isConstructorDeclaration(declaration)) {
    // A custom component call `TitleView({ ... })` resolves to the struct's constructor, and
    // creating the component runs its build().
    return ts.isStructDeclaration(declaration.parent) ? { node: declaration.parent, mode: 'all' } : { node: declaration.parent, mode: 'instance' };
  }
  if (ts.isClassDeclaration(declaration)) {
    const parent = identifier.parent;
    return ts.isNewExpression(parent) && parent.expression === identifier ? { node: declaration, mode: 'instance' } : undefined;
  }
  if ((ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration) || ts.isGetAccessorDeclaration(declaration)
    || ts.isSetAccessorDeclaration(declaration) || isFunctionExpressionLike(declaration)) && declaration.body) {
    return { node: declaration, mode: 'all' };
  }
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && isFunctionExpressionLike(declaration.initializer)) {
    return { node: declaration.initializer, mode: 'all' };
  }
  return undefined;
}

function isFunctionBoundary(node) {
  return ts.isFunctionLike(node) && !ts.isCallSignatureDeclaration(node) && !ts.isConstructSignatureDeclaration(node);
}

/**
 * Returns the member names that a class inherits from SDK types it extends or implements.
 * The framework calls those methods (`IDataSource.getData` for LazyForEach, for example), so
 * they run although no project code calls them.
 */
function listSdkCallbackNames(checker, classNode) {
  const names = new Set();
  for (const clause of classNode.heritageClauses || []) {
    for (const typeNode of clause.types) {
      for (const property of checker.getPropertiesOfType(checker.getTypeAtLocation(typeNode))) {
        if ((property.declarations || []).some((declaration) => isSdkFile(declaration.getSourceFile().fileName))) {
          names.add(property.name);
        }
      }
    }
  }
  return names;
}

/** Lists the child nodes that a scan in `mode` visits below `node`. */
function childrenToScan(checker, node, mode, isRoot) {
  const children = [];
  if (mode === 'instance' && isRoot) {
    const callbackNames = listSdkCallbackNames(checker, node);
    for (const member of node.members) {
      const isStatic = (ts.getModifiers(member) || []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      const isCallback = !isStatic && member.name && ts.isIdentifier(member.name) && callbackNames.has(member.name.text)
        && (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member));
      if (ts.isConstructorDeclaration(member) || (ts.isPropertyDeclaration(member) && !isStatic && member.initializer) || isCallback) {
        children.push(member);
      }
    }
    return children;
  }
  if (mode === 'load' && !isRoot) {
    // At load time only the top level runs. A class contributes its static field initializers,
    // and function, method and component bodies run later, when something calls them.
    if (isFunctionBoundary(node) || ts.isStructDeclaration(node)) {
      return children;
    }
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      for (const member of node.members) {
        const isStatic = (ts.getModifiers(member) || []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if ((ts.isPropertyDeclaration(member) && isStatic && member.initializer) || ts.isClassStaticBlockDeclaration(member)) {
          children.push(member);
        }
      }
      return children;
    }
  }
  ts.forEachChild(node, (child) => {
    children.push(child);
  });
  return children;
}

/**
 * Visits the code that card page `cardFile` runs. Calls `inspect(identifier, sourceFile,
 * chain, declarations)` for every identifier in a value position, with the declarations it
 * resolves to. `chain` is undefined inside the card page and otherwise lists the steps from
 * the card page to the code, for messages.
 * `isProjectCode(fileName)` returns true for the project's own source files.
 */
function walkCardCode(program, project, cardFile, isProjectCode, inspect) {
  const checker = program.getTypeChecker();
  const cardSource = program.getSourceFile(cardFile);
  if (!cardSource) {
    return;
  }
  const relative = (fileName) => path.relative(project.dir, fileName).split(path.sep).join('/');
  const queue = [];
  const queued = new Set();

  const enqueue = (node, mode, chain) => {
    const key = `${mode}:${node.getSourceFile().fileName}:${node.pos}:${node.end}`;
    if (queued.has(key)) {
      return;
    }
    queued.add(key);
    queue.push({ node, mode, chain });
  };

  // Project code that a use in the visited code runs: queue it with one more chain step.
  const follow = (identifier, declarations, chain) => {
    for (const declaration of declarations) {
      const fileName = declaration.getSourceFile().fileName;
      if (fileName === cardFile || !isProjectCode(fileName)) {
        continue;
      }
      const code = codeOfDeclaration(declaration, identifier);
      if (code) {
        const step = `${describeDeclaration(declaration, identifier.text)} (${relative(fileName)})`;
        enqueue(code.node, code.mode, [...(chain || [relative(cardFile)]), step]);
      }
    }
  };

  const scan = ({ node, mode, chain }) => {
    const sourceFile = node.getSourceFile();
    const visit = (current, isRoot) => {
      if (ts.isImportDeclaration(current) || ts.isExportDeclaration(current) || ts.isTypeNode(current)) {
        return;
      }
      if (ts.isIdentifier(current) && !isDeclarationName(current)) {
        const declarations = resolveDeclarations(checker, current);
        inspect(current, sourceFile, chain, declarations);
        follow(current, declarations, chain);
      }
      for (const child of childrenToScan(checker, current, mode, isRoot)) {
        visit(child, false);
      }
    };
    visit(node, true);
  };

  // The page first, so that code it calls gets the chain through the call, not the import.
  enqueue(cardSource, 'all', undefined);
  scan(queue.shift());

  // Functions the page imports by name count as used, called or not.
  for (const statement of cardSource.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (!clause || clause.isTypeOnly) {
      continue;
    }
    const names = [];
    if (clause.name) {
      names.push(clause.name);
    }
    if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      names.push(...clause.namedBindings.elements.filter((element) => !element.isTypeOnly).map((element) => element.name));
    }
    for (const name of names) {
      const symbol = checker.getSymbolAtLocation(name);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      for (const declaration of (target && target.declarations) || []) {
        const code = ts.isFunctionDeclaration(declaration) || ts.isVariableDeclaration(declaration) ? codeOfDeclaration(declaration, name) : undefined;
        if (code && isProjectCode(declaration.getSourceFile().fileName)) {
          enqueue(code.node, code.mode, [relative(cardFile), `import ${name.text} (${relative(declaration.getSourceFile().fileName)})`]);
        }
      }
    }
  }

  // Every module of the runtime import graph runs its top level when the card loads.
  walkImports(program, cardFile, isProjectCode, ({ target, chain }) => {
    const targetSource = target && isProjectCode(target) ? program.getSourceFile(target) : undefined;
    if (targetSource) {
      enqueue(targetSource, 'load', [...chain, target].map((fileName, index) => (index === 0 ? relative(fileName) : `${relative(fileName)} (loaded)`)));
    }
  });

  while (queue.length > 0) {
    scan(queue.shift());
  }
}

/** True for the project's own source files: not the SDK, not declaration files, not node_modules. */
function isProjectSource(project, fileName) {
  return fileName.startsWith(project.dir + path.sep)
    && !fileName.includes(`${path.sep}node_modules${path.sep}`)
    && !fileName.endsWith('.d.ts') && !fileName.endsWith('.d.ets')
    && !isSdkFile(fileName);
}

module.exports = { walkCardCode, isProjectSource, resolveDeclarations, isDeclarationName, enclosingCall };
