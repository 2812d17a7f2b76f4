'use strict';

// Resource references must resolve, or the build fails (config) or the UI shows nothing
// (code). A module can use its own resources, the app-wide AppScope resources and, for a
// HAP, the resources of the HARs it depends on, because the build merges them into it.
// Each language folder must translate exactly the strings of `base`.

const fs = require('node:fs');
const path = require('node:path');
const ts = require('ohos-typescript');

const { createDiagnostic, diagnosticAtNode, diagnosticAtText, lineAndColumn } = require('../lib/diagnostics');
const { findModuleOfFile } = require('../lib/program');
const { readJson5, listFiles } = require('../lib/project');
const { indexResources, hasResource, isLocaleFolder } = require('../lib/resources');

const CONFIG_REFERENCE = /^\$(string|color|media|float|profile|boolean|integer|pattern|plural):([\w.]+)$/;
const CODE_REFERENCE = /^app\.(\w+)\.(\w+)$/;

/** Collects every `$type:name` string value in a parsed JSON document. */
function collectConfigReferences(value, found = []) {
  if (typeof value === 'string') {
    const match = CONFIG_REFERENCE.exec(value);
    if (match) {
      found.push({ raw: value, type: match[1], name: match[2] });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item) => collectConfigReferences(item, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((item) => collectConfigReferences(item, found));
  }
  return found;
}

function harDependencies(project, module) {
  return Object.values(module.dependencies)
    .filter((target) => typeof target === 'string' && target.startsWith('file:'))
    .map((target) => path.resolve(module.dir, target.slice('file:'.length)))
    .map((dir) => project.modules.find((other) => other.dir === dir))
    .filter(Boolean);
}

/** Returns the resource indexes visible from a module's code and config. */
function visibleIndexes(project, module, cache) {
  const index = (dir) => {
    if (!cache.has(dir)) {
      cache.set(dir, indexResources(dir));
    }
    return cache.get(dir);
  };
  const indexes = [index(module.resourcesDir), index(path.join(project.dir, 'AppScope', 'resources'))];
  if (module.type !== 'har' && module.type !== 'shared') {
    for (const har of harDependencies(project, module)) {
      indexes.push(index(har.resourcesDir));
    }
  }
  return indexes;
}

function checkConfigFile(file, indexes, findings) {
  const parsed = readJson5(file);
  if (parsed.error) {
    return;
  }
  const cursor = new Map();
  for (const reference of collectConfigReferences(parsed.value)) {
    // Point at the n-th occurrence when the same reference appears more than once.
    const quoted = `"${reference.raw}"`;
    const from = cursor.has(quoted) ? cursor.get(quoted) + 1 : 0;
    const offset = parsed.text.indexOf(quoted, from);
    cursor.set(quoted, offset);
    if (!hasResource(indexes, reference.type, reference.name)) {
      findings.push(createDiagnostic({
        file,
        ...lineAndColumn(parsed.text, offset),
        rule: 'resource-ref',
        message: `${reference.raw} does not resolve: no ${reference.type} named '${reference.name}' in resources/base of this module, its HARs or AppScope`
      }));
    }
  }
}

function checkCodeReferences(sourceFile, indexes, findings) {
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === '$r') {
      const argument = node.arguments[0];
      if (argument && ts.isStringLiteralLike(argument)) {
        const match = CODE_REFERENCE.exec(argument.text);
        if (argument.text.startsWith('app.') && !match) {
          findings.push(diagnosticAtNode(sourceFile, argument.getStart(sourceFile), 'resource-ref',
            `'${argument.text}' is not a resource reference; write $r('app.<type>.<name>')`));
        } else if (match && !hasResource(indexes, match[1], match[2])) {
          findings.push(diagnosticAtNode(sourceFile, argument.getStart(sourceFile), 'resource-ref',
            `$r('${argument.text}') does not resolve: no ${match[1]} named '${match[2]}' in resources/base of this module, its HARs or AppScope`));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
}

/** resource-locale: each language folder translates exactly the strings of `base`. */
function checkLocales(qualifiers, findings) {
  const base = qualifiers.get('base');
  const baseStrings = (base && base.elements.get('string')) || new Map();
  for (const [name, index] of qualifiers) {
    if (!isLocaleFolder(name)) {
      continue;
    }
    const strings = index.elements.get('string') || new Map();
    const localeFile = path.join(index.dir, 'element', 'string.json');
    for (const key of baseStrings.keys()) {
      if (!strings.has(key)) {
        findings.push(createDiagnostic({ file: localeFile, rule: 'resource-locale',
          message: `string '${key}' of base has no ${name} translation; add it to ${name}/element/string.json` }));
      }
    }
    for (const [key, { file, text }] of strings) {
      if (!baseStrings.has(key)) {
        findings.push(diagnosticAtText(file, text, `"${key}"`, 'resource-locale',
          `string '${key}' exists in ${name} but not in base, the fallback for every other language; add it to base/element/string.json`));
      }
    }
  }
}

function run(context) {
  const { project } = context;
  const { program } = context.getProgram();
  const cache = new Map();
  const findings = [];

  for (const module of project.modules) {
    const indexes = visibleIndexes(project, module, cache);
    const qualifiers = indexes[0];

    for (const base of qualifiers.values()) {
      for (const error of base.parseErrors) {
        findings.push(createDiagnostic({ file: error.file, line: error.line || 1, column: error.column || 1, rule: 'config-json5', message: `invalid JSON5: ${error.error}` }));
      }
    }

    const configFiles = [module.moduleJsonPath, ...listFiles(path.join(module.resourcesDir, 'base', 'profile'), ['.json'])];
    for (const file of configFiles) {
      checkConfigFile(file, indexes, findings);
    }

    for (const fileName of module.sources) {
      const sourceFile = program.getSourceFile(fileName);
      if (sourceFile && findModuleOfFile(project, fileName) === module) {
        checkCodeReferences(sourceFile, indexes, findings);
      }
    }

    checkLocales(qualifiers, findings);
  }

  const appJson = path.join(project.dir, 'AppScope', 'app.json5');
  if (fs.existsSync(appJson)) {
    checkConfigFile(appJson, [indexResources(path.join(project.dir, 'AppScope', 'resources'))], findings);
  }
  return findings;
}

module.exports = { id: 'resources', phase: 'config', reports: ['resource-ref', 'resource-locale', 'config-json5'], needsProgram: true, run };
