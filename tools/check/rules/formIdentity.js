'use strict';

// A placed card is bound to its bundle, module, form ability, form name and dimension. An
// update that renames or removes any of these deletes every placed card of it (Form Kit
// guide, OpenHarmony docs application-dev/form). This rule compares the forms of each module
// with a committed lock file, `<module>/form-identity.lock.json`. Only `--update-form-lock`
// rewrites that file, for a change that is intended. A finding points at the changed form in
// form_config.json (or at module.json5 for a module or ability name), where the fix is made.

const fs = require('node:fs');
const path = require('node:path');

const { createDiagnostic, diagnosticAtText, lineAndColumn } = require('../lib/diagnostics');
const { listFormAbilities } = require('../lib/forms');
const { readJson5, objectsOf } = require('../lib/project');

const RULE = 'form-identity';
const LOCK_FILE = 'form-identity.lock.json';
const UPDATE_HINT = 'npm run check -- --update-form-lock';

/** Returns the current identities of a module: `[{ ability, name, dimensions }]`, sorted. */
function currentIdentities(module) {
  const identities = [];
  for (const { ability, forms } of listFormAbilities(module)) {
    for (const { form } of forms) {
      if (typeof form.name !== 'string') {
        continue;
      }
      const dimensions = Array.isArray(form.supportDimensions) ? form.supportDimensions.filter((d) => typeof d === 'string').sort() : [];
      identities.push({ ability: ability.name, name: form.name, dimensions });
    }
  }
  return identities.sort((a, b) => a.ability.localeCompare(b.ability) || a.name.localeCompare(b.name));
}

function lockContent(module, identities) {
  return `${JSON.stringify({
    description: 'Released card identities. Changing a name or removing a dimension deletes every placed card of it; see docs/checks.md (form-identity).',
    module: module.name,
    forms: identities
  }, null, 2)}\n`;
}

/**
 * Returns a locator for the module's configuration: `inForm(ability, form, needles)` finds
 * the first needle inside that form of form_config.json and each further needle after the
 * previous one, `inAbility(ability)` finds the form ability's profile, and `inModule(needle)`
 * finds text in module.json5. Each returns `{ file, line, column }`.
 */
function createLocator(module) {
  const profiles = new Map(listFormAbilities(module)
    .filter(({ profile }) => profile && profile.text !== undefined)
    .map(({ ability, profileFile, profile }) => [ability.name, { file: profileFile, text: profile.text }]));
  const inModule = (needle) => {
    const text = module.moduleJson.text;
    return { file: module.moduleJsonPath, ...lineAndColumn(text, text && needle ? text.indexOf(needle) : -1) };
  };
  const inAbility = (abilityName) => {
    const profile = profiles.get(abilityName);
    if (profile) {
      return { file: profile.file, ...lineAndColumn(profile.text, profile.text.indexOf('"forms"')) };
    }
    // The ability was renamed or removed: point at the form abilities of module.json5.
    const text = module.moduleJson.text || '';
    return inModule(text.includes(`"${abilityName}"`) ? `"${abilityName}"` : '"extensionAbilities"');
  };
  const inForm = (abilityName, formName, needles) => {
    const profile = profiles.get(abilityName);
    if (!profile) {
      return inModule(`"${abilityName}"`);
    }
    // Narrow step by step: the form's name, then each needle after the one before it.
    let offset = profile.text.indexOf(`"${formName}"`);
    for (const needle of offset >= 0 ? needles : []) {
      const next = profile.text.indexOf(needle, offset);
      if (next < 0) {
        break;
      }
      offset = next;
    }
    return { file: profile.file, ...lineAndColumn(profile.text, offset) };
  };
  return { inForm, inAbility, inModule };
}

/**
 * Compares the module's forms with its lock file. A finding points at the configuration that
 * changed (form_config.json, or module.json5 for module and ability names) and names the lock
 * file in its message.
 */
