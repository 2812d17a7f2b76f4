'use strict';

// Parses ArkTS card pages with the ArkTS compiler front end (ohos-typescript).
// The parser only builds component expressions such as `Column() { ... }` for names listed in
// the `ets.components` compiler option, so the list is read from the component declarations of
// @arkts/declarations (every `declare const Name: NameInterface`).

const fs = require('node:fs');
const path = require('node:path');
const ts = require('ohos-typescript');

// The package's `exports` map hides package.json, so the folder is found from the project root.
const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const DECLARATIONS_DIR = path.join(PROJECT_ROOT, 'node_modules', '@arkts', 'declarations', 'dist', 'component');

let cachedOptions = null;

function readComponentNames() {
  const names = new Set();
  const pattern = /^declare const ([A-Z][A-Za-z0-9]*): ([A-Za-z0-9]*)Interface/gm;

  for (const file of fs.readdirSync(DECLARATIONS_DIR)) {
    if (!file.endsWith('.d.ts')) {
      continue;
    }
    const text = fs.readFileSync(path.join(DECLARATIONS_DIR, file), 'utf8');
    for (const match of text.matchAll(pattern)) {
      names.add(match[1]);
    }
  }

  // ForEach must parse as a call, so that its item builder gets component syntax through
  // `syntaxComponents.paramsUICallback` below.
  names.delete('ForEach');
  names.delete('LazyForEach');
  return [...names].sort();
}

/** Builds the compiler options that make the parser accept ArkTS struct and component syntax. */
function etsCompilerOptions() {
  if (cachedOptions) {
    return cachedOptions;
  }
  const components = readComponentNames();
  cachedOptions = {
    target: ts.ScriptTarget.ES2017,
    ets: {
      render: { method: ['build', 'pageTransition'], decorator: ['Builder', 'LocalBuilder'] },
      components,
      libs: [],
      // The body of `@Extend(Text) function f() { .fontSize(12) }` parses as a chain on a virtual
      // `TextInstance`, once the component is listed here.
      extend: {
        decorator: ['Extend', 'AnimatableExtend'],
        components: components.map((name) => ({ name, type: `${name}Attribute`, instance: `${name}Instance` })),
      },
      styles: { decorator: 'Styles', component: { name: 'Common', type: 'T', instance: 'CommonInstance' }, property: 'stateStyles' },
      concurrent: { decorator: 'Concurrent' },
      customComponent: 'CustomComponent',
      propertyDecorators: [],
      emitDecorators: [],
      // Arrow functions passed to these get component syntax, as the item builder of ForEach.
      syntaxComponents: { paramsUICallback: ['ForEach', 'LazyForEach'], attrUICallback: [] },
    },
  };
  return cachedOptions;
}

/**
 * Parses one `.ets` source text. Returns the source file and its syntax errors as
 * `file:line:col message` strings.
 */
function parseEts(fileName, text) {
  const sourceFile = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.ES2017,
    true,
    ts.ScriptKind.ETS,
    etsCompilerOptions()
  );

  const errors = (sourceFile.parseDiagnostics || []).map((diagnostic) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start || 0);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    return `${fileName}:${line + 1}:${character + 1} ${message}`;
  });
  return { sourceFile, errors };
}

module.exports = { parseEts, etsCompilerOptions, ts };
