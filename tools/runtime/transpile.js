'use strict';

// Transpiles .ets, project .ts and ESM .js sources to CommonJS with
// ohos-typescript, with an in-memory cache per isolate and an optional
// on-disk cache shared by processes and worker threads.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { createArkUiTransformer } = require('./arkuiTransform');
const { createEtsOptions } = require('./etsOptions');

// Loaded on the first cache miss only, because requiring ohos-typescript takes
// about 0.2 s (measured on a 2-core Linux VM) and a warm disk cache never needs it.
let tsModule = null;

function typescript() {
  if (tsModule === null) {
    tsModule = require('ohos-typescript');
  }
  return tsModule;
}

const TS_VERSION = require('ohos-typescript/package.json').version;

// Part of every cache key: a change to the transpiler's own code or to the
// TypeScript version makes earlier disk entries unreachable.
// NOTE: unreachable entries stay on disk; delete .test/cache to reclaim the space.
const TRANSPILER_FINGERPRINT = crypto.createHash('sha256')
  .update(TS_VERSION)
  .update(['transpile.js', 'arkuiTransform.js', 'etsOptions.js'].map((file) => fs.readFileSync(path.join(__dirname, file), 'utf8')).join('\0'))
  .digest('hex');

const memoryCache = new Map();
let etsOptions = null;

function baseCompilerOptions() {
  const ts = typescript();
  return {
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.CommonJS,
    // Inline maps let process.setSourceMapsEnabled(true) and the coverage
    // mapper find the .ets line for every generated line.
    inlineSourceMap: true,
    inlineSources: true,
    // One file at a time: imports used only as types are elided without a type checker.
    isolatedModules: true,
    esModuleInterop: true,
    experimentalDecorators: true,
    noEmitHelpers: false,
  };
}

// The package's "exports" map hides package.json, so look the folder up on the resolver's search path.
function findPackageDir(name) {
  for (const base of require.resolve.paths(name) || []) {
    const candidate = path.join(base, name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) {
      return candidate;
    }
  }
  throw new Error(`Cannot find package ${name}: run npm install in the project root`);
}

function compilerOptionsFor(filename) {
  const options = baseCompilerOptions();
  if (filename.endsWith('.ets')) {
    if (etsOptions === null) {
      etsOptions = createEtsOptions(findPackageDir('@arkts/declarations'));
    }
    options.ets = etsOptions;
  }
  if (filename.endsWith('.js')) {
    options.allowJs = true;
  }
  return options;
}

// The output depends on the file's base name (the source map names it) and
// extension, not its folder, so copies of a project share cache entries.
function cacheKey(filename, source) {
  return crypto.createHash('sha256')
    .update(`${TRANSPILER_FINGERPRINT}\0${path.basename(filename)}\0`)
    .update(source)
    .digest('hex');
}

function formatDiagnostic(diagnostic, filename) {
  const ts = typescript();
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) {
    return `${filename} - error TS${diagnostic.code}: ${message}`;
  }
  const position = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${filename}:${position.line + 1}:${position.character + 1} - error TS${diagnostic.code}: ${message}`;
}

function compile(filename, source, displayName) {
  const ts = typescript();
  const result = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: compilerOptionsFor(filename),
    reportDiagnostics: true,
    transformers: filename.endsWith('.ets') ? { before: [createArkUiTransformer(ts)] } : undefined,
  });

  const errors = (result.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const error = new SyntaxError(`Cannot transpile ${displayName}:\n${errors.map((d) => formatDiagnostic(d, displayName)).join('\n')}`);
    error.code = 'ERR_ETS_TRANSPILE';
    throw error;
  }
  return result.outputText;
}

function readDiskCache(cacheDir, key) {
  try {
    return fs.readFileSync(path.join(cacheDir, `${key}.js`), 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') {
      return null;
    }
    throw error;
  }
}

function writeDiskCache(cacheDir, key, code) {
  // Write to a unique temporary name and rename, so a worker reading the
  // same entry concurrently never reads a half-written file.
  fs.mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, `${key}.js`);
  const temporary = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, code);
  fs.renameSync(temporary, target);
}

/**
 * Transpiles one source file to CommonJS JavaScript with an inline source map.
 * `displayName` is the path shown in error messages; `cacheDir`, when set,
 * enables the on-disk cache keyed by a hash of the file name and content.
 * Throws a SyntaxError with code ERR_ETS_TRANSPILE on syntax errors.
 */
function transpile(filename, source, { cacheDir = null, displayName = filename } = {}) {
  const key = cacheKey(filename, source);
  const cached = memoryCache.get(key);
  if (cached !== undefined) {
    return cached;
  }

  let code = cacheDir ? readDiskCache(cacheDir, key) : null;
  if (code === null) {
    code = compile(filename, source, displayName);
    if (cacheDir) {
      writeDiskCache(cacheDir, key, code);
    }
  }

  memoryCache.set(key, code);
  return code;
}

module.exports = { transpile, compilerOptionsFor, cacheKey };
