'use strict';

// Loads ArkTS sources in Node. It registers require handlers for .ets files
// and for the project's .ts files, and maps `@kit.*` / `@ohos.*` imports to the
// simulator's kit files. It also resolves ohpm `file:` dependencies (the
// `widget` HAR) and serves `@ohos/hypium` from the toolchain's node_modules.
//
// Everything here is per isolate: the main thread and every worker thread
// that runs app code calls install() for itself.

const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const { SpecifierResolver, isSystemModule, isInside } = require('./resolve');
const { transpile } = require('./transpile');

const originalResolveFilename = Module._resolveFilename;
const originalJsHandler = Module._extensions['.js'];
const originalTsHandler = Module._extensions['.ts'];

// The installed configuration of this isolate, or null before install().
let state = null;

function isBareSpecifier(request) {
  return !request.startsWith('.') && !path.isAbsolute(request) && !request.startsWith('node:');
}

function isHypiumRequest(request) {
  return request === '@ohos/hypium' || request.startsWith('@ohos/hypium/');
}

function resolveFilename(request, parent, isMain, options) {
  if (state !== null && typeof request === 'string') {
    const importer = parent && parent.filename;

    if (isSystemModule(request)) {
      return state.resolver.resolveSystemModule(request, importer);
    }

    // Always the toolchain's copy, also for fixture projects outside this
    // repository, so the runner and the suites share hypium's Core singleton.
    if (isHypiumRequest(request)) {
      return originalResolveFilename.call(this, request, module, false, options);
    }

    if (isBareSpecifier(request) && !Module.isBuiltin(request)) {
      const dependency = state.resolver.resolveOhpmDependency(request, importer);
      if (dependency !== null) {
        return dependency;
      }
    }
  }
  return originalResolveFilename.call(this, request, parent, isMain, options);
}

function compileSource(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const code = transpile(filename, source, {
    cacheDir: state.cacheDir,
    displayName: state.resolver.displayPath(filename),
  });
  state.compiledSources.set(filename, code);
  module._compile(code, filename);
}

function etsHandler(module, filename) {
  if (state === null) {
    throw new Error(`Cannot load ${filename}: call require('tools/runtime/loader').install() first`);
  }
  compileSource(module, filename);
}

// Only the project's own .ts files are ArkTS sources; any other .ts keeps Node's behaviour.
function tsHandler(module, filename) {
  const ownSource = state !== null && isInside(state.projectRoot, filename) && !filename.includes(`${path.sep}node_modules${path.sep}`);
  if (ownSource) {
    compileSource(module, filename);
    return;
  }
  (originalTsHandler || originalJsHandler).call(this, module, filename);
}

// hypium 1.0.13 ships ES module syntax in .js files without "type": "module",
// so Node's CommonJS loader cannot run it unchanged. It is transpiled, not edited.
function jsHandler(module, filename) {
  if (state !== null && isInside(state.hypiumDir, filename)) {
    compileSource(module, filename);
    return;
  }
  originalJsHandler.call(this, module, filename);
}

/**
 * Installs the loader in the current isolate.
 * - projectRoot: the DevEco project root (contains entry/ and widget/).
 * - kitsDir: the folder with the simulator kits and modules.json
 *   (default <projectRoot>/tools/sim/kits).
 * - diskCache: also keep transpiled output on disk (default true), in
 *   cacheDir (default <projectRoot>/.test/cache).
 * Calling install() again replaces the configuration.
 */
function install({ projectRoot, kitsDir, diskCache = true, cacheDir } = {}) {
  if (!projectRoot) {
    throw new TypeError('install() needs projectRoot, the folder that contains entry/ and widget/');
  }
  const root = path.resolve(projectRoot);

  // Stack traces then show .ets lines, through the inline source maps.
  process.setSourceMapsEnabled(true);

  state = {
    projectRoot: root,
    resolver: new SpecifierResolver({ projectRoot: root, kitsDir: kitsDir || path.join(root, 'tools', 'sim', 'kits') }),
    cacheDir: diskCache ? path.resolve(cacheDir || path.join(root, '.test', 'cache')) : null,
    hypiumDir: path.dirname(originalResolveFilename.call(Module, '@ohos/hypium', module, false)),
    compiledSources: state ? state.compiledSources : new Map(),
  };

  Module._resolveFilename = resolveFilename;
  Module._extensions['.ets'] = etsHandler;
  Module._extensions['.ts'] = tsHandler;
  Module._extensions['.js'] = jsHandler;

  return {
    projectRoot: root,
    kitsDir: state.resolver.kitsDir,
    displayPath: (file) => state.resolver.displayPath(file),
  };
}

/** Returns the JavaScript that the loader compiled for `filename`, or undefined. */
function compiledSource(filename) {
  return state === null ? undefined : state.compiledSources.get(filename);
}

/** Lists every file the loader has compiled in this isolate. */
function compiledFiles() {
  return state === null ? [] : [...state.compiledSources.keys()];
}

module.exports = { install, compiledSource, compiledFiles };
