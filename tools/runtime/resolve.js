'use strict';

// Resolves the module specifiers that ArkTS code uses and Node does not know:
// `@kit.*` and `@ohos.*` system modules (served by the simulator's kit files)
// and ohpm `file:` dependencies such as the `widget` HAR.

const fs = require('node:fs');
const path = require('node:path');

const JSON5 = require('json5');

const SYSTEM_MODULE = /^@(kit|ohos)\./;
const SOURCE_EXTENSIONS = ['.ets', '.ts', '.js'];

class ModuleLoadError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ModuleLoadError';
    // Same code as Node's own resolution failures, so callers that check for it keep working.
    this.code = 'MODULE_NOT_FOUND';
  }
}

function isSystemModule(specifier) {
  return SYSTEM_MODULE.test(specifier);
}

function readJson5(file) {
  return JSON5.parse(fs.readFileSync(file, 'utf8'));
}

function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

// Tries `base` as a file, then with each source extension, then as a folder with Index.
function resolveSourceFile(base) {
  const candidates = [base];
  for (const extension of SOURCE_EXTENSIONS) {
    candidates.push(base + extension);
  }
  for (const extension of SOURCE_EXTENSIONS) {
    candidates.push(path.join(base, `Index${extension}`), path.join(base, `index${extension}`));
  }
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) || null;
}

class SpecifierResolver {
  constructor({ projectRoot, kitsDir }) {
    this.projectRoot = path.resolve(projectRoot);
    this.kitsDir = path.resolve(kitsDir);
    this.kitMap = null;
    this.packageCache = new Map();
  }

  displayPath(file) {
    if (!file) {
      return '<unknown file>';
    }
    return isInside(this.projectRoot, file) ? path.relative(this.projectRoot, file).split(path.sep).join('/') : file;
  }

  loadKitMap() {
    if (this.kitMap !== null) {
      return this.kitMap;
    }
    const mapFile = path.join(this.kitsDir, 'modules.json');
    if (!fs.existsSync(mapFile)) {
      // Not cached: the simulator may create the map while this process runs.
      return null;
    }
    this.kitMap = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
    return this.kitMap;
  }

  /** Returns the simulator file that implements `@kit.X` / `@ohos.X`, or throws ModuleLoadError. */
  resolveSystemModule(specifier, importer) {
    const importedBy = `imported by ${this.displayPath(importer)}`;
    const kitMap = this.loadKitMap();
    if (kitMap === null) {
      const mapPath = this.displayPath(path.join(this.kitsDir, 'modules.json'));
      throw new ModuleLoadError(`Cannot load '${specifier}' ${importedBy}: the simulator kit map ${mapPath} was not found`);
    }

    const target = kitMap[specifier];
    if (typeof target !== 'string') {
      throw new ModuleLoadError(`Cannot load '${specifier}' ${importedBy}: the simulator has no implementation of this kit`);
    }

    const file = path.resolve(this.kitsDir, target);
    if (!fs.existsSync(file)) {
      throw new ModuleLoadError(`Cannot load '${specifier}' ${importedBy}: modules.json maps it to ${this.displayPath(file)}, which does not exist`);
    }
    return file;
  }

  // Finds the nearest folder at or above `dir`, inside the project, that contains an oh-package.json5.
  findOhPackageDir(dir) {
    let current = dir;
    while (isInside(this.projectRoot, current) || current === this.projectRoot) {
      if (fs.existsSync(path.join(current, 'oh-package.json5'))) {
        return current;
      }
      current = path.dirname(current);
    }
    return null;
  }

  readOhPackage(dir) {
    if (!this.packageCache.has(dir)) {
      this.packageCache.set(dir, readJson5(path.join(dir, 'oh-package.json5')));
    }
    return this.packageCache.get(dir);
  }

  /**
   * Resolves a bare specifier the way hvigor does for a module: through the
   * `file:` entries of the importing module's oh-package.json5 `dependencies`
   * (and `devDependencies`), then the dependency's `main` (default Index.ets).
   * Returns null when the specifier is not an ohpm `file:` dependency.
   */
  resolveOhpmDependency(specifier, importer) {
    if (!importer || !isInside(this.projectRoot, importer)) {
      return null;
    }
    const moduleDir = this.findOhPackageDir(path.dirname(importer));
    if (moduleDir === null) {
      return null;
    }

    const ohPackage = this.readOhPackage(moduleDir);
    const dependencies = Object.assign({}, ohPackage.devDependencies, ohPackage.dependencies);
    const name = Object.keys(dependencies).find((dependency) => specifier === dependency || specifier.startsWith(`${dependency}/`));
    if (name === undefined || typeof dependencies[name] !== 'string' || !dependencies[name].startsWith('file:')) {
      return null;
    }

    const packageDir = path.resolve(moduleDir, dependencies[name].slice('file:'.length));
    const declaredIn = `${this.displayPath(path.join(moduleDir, 'oh-package.json5'))}`;
    const subpath = specifier.slice(name.length + 1);
    let entry;
    if (subpath) {
      entry = resolveSourceFile(path.join(packageDir, subpath));
    } else {
      const packageFile = path.join(packageDir, 'oh-package.json5');
      if (!fs.existsSync(packageFile)) {
        throw new ModuleLoadError(`Cannot load '${specifier}' imported by ${this.displayPath(importer)}: ${declaredIn} points it to ${this.displayPath(packageDir)}, which has no oh-package.json5`);
      }
      const main = this.readOhPackage(packageDir).main || 'Index.ets';
      entry = resolveSourceFile(path.join(packageDir, main));
    }

    if (entry === null) {
      throw new ModuleLoadError(`Cannot load '${specifier}' imported by ${this.displayPath(importer)}: no source file found for it in ${this.displayPath(packageDir)} (dependency declared in ${declaredIn})`);
    }
    return entry;
  }
}

module.exports = { SpecifierResolver, ModuleLoadError, isSystemModule, isInside };
