'use strict';

// Creates the TypeScript program for the whole project with ohos-typescript: the project's
// `.ets`/`.ts` files, the OpenHarmony declarations of @arkts/declarations, and the
// project's own declarations in tools/declarations. The program is an ArkTS builder program,
// so it also carries the strict "linter" program that the ArkTS linter compares against.

const fs = require('node:fs');
const path = require('node:path');
const ts = require('ohos-typescript');

const { getEtsOptions } = require('./etsOptions');
const { DECLARATIONS_DIST, COMPONENT_DIR, PROJECT_DECLARATIONS_DIR, HYPIUM_TYPES } = require('./paths');
const { readJson5, listFiles } = require('./project');

// API level assumed when build-profile.json5 names none: the level that @arkts/declarations
// describes.
const DEFAULT_API_LEVEL = 13;

let sdkPaths = null;

// Parsed SDK and lib files, shared by every program of this process: they never change
// during a run, and parsing them is most of the cost of creating a program.
const sdkSourceCache = new Map();

/** Maps each SDK module specifier (`@kit.ArkUI`, `@ohos.hilog`) to its declaration file. */
function getSdkPaths() {
  if (!sdkPaths) {
    const base = readJson5(path.join(DECLARATIONS_DIST, 'tsconfig.base.json')).value;
    sdkPaths = new Map();
    for (const [specifier, targets] of Object.entries(base.compilerOptions.paths)) {
      sdkPaths.set(specifier, path.resolve(DECLARATIONS_DIST, targets[0]));
    }
  }
  return sdkPaths;
}

/**
 * Sorts the files of tools/declarations by role:
 * - `modules`: a top-level file named after a module (`@kit.HealthServiceKit.d.ts`) serves
 *   `import ... from '@kit.HealthServiceKit'`;
 * - `additions`: a file in `additions/` named after an SDK module
 *   (`additions/@ohos.app.form.formInfo.d.ts`) is appended to that module's declaration file,
 *   so its namespaces and enums merge with the SDK's. This is how API 14+ members are added,
 *   because TypeScript cannot augment the default-exported namespaces of the SDK;
 * - `globals`: any other file, loaded as a global declaration.
 */
function getProjectDeclarations(declarationsDir) {
  const modules = new Map();
  const additions = new Map();
  const globals = [];
  const sdk = getSdkPaths();
  const additionsDir = path.join(declarationsDir, 'additions');
  for (const file of listFiles(declarationsDir, ['.d.ts', '.d.ets'])) {
    const base = path.basename(file).replace(/\.d\.e?ts$/, '');
    if (path.dirname(file) === additionsDir) {
      if (!sdk.has(base)) {
        throw new Error(`${file} adds to '${base}', which is not a module of @arkts/declarations; name the file after the SDK module it extends`);
      }
      additions.set(sdk.get(base), file);
    } else if (/^@(kit|ohos|hms|arkts)\./.test(base)) {
      modules.set(base, file);
    } else {
      globals.push(file);
    }
  }
  return { modules, additions, globals };
}

function resolvedFile(fileName) {
  const extension = fileName.endsWith('.d.ets') ? ts.Extension.Dets
    : fileName.endsWith('.d.ts') ? ts.Extension.Dts
      : fileName.endsWith('.ets') ? ts.Extension.Ets
        : ts.Extension.Ts;
  return { resolvedFileName: fileName, extension, isExternalLibraryImport: false };
}

/**
 * Finds the entry file of a HAR that the importing module depends on through
 * `"dependencies": { "<name>": "file:<dir>" }` in its oh-package.json5. The entry is the
 * HAR's `main` field, or `Index.ets` as DevEco Studio creates it.
 */
function resolveHarEntry(specifier, importingModule) {
  if (!importingModule || !Object.prototype.hasOwnProperty.call(importingModule.dependencies, specifier)) {
    return undefined;
  }
  const target = importingModule.dependencies[specifier];
  if (typeof target !== 'string' || !target.startsWith('file:')) {
    return undefined;
  }
  const harDir = path.resolve(importingModule.dir, target.slice('file:'.length));
  const harPackage = readJson5(path.join(harDir, 'oh-package.json5')).value || {};
  const candidates = [];
  if (typeof harPackage.main === 'string' && harPackage.main !== '') {
    candidates.push(path.resolve(harDir, harPackage.main));
  }
  candidates.push(path.join(harDir, 'Index.ets'), path.join(harDir, 'index.ets'), path.join(harDir, 'Index.ts'));
  return candidates.find((file) => fs.existsSync(file));
}

function findModuleOfFile(project, fileName) {
  return project.modules.find((module) => fileName.startsWith(module.dir + path.sep));
}

/**
 * Returns `{ dir, dependencies }` of the package that contains a file: its module, or for a
 * HAR that a module depends on without listing it in build-profile.json5, the nearest folder
 * with an oh-package.json5 (up to the project root). Without the fallback, the imports of such
 * a HAR stay unresolved, and an HSP behind it would go unnoticed.
 */
