'use strict';

// Project configuration that the build or the Form Manager rejects: JSON5 that does not
// parse, entry files and pages that do not exist, and form_config.json fields outside what
// Form Kit accepts (OpenHarmony docs, application-dev/form/arkts-ui-widget-configuration.md).

const fs = require('node:fs');
const path = require('node:path');

const { createDiagnostic, diagnosticAtText, lineAndColumn } = require('../lib/diagnostics');
const { listFormAbilities, profilePath, resolveMainPath } = require('../lib/forms');
const { readJson5 } = require('../lib/project');

const DIMENSIONS = new Set(['1*2', '2*2', '2*4', '4*4', '2*3', '3*3']);
const WATCH_ONLY_DIMENSIONS = new Set(['2*3', '3*3']);
const SHAPES = new Set(['rect', 'circle']);
const SCHEDULED_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// updateDuration counts 30-minute units; 336 units are 7 days.
const MAX_UPDATE_DURATION = 336;

function parseError(file, parsed) {
  return createDiagnostic({ file, line: parsed.line || 1, column: parsed.column || 1, rule: 'config-json5', message: `invalid JSON5: ${parsed.error}` });
}

function fileExists(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** config-src-entry: every ability's srcEntry names an existing file. */
function checkSrcEntries(module, info, findings) {
  const abilities = [...info.abilities, ...info.extensionAbilities];
  for (const ability of abilities) {
    if (typeof ability.srcEntry !== 'string') {
      findings.push(diagnosticAtText(module.moduleJsonPath, module.moduleJson.text, `"${ability.name}"`, 'config-src-entry',
        `ability ${ability.name} has no srcEntry`));
      continue;
    }
    if (!fileExists(resolveMainPath(module, ability.srcEntry))) {
      findings.push(diagnosticAtText(module.moduleJsonPath, module.moduleJson.text, ability.srcEntry, 'config-src-entry',
        `srcEntry '${ability.srcEntry}' of ability ${ability.name} does not exist (resolved against src/main)`));
    }
  }
}

/** config-page: every page listed in the `pages` profile exists as src/main/ets/<page>.ets. */
function checkPages(module, info, findings) {
  if (info.pages === undefined) {
    return;
  }
  const file = profilePath(module, info.pages);
  if (!file || !fileExists(file)) {
    findings.push(diagnosticAtText(module.moduleJsonPath, module.moduleJson.text, String(info.pages), 'config-page',
      `pages '${info.pages}' does not name an existing profile in resources/base/profile`));
    return;
  }
  const parsed = readJson5(file);
  if (parsed.error) {
    findings.push(parseError(file, parsed));
    return;
  }
  const pages = parsed.value && parsed.value.src;
  if (!Array.isArray(pages)) {
    findings.push(diagnosticAtText(file, parsed.text, '"src"', 'config-page', 'the pages profile needs "src": an array of page paths such as "pages/Index"'));
    return;
  }
  for (const page of pages) {
    if (!fileExists(path.join(module.mainDir, 'ets', `${page}.ets`))) {
      findings.push(diagnosticAtText(file, parsed.text, `"${page}"`, 'config-page', `page '${page}' does not exist: expected src/main/ets/${page}.ets`));
    }
  }
}

/** Checks one form of a form_config profile; `at(needle)` locates a finding in the profile. */
function checkForm(module, form, at, findings) {
  const report = (needle, message) => findings.push({ ...at(needle), rule: 'form-config', message, severity: 'error' });
  const name = form.name || '(unnamed)';

  if (typeof form.name !== 'string' || form.name === '') {
    report('"forms"', 'a form has no name');
  }
  if (typeof form.src !== 'string') {
    report(`"${name}"`, `form ${name} has no src`);
  } else if (!fileExists(resolveMainPath(module, form.src))) {
    findings.push({ ...at(form.src), rule: 'config-card-src', severity: 'error',
      message: `card page '${form.src}' of form ${name} does not exist (resolved against src/main)` });
  }

  if (form.supportDimensions !== undefined && !Array.isArray(form.supportDimensions)) {
    report(`"${name}"`, `form ${name}: supportDimensions must be an array such as ["2*2", "2*4"]`);
  }
  const dimensions = Array.isArray(form.supportDimensions) ? form.supportDimensions : [];
  if (dimensions.length === 0) {
    report(`"${name}"`, `form ${name} has no supportDimensions`);
  }
  for (const dimension of dimensions) {
    if (!DIMENSIONS.has(dimension)) {
      report(`"${dimension}"`, `form ${name}: dimension '${dimension}' is not one of ${[...DIMENSIONS].join(', ')}`);
    } else if (WATCH_ONLY_DIMENSIONS.has(dimension) && !module.deviceTypes.includes('wearable')) {
      report(`"${dimension}"`, `form ${name}: dimension ${dimension} exists on watches only, but the module's deviceTypes (${module.deviceTypes.join(', ')}) lack "wearable"`);
    }
  }
  if (!dimensions.includes(form.defaultDimension)) {
    report('"defaultDimension"', `form ${name}: defaultDimension '${form.defaultDimension}' is not in supportDimensions`);
  }
  for (const shape of Array.isArray(form.supportShapes) ? form.supportShapes : []) {
    if (!SHAPES.has(shape)) {
      report(`"${shape}"`, `form ${name}: shape '${shape}' is not rect or circle`);
    }
  }
  if (module.deviceTypes.includes('wearable')) {
    const previews = Array.isArray(form.previewImages) ? form.previewImages : [];
    if (previews.length !== dimensions.length) {
      report(form.previewImages ? '"previewImages"' : `"${name}"`,
        `form ${name}: a module that targets watches needs one previewImages entry per dimension (${dimensions.length}), found ${previews.length}`);
    }
  }
  if (form.scheduledUpdateTime !== undefined && !SCHEDULED_TIME.test(String(form.scheduledUpdateTime))) {
    report('"scheduledUpdateTime"', `form ${name}: scheduledUpdateTime '${form.scheduledUpdateTime}' is not a time in HH:mm (00:00 to 23:59)`);
  }
  if (form.updateDuration !== undefined) {
    const duration = form.updateDuration;
    if (!Number.isInteger(duration) || duration < 0 || duration > MAX_UPDATE_DURATION) {
      report('"updateDuration"', `form ${name}: updateDuration ${JSON.stringify(duration)} is not a whole number of 30-minute units from 0 to ${MAX_UPDATE_DURATION}`);
    }
  }
  checkUpdateTimer(form, name, at, findings);
}

/**
 * form-update-timer: timer fields that never take effect. Interval and scheduled updates
 * run only with `"updateEnabled": true` (OpenHarmony docs,
 * application-dev/form/arkts-ui-widget-passive-refresh.md), and scheduledUpdateTime is
 * ignored while updateDuration is above 0. The first case is an error, because a card
 * that relies on the timer (a "today" label that must change at midnight) silently goes
 * stale. The second is a warning, because the interval still refreshes the card.
 * NOTE: a form without updateEnabled is not reported, because its default is not settled
 * by the documentation read for this rule.
 */
function checkUpdateTimer(form, name, at, findings) {
  const hasSchedule = typeof form.scheduledUpdateTime === 'string';
  const hasInterval = typeof form.updateDuration === 'number' && form.updateDuration > 0;
  if (form.updateEnabled === false && (hasSchedule || hasInterval)) {
    const fields = [hasSchedule ? `scheduledUpdateTime ${form.scheduledUpdateTime}` : '', hasInterval ? `updateDuration ${form.updateDuration}` : '']
      .filter(Boolean).join(' and ');
    findings.push({ ...at('"updateEnabled"'), rule: 'form-update-timer', severity: 'error',
      message: `form ${name} sets ${fields}, but "updateEnabled": false turns timer updates off, so they never run; set updateEnabled to true, or remove the timer fields` });
  }
  if (hasSchedule && hasInterval) {
    findings.push({ ...at('"scheduledUpdateTime"'), rule: 'form-update-timer', severity: 'warning',
      message: `form ${name}: scheduledUpdateTime ${form.scheduledUpdateTime} is ignored because updateDuration is ${form.updateDuration}; set updateDuration to 0 to update at that time, or remove scheduledUpdateTime` });
  }
}

/** form-config: fields of every form profile, and one default form per form ability. */
function checkFormProfiles(module, findings) {
  const seenNames = new Map();
  for (const { ability, profileFile, profile, forms } of listFormAbilities(module)) {
    if (!profileFile || !profile) {
      findings.push(diagnosticAtText(module.moduleJsonPath, module.moduleJson.text, `"${ability.name}"`, 'form-config',
        `form ability ${ability.name} has no ohos.extension.form metadata that names an existing profile`));
      continue;
    }
    if (profile.error) {
      findings.push(parseError(profileFile, profile));
      continue;
    }
    // Findings point into the form they concern: search from where that form's name appears.
    let formStart = 0;
    if (!Array.isArray(profile.value && profile.value.forms)) {
      findings.push({ file: profileFile, line: 1, column: 1, rule: 'form-config', severity: 'error', message: `form profile of ${ability.name} needs "forms", an array of forms` });
      continue;
    }
    for (const { form } of forms) {
      const start = profile.text.indexOf(`"${form.name}"`, formStart);
      if (start >= 0) {
        formStart = start;
      }
      const locate = (needle) => {
        let offset = profile.text.indexOf(needle, formStart);
        if (offset < 0) {
          offset = profile.text.indexOf(needle);
        }
        return { file: profileFile, ...lineAndColumn(profile.text, offset) };
      };
      checkForm(module, form, locate, findings);
      if (seenNames.has(form.name)) {
        findings.push({ ...locate(`"${form.name}"`), rule: 'form-config', severity: 'error', message: `form name ${form.name} is used twice in module ${module.name}` });
      }
      seenNames.set(form.name, true);
    }
    const defaults = forms.filter(({ form }) => form.isDefault === true);
    if (defaults.length !== 1) {
      findings.push({ file: profileFile, line: 1, column: 1, rule: 'form-config', severity: 'error',
        message: `form ability ${ability.name} has ${defaults.length} forms with isDefault true; exactly one is required` });
    }
  }
}

function run(context) {
  const findings = [];
  for (const file of [path.join(context.project.dir, 'build-profile.json5'), path.join(context.project.dir, 'AppScope', 'app.json5')]) {
    const parsed = fs.existsSync(file) ? readJson5(file) : {};
    if (parsed.error) {
      findings.push(parseError(file, parsed));
    }
  }
  for (const module of context.project.modules) {
    for (const [file, parsed] of [[module.moduleJsonPath, module.moduleJson], [module.packageJsonPath, module.packageJson]]) {
      if (parsed.error && fs.existsSync(file)) {
        findings.push(parseError(file, parsed));
      }
    }
    if (!module.moduleJson.value) {
      if (!fs.existsSync(module.moduleJsonPath)) {
        findings.push(createDiagnostic({ file: module.moduleJsonPath, rule: 'config-json5', message: `module ${module.name} has no src/main/module.json5` }));
      }
      continue;
    }
    checkSrcEntries(module, module.info, findings);
    checkPages(module, module.info, findings);
    checkFormProfiles(module, findings);
  }
  return findings;
}

module.exports = { id: 'project-config', phase: 'config', reports: ['config-json5', 'config-src-entry', 'config-page', 'config-card-src', 'form-config', 'form-update-timer'], needsProgram: false, run };
