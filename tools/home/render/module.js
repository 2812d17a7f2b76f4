'use strict';

// Loads a card page and the modules it imports, and indexes their top-level declarations
// (structs, functions, variables, enums, classes, imports) for the interpreter. Relative imports
// resolve to `.ets`/`.ts` files next to the importer; a bare specifier resolves to a HAR of the
// project (`<root>/<name>/Index.ets`), as `import { ... } from 'widget'` does. Platform modules
// (`@kit.*`, `@ohos.*`) are not loaded: using a name imported from one is reported when it is
// evaluated.

const fs = require('node:fs');
const path = require('node:path');
const { parseEts, ts } = require('./parse');

const SOURCE_EXTENSIONS = ['.ets', '.ts'];

function hasDecorator(node, name) {
  return decoratorsOf(node).some((decorator) => decoratorName(decorator) === name);
}

function decoratorName(decorator) {
  const expression = decorator.expression;
  if (ts.isIdentifier(expression)) {
    return expression.text;
  }
  if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) {
    return expression.expression.text;
  }
  return undefined;
}

/**
 * Lists the decorators of a node. The ArkTS parser keeps decorators of a struct or class among its
 * modifiers, but those of a function (a global `@Builder`) in `illegalDecorators`.
 */
function decoratorsOf(node) {
  const fromModifiers = (node.modifiers || []).filter((modifier) => modifier.kind === ts.SyntaxKind.Decorator);
  return [...fromModifiers, ...(node.illegalDecorators || [])];
}

function hasExportModifier(node) {
  return (node.modifiers || []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

class CardModule {
  constructor(file, sourceFile, loader) {
    this.file = file;
    this.sourceFile = sourceFile;
    this.loader = loader;
    this.structs = new Map();
    this.functions = new Map();
    this.variables = new Map();
    this.enums = new Map();
    this.classes = new Map();
    this.imports = new Map();
    this.reExports = [];
    this.valueCache = new Map();
    this.index();
  }

  index() {
    for (const statement of this.sourceFile.statements) {
      if (ts.isStructDeclaration && ts.isStructDeclaration(statement)) {
        this.structs.set(statement.name.text, statement);
      } else if (ts.isFunctionDeclaration(statement) && statement.name) {
        this.functions.set(statement.name.text, statement);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) {
            this.variables.set(declaration.name.text, declaration);
          }
        }
      } else if (ts.isEnumDeclaration(statement)) {
        this.enums.set(statement.name.text, statement);
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        this.classes.set(statement.name.text, statement);
      } else if (ts.isImportDeclaration(statement)) {
        this.indexImport(statement);
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
        this.reExports.push(statement);
      }
    }
  }

  indexImport(statement) {
    const specifier = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (!clause) {
      return;
    }
    if (clause.name) {
      this.imports.set(clause.name.text, { specifier, importedName: 'default' });
    }
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const importedName = (element.propertyName || element.name).text;
        this.imports.set(element.name.text, { specifier, importedName });
      }
    } else if (bindings && ts.isNamespaceImport(bindings)) {
      this.imports.set(bindings.name.text, { specifier, importedName: '*' });
    }
  }

  /** Returns the module that an import specifier names, or null for a platform module. */
  resolveImport(specifier) {
    return this.loader.loadSpecifier(specifier, this.file);
  }

  /**
   * Finds a top-level declaration by name, following imports and re-exports. Returns
   * `{ kind, declaration, module }` or null.
   */
  findDeclaration(name, seen = new Set()) {
    const key = `${this.file}#${name}`;
    if (seen.has(key)) {
      return null;
    }
    seen.add(key);

    for (const [kind, table] of [
      ['struct', this.structs],
      ['function', this.functions],
      ['variable', this.variables],
      ['enum', this.enums],
      ['class', this.classes],
    ]) {
      if (table.has(name)) {
        return { kind, declaration: table.get(name), module: this };
      }
    }

    if (this.imports.has(name)) {
      const { specifier, importedName } = this.imports.get(name);
      const target = this.resolveImport(specifier);
      if (!target) {
        return { kind: 'platform', specifier, importedName, module: this };
      }
      if (importedName === '*') {
        return { kind: 'namespace', module: target };
      }
      return target.findDeclaration(importedName, seen);
    }

    for (const statement of this.reExports) {
      const target = this.resolveImport(statement.moduleSpecifier.text);
      if (!target) {
        continue;
      }
      const clause = statement.exportClause;
      if (!clause) {
        const found = target.findDeclaration(name, seen);
        if (found) {
          return found;
        }
        continue;
      }
      if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          if (element.name.text === name) {
            return target.findDeclaration((element.propertyName || element.name).text, seen);
          }
        }
      }
    }
    return null;
  }

  location(node) {
    const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
    return `${path.relative(this.loader.projectRoot, this.file)}:${line + 1}:${character + 1}`;
  }
}

/** Loads card modules, cached by path and modification time so that edits show on reload. */
class ModuleLoader {
  constructor(projectRoot) {
    this.projectRoot = projectRoot;
    this.cache = new Map();
  }

  load(file) {
    const absolute = path.resolve(file);
    const stat = fs.statSync(absolute);
    const cached = this.cache.get(absolute);
    if (cached && cached.mtimeMs === stat.mtimeMs) {
      return cached.module;
    }

    const text = fs.readFileSync(absolute, 'utf8');
    const { sourceFile, errors } = parseEts(path.relative(this.projectRoot, absolute), text);
    const module = new CardModule(absolute, sourceFile, this);
    module.parseErrors = errors;
    this.cache.set(absolute, { mtimeMs: stat.mtimeMs, module });
    return module;
  }

  loadSpecifier(specifier, importerFile) {
    let base;
    if (specifier.startsWith('.')) {
      base = path.resolve(path.dirname(importerFile), specifier);
    } else if (/^[a-z][\w-]*$/.test(specifier)) {
      base = path.join(this.projectRoot, specifier, 'Index');
    } else {
      return null;
    }

    for (const candidate of [base, ...SOURCE_EXTENSIONS.map((extension) => base + extension)]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
        return this.load(candidate);
      }
    }
    return null;
  }
}

module.exports = { ModuleLoader, CardModule, hasDecorator, decoratorName, decoratorsOf, hasExportModifier };