function findPackageOfFile(project, fileName, cache) {
  const module = findModuleOfFile(project, fileName);
  if (module) {
    return module;
  }
  let dir = path.dirname(fileName);
  while (dir === project.dir || dir.startsWith(project.dir + path.sep)) {
    if (!cache.has(dir)) {
      const packageJson = readJson5(path.join(dir, 'oh-package.json5'));
      const dependencies = packageJson.value && packageJson.value.dependencies;
      cache.set(dir, packageJson.value ? { dir, dependencies: dependencies !== null && typeof dependencies === 'object' ? dependencies : {} } : null);
    }
    if (cache.get(dir)) {
      return cache.get(dir);
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

function buildCompilerOptions(project) {
  return {
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.ES2020,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    lib: ['lib.es2021.d.ts'],
    // Every ArkTS file is a module, even one without imports or exports (a card page).
    moduleDetection: ts.ModuleDetectionKind ? ts.ModuleDetectionKind.Force : 3,
    types: [],
    experimentalDecorators: true,
    allowArbitraryExtensions: true,
    // The SDK declarations are not error-free under this compiler, and only the project's
    // files are under check.
    skipLibCheck: true,
    noEmit: true,
    // Non-strict base program: ArkTSLinter_1_1 compares it with its own strict program and
    // reports what only strict mode catches.
    strict: false,
    noImplicitAny: true,
    needDoArkTsLinter: true,
    compatibleSdkVersion: project.compatibleApiLevel || DEFAULT_API_LEVEL,
    compatibleSdkVersionStage: 'release',
    ets: getEtsOptions()
  };
}

/**
 * Creates the compiler host with the project's module resolution: SDK specifiers from the
 * declarations' path map, project declarations, `@ohos/hypium`, HAR dependencies, and
 * ordinary relative imports.
 */
function createHost(project, options, declarations) {
  const host = ts.createIncrementalCompilerHost(options);
  const sdk = getSdkPaths();
  const originalGetSourceFile = host.getSourceFile.bind(host);
  const originalReadFile = host.readFile.bind(host);
  const packageCache = new Map();

  host.readFile = (fileName) => {
    const text = originalReadFile(fileName);
    const addition = declarations.additions.get(fileName);
    return addition && text !== undefined ? `${text}\n${originalReadFile(addition)}\n` : text;
  };

  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    // An SDK file with additions differs between declaration folders, so it is not shared.
    const cacheable = !declarations.additions.has(fileName)
      && (fileName.startsWith(DECLARATIONS_DIST) || fileName.includes(`${path.sep}ohos-typescript${path.sep}lib${path.sep}`));
    const key = `${languageVersion}:${fileName}`;
    if (cacheable && sdkSourceCache.has(key)) {
      return sdkSourceCache.get(key);
    }
    const file = originalGetSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (cacheable && file) {
      sdkSourceCache.set(key, file);
    }
    return file;
  };

  host.resolveModuleNames = (moduleNames, containingFile) => moduleNames.map((specifier) => {
    const name = typeof specifier === 'string' ? specifier : specifier.text;
    if (declarations.modules.has(name)) {
      return resolvedFile(declarations.modules.get(name));
    }
    if (sdk.has(name)) {
      return resolvedFile(sdk.get(name));
    }
    if (name === '@ohos/hypium') {
      return resolvedFile(HYPIUM_TYPES);
    }
    const harEntry = resolveHarEntry(name, findPackageOfFile(project, containingFile, packageCache));
    if (harEntry) {
      return resolvedFile(harEntry);
    }
    const result = ts.resolveModuleName(name, containingFile, options, host);
    return result.resolvedModule;
  });
  return host;
}

/**
 * Creates the ArkTS builder program for the project. Returns `{ builder, program, options,
 * projectFiles }`; `program` is the plain ts.Program, `builder` is what the linter takes.
 * `optionOverrides` replaces compiler options, for tests.
 */
function createProjectProgram(project, { declarationsDir = PROJECT_DECLARATIONS_DIR, optionOverrides = {} } = {}) {
  const options = { ...buildCompilerOptions(project), ...optionOverrides };
  const declarations = getProjectDeclarations(declarationsDir);
  const host = createHost(project, options, declarations);
  const projectFiles = project.modules.flatMap((module) => module.sources);
  // The package's own entry files reference the components with `/// <reference types>`,
  // which the compiler resolves through type roots, so list the files directly instead.
  const componentFiles = listFiles(COMPONENT_DIR, ['.d.ts'])
    .filter((file) => path.basename(file) !== 'index-full.d.ts');
  const rootFiles = [
    path.join(DECLARATIONS_DIST, 'global.d.ts'),
    ...componentFiles,
    ...declarations.globals,
    // Listed so that they are checked even when no project file imports them yet.
    ...declarations.modules.values(),
    ...projectFiles
  ];
  const builder = ts.createIncrementalProgramForArkTs({ rootNames: rootFiles, options, host });
  return { builder, program: builder.getProgram(), options, projectFiles, declarationFiles: [...declarations.modules.values(), ...declarations.globals] };
}

module.exports = { createProjectProgram, getSdkPaths, getProjectDeclarations, findModuleOfFile };
