'use strict';

// Reads the DevEco Studio project layout: which modules exist, their type, their
// configuration files and their source files. Every later phase works on this model.

const fs = require('node:fs');
const path = require('node:path');
const JSON5 = require('json5');

const SOURCE_SETS = ['main', 'test', 'ohosTest'];
const SOURCE_EXTENSIONS = ['.ets', '.ts'];

/** Reads and parses a JSON5 file; returns `{ value }` or `{ error }` with the parser message. */
function readJson5(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `cannot read ${file}: ${error.code || error.message}` };
  }
  try {
    return { value: JSON5.parse(text), text };
  } catch (error) {
    return { error: error.message, text, line: error.lineNumber, column: error.columnNumber };
  }
}

function listFiles(dir, extensions, found = []) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      listFiles(full, extensions, found);
    } else if (extensions.some((ext) => entry.name.endsWith(ext))) {
      found.push(full);
    }
  }
  return found;
}

/**
 * Lists the module folders: the `modules[].srcPath` entries of build-profile.json5, or,
 * without that file, every top-level folder that contains `src/main/module.json5`.
 */
function findModuleDirs(projectDir) {
  const profile = readJson5(path.join(projectDir, 'build-profile.json5'));
  if (profile.value && Array.isArray(profile.value.modules)) {
    return profile.value.modules
      .filter((module) => typeof module.srcPath === 'string')
      .map((module) => ({ name: module.name, dir: path.resolve(projectDir, module.srcPath) }));
  }
  return fs.readdirSync(projectDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(projectDir, entry.name, 'src', 'main', 'module.json5')))
    .map((entry) => ({ name: entry.name, dir: path.join(projectDir, entry.name) }));
}

/** Returns the API level of `compatibleSdkVersion` ("5.1.0(18)" -> 18), or undefined. */
function readCompatibleApiLevel(projectDir) {
  const profile = readJson5(path.join(projectDir, 'build-profile.json5'));
  const products = (profile.value && profile.value.app && profile.value.app.products) || [];
  for (const product of products) {
    const version = String(product.compatibleSdkVersion || '');
    const match = /\((\d+)\)/.exec(version) || /^(\d+)$/.exec(version);
    if (match) {
      return Number(match[1]);
    }
  }
  return undefined;
}

/** Returns the plain objects of `value` when it is an array, else []. Drops null, numbers and strings. */
function objectsOf(value) {
  return Array.isArray(value) ? value.filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item)) : [];
}

/**
 * Returns the fields of module.json5 that the rules read, with wrong types replaced by
 * empty values, so a malformed file produces findings instead of exceptions.
 */
function normalizeModuleInfo(moduleInfo) {
  return {
    abilities: objectsOf(moduleInfo.abilities),
    extensionAbilities: objectsOf(moduleInfo.extensionAbilities),
    requestPermissions: objectsOf(moduleInfo.requestPermissions),
    deviceTypes: Array.isArray(moduleInfo.deviceTypes) ? moduleInfo.deviceTypes.filter((type) => typeof type === 'string') : [],
    pages: moduleInfo.pages
  };
}

function loadModule(projectDir, { name, dir }) {
  const moduleJsonPath = path.join(dir, 'src', 'main', 'module.json5');
  const moduleJson = readJson5(moduleJsonPath);
  const packageJsonPath = path.join(dir, 'oh-package.json5');
  const packageJson = readJson5(packageJsonPath);
  const rawInfo = moduleJson.value && moduleJson.value.module;
  const moduleInfo = rawInfo !== null && typeof rawInfo === 'object' ? rawInfo : {};
  const packageDependencies = packageJson.value && packageJson.value.dependencies;

  const sources = [];
  for (const set of SOURCE_SETS) {
    sources.push(...listFiles(path.join(dir, 'src', set), SOURCE_EXTENSIONS)
      .filter((file) => !file.endsWith('.d.ts') && !file.endsWith('.d.ets')));
  }

  return {
    name: typeof moduleInfo.name === 'string' ? moduleInfo.name : (name || path.basename(dir)),
    dir,
    relativeDir: path.relative(projectDir, dir),
    type: moduleInfo.type,
    info: normalizeModuleInfo(moduleInfo),
    deviceTypes: normalizeModuleInfo(moduleInfo).deviceTypes,
    dependencies: packageDependencies !== null && typeof packageDependencies === 'object' ? packageDependencies : {},
    moduleJsonPath,
    moduleJson,
    packageJsonPath,
    packageJson,
    mainDir: path.join(dir, 'src', 'main'),
    resourcesDir: path.join(dir, 'src', 'main', 'resources'),
    sources: sources.sort()
  };
}

/** Explains why `root` has no modules, for the error that stops the check. */
function describeMissingModules(root, listed) {
  const profile = path.join(root, 'build-profile.json5');
  if (listed.length > 0) {
    const missing = listed.map((module) => path.relative(root, module.dir) || '.').join(', ');
    return `no module found in ${root}: the modules of build-profile.json5 (${missing}) do not exist; fix their srcPath`;
  }
  const parsed = fs.existsSync(profile) ? readJson5(profile) : undefined;
  if (parsed && parsed.error) {
    return `no module found in ${root}: build-profile.json5 is not valid JSON5 (${parsed.error}) and no folder has src/main/module.json5; fix the file`;
  }
  if (parsed) {
    return `no module found in ${root}: build-profile.json5 lists no modules with a srcPath; add the modules, or pass --project the root of a DevEco Studio project`;
  }
  return `no module found in ${root}: it has no build-profile.json5 and no folder with src/main/module.json5; pass --project the root of a DevEco Studio project`;
}

/** Loads the project model rooted at `projectDir`; throws when it has no module. */
function loadProject(projectDir) {
  const root = path.resolve(projectDir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(`project folder ${root} not found`);
  }
  const listed = findModuleDirs(root);
  const modules = listed
    .filter((module) => fs.existsSync(module.dir))
    .map((module) => loadModule(root, module));
  if (modules.length === 0) {
    throw new Error(describeMissingModules(root, listed));
  }
  return {
    dir: root,
    compatibleApiLevel: readCompatibleApiLevel(root),
    modules
  };
}

module.exports = { loadProject, readJson5, listFiles, objectsOf };
