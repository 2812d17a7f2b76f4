'use strict';

// A placed card is bound to its bundle, module, form ability, form name and dimension. An
// update that renames or removes any of these deletes every placed card of it (Form Kit
// guide, OpenHarmony docs application-dev/form). This rule compares the forms of each module
// with a committed lock file, `<module>/form-identity.lock.json`. Only `--update-form-lock`
// rewrites that file, for a change that is intended.

const fs = require('node:fs');
const path = require('node:path');

const { createDiagnostic, diagnosticAtText } = require('../lib/diagnostics');
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

function compare(module, lockFile, lock, identities) {
  const findings = [];
  const at = (needle, message) => findings.push(diagnosticAtText(lockFile, lock.text, needle, RULE, message));
  if (!Array.isArray(lock.value.forms)) {
    at('"forms"', `the lock file needs "forms", an array of released forms; run ${UPDATE_HINT}`);
    return findings;
  }
  const locked = objectsOf(lock.value.forms);
  const key = (identity) => `${identity.ability}/${identity.name}`;
  const current = new Map(identities.map((identity) => [key(identity), identity]));
  const released = new Map(locked.map((identity) => [key(identity), identity]));

  if (lock.value.module !== undefined && lock.value.module !== module.name) {
    at('"module"', `module was released as '${lock.value.module}' and is now '${module.name}': renaming the module deletes every placed card of it; keep the old name, or run ${UPDATE_HINT} if that is intended`);
  }
  for (const [id, old] of released) {
    const now = current.get(id);
    if (!now) {
      at(`"${old.name}"`, `form ${old.name} of ${old.ability} was released but no longer exists (renamed, moved to another ability, or removed): every placed card of it would be deleted on update; restore it, or run ${UPDATE_HINT} if that is intended`);
      continue;
    }
    for (const dimension of Array.isArray(old.dimensions) ? old.dimensions : []) {
      if (!now.dimensions.includes(dimension)) {
        at(`"${old.name}"`, `form ${old.name} no longer supports dimension ${dimension}: every placed ${dimension} card of it would be deleted on update; restore it, or run ${UPDATE_HINT} if that is intended`);
      }
    }
  }
  for (const [id, now] of current) {
    const old = released.get(id);
    const oldDimensions = old && Array.isArray(old.dimensions) ? old.dimensions : [];
    const added = now.dimensions.filter((dimension) => !oldDimensions.includes(dimension));
    if (!old) {
      findings.push(createDiagnostic({ file: lockFile, rule: RULE, message: `form ${now.name} of ${now.ability} is not in the lock file; run ${UPDATE_HINT} to record it` }));
    } else if (added.length > 0) {
      at(`"${now.name}"`, `form ${now.name} gained dimension ${added.join(', ')}, which the lock file does not record; run ${UPDATE_HINT}`);
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
    findings.push(...compare(module, lockFile, lock, identities));
  }
  return findings;
}

module.exports = { id: RULE, phase: 'config', reports: ['form-identity'], needsProgram: false, run, LOCK_FILE };