function compare(module, lockFile, lock, identities, projectDir) {
  const findings = [];
  const lockName = path.relative(projectDir, lockFile).split(path.sep).join('/');
  const locate = createLocator(module);
  const report = (where, message) => findings.push(createDiagnostic({ ...where, rule: RULE, message }));
  if (!Array.isArray(lock.value.forms)) {
    findings.push(diagnosticAtText(lockFile, lock.text, '"forms"', RULE, `the lock file needs "forms", an array of released forms; run ${UPDATE_HINT}`));
    return findings;
  }
  const locked = objectsOf(lock.value.forms);
  const key = (identity) => `${identity.ability}/${identity.name}`;
  const current = new Map(identities.map((identity) => [key(identity), identity]));
  const released = new Map(locked.map((identity) => [key(identity), identity]));

  if (lock.value.module !== undefined && lock.value.module !== module.name) {
    report(locate.inModule('"name"'), `module was released as '${lock.value.module}' (${lockName}) and is now '${module.name}': renaming the module deletes every placed card of it; keep the old name, or run ${UPDATE_HINT} if that is intended`);
  }
  for (const [id, old] of released) {
    const now = current.get(id);
    if (!now) {
      report(locate.inAbility(old.ability), `form ${old.name} of ${old.ability} was released (recorded in ${lockName}) but no longer exists (renamed, moved to another ability, or removed): every placed card of it would be deleted on update; restore it, or run ${UPDATE_HINT} if that is intended`);
      continue;
    }
    for (const dimension of Array.isArray(old.dimensions) ? old.dimensions : []) {
      if (!now.dimensions.includes(dimension)) {
        report(locate.inForm(now.ability, now.name, ['"supportDimensions"']), `form ${old.name} no longer supports dimension ${dimension}, released in ${lockName}: every placed ${dimension} card of it would be deleted on update; restore it, or run ${UPDATE_HINT} if that is intended`);
      }
    }
  }
  for (const [id, now] of current) {
    const old = released.get(id);
    const oldDimensions = old && Array.isArray(old.dimensions) ? old.dimensions : [];
    const added = now.dimensions.filter((dimension) => !oldDimensions.includes(dimension));
    if (!old) {
      report(locate.inForm(now.ability, now.name, []), `form ${now.name} of ${now.ability} is not in ${lockName}; run ${UPDATE_HINT} to record it`);
    } else if (added.length > 0) {
      report(locate.inForm(now.ability, now.name, ['"supportDimensions"', `"${added[0]}"`]), `form ${now.name} gained dimension ${added.join(', ')}, which ${lockName} does not record; run ${UPDATE_HINT}`);
    }
  }
  return findings;
}

function run(context) {
  const findings = [];
  for (const module of context.project.modules) {
    const identities = currentIdentities(module);
    const lockFile = path.join(module.dir, LOCK_FILE);
    if (identities.length === 0 && !fs.existsSync(lockFile)) {
      continue;
    }
    if (context.options.updateFormLock) {
      fs.writeFileSync(lockFile, lockContent(module, identities));
      continue;
    }
    if (!fs.existsSync(lockFile)) {
      findings.push(createDiagnostic({ file: lockFile, rule: RULE,
        message: `module ${module.name} has forms but no ${LOCK_FILE}; run ${UPDATE_HINT} once and commit the file, so later renames cannot delete placed cards unnoticed` }));
      continue;
    }
    const lock = readJson5(lockFile);
    if (lock.error || !lock.value || typeof lock.value !== 'object') {
      findings.push(createDiagnostic({ file: lockFile, line: lock.line || 1, column: lock.column || 1, rule: RULE, message: `invalid lock file: ${lock.error || 'not an object'}; run ${UPDATE_HINT}` }));
      continue;
    }
    findings.push(...compare(module, lockFile, lock, identities, context.project.dir));
  }
  return findings;
}

module.exports = { id: RULE, phase: 'config', reports: ['form-identity'], needsProgram: false, run, LOCK_FILE };
