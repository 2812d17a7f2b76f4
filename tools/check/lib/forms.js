'use strict';

// Reads the form (card) configuration of each module: the form abilities declared in
// module.json5 and the forms of their `ohos.extension.form` profile.

const fs = require('node:fs');
const path = require('node:path');

const { readJson5, objectsOf } = require('./project');

const FORM_METADATA_NAME = 'ohos.extension.form';

/** Returns the profile file that a `$profile:<name>` reference points to, or undefined. */
function profilePath(module, reference) {
  const match = /^\$profile:([\w.-]+)$/.exec(String(reference || ''));
  if (!match) {
    return undefined;
  }
  return path.join(module.resourcesDir, 'base', 'profile', `${match[1]}.json`);
}

/** Resolves a `./ets/...` path of module.json5 or form_config.json against `src/main`. */
function resolveMainPath(module, relative) {
  return path.resolve(module.mainDir, relative);
}

/**
 * Lists the form abilities of a module with their profile and forms:
 * `[{ ability, profileFile, profile, forms: [{ form, srcFile }] }]`.
 */
function listFormAbilities(module) {
  const abilities = [];
  for (const ability of module.info.extensionAbilities) {
    if (ability.type !== 'form') {
      continue;
    }
    const metadata = objectsOf(ability.metadata).find((item) => item.name === FORM_METADATA_NAME);
    const profileFile = metadata ? profilePath(module, metadata.resource) : undefined;
    const profile = profileFile && fs.existsSync(profileFile) ? readJson5(profileFile) : undefined;
    const forms = profile && profile.value
      ? objectsOf(profile.value.forms).map((form) => ({
        form,
        srcFile: typeof form.src === 'string' ? resolveMainPath(module, form.src) : undefined
      }))
      : [];
    abilities.push({ ability, metadata, profileFile, profile, forms });
  }
  return abilities;
}

/** Returns every card page of the project: `[{ module, form, srcFile }]`. */
function listCardPages(project) {
  const pages = [];
  for (const module of project.modules) {
    for (const formAbility of listFormAbilities(module)) {
      for (const { form, srcFile } of formAbility.forms) {
        if (srcFile) {
          pages.push({ module, form, srcFile, formAbility });
        }
      }
    }
  }
  return pages;
}

/**
 * Lists the source file of each card page in the program, once per file: two forms may share a
 * page, and a page missing from the program is left to the config rules.
 */
function listCardSourceFiles(project, program) {
  const sourceFiles = [];
  const seen = new Set();
  for (const { srcFile } of listCardPages(project)) {
    const sourceFile = program.getSourceFile(srcFile);
    if (sourceFile && !seen.has(srcFile)) {
      seen.add(srcFile);
      sourceFiles.push(sourceFile);
    }
  }
  return sourceFiles;
}

module.exports = { listFormAbilities, listCardPages, listCardSourceFiles, profilePath, resolveMainPath };
