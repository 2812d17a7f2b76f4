'use strict';

// Reads the app's forms from the entry module's form profile (the `ohos.extension.form`
// metadata of the form ability in module.json5, `resources/base/profile/form_config.json` by
// default), so that the home screen offers exactly the cards and sizes that the app declares.

const fs = require('node:fs');
const path = require('node:path');
const JSON5 = require('json5');

const WATCH_ONLY_DIMENSIONS = new Set(['2*3', '3*3']);

function readJson5(file) {
  return JSON5.parse(fs.readFileSync(file, 'utf8'));
}

/** Finds form_config.json through module.json5, falling back to the conventional path. */
function formProfilePath(projectRoot) {
  const moduleDir = path.join(projectRoot, 'entry');
  const moduleFile = path.join(moduleDir, 'src', 'main', 'module.json5');
  if (fs.existsSync(moduleFile)) {
    const extensions = readJson5(moduleFile).module.extensionAbilities || [];
    const formAbility = extensions.find((extension) => extension.type === 'form');
    const metadata = formAbility && (formAbility.metadata || []).find((item) => item.name === 'ohos.extension.form');
    const match = metadata && /^\$profile:(.+)$/.exec(metadata.resource || '');
    if (match) {
      return path.join(moduleDir, 'src', 'main', 'resources', 'base', 'profile', `${match[1]}.json`);
    }
  }
  return path.join(moduleDir, 'src', 'main', 'resources', 'base', 'profile', 'form_config.json');
}

/**
 * Lists the app's forms with the devices that can show them. A form whose dimensions are all
 * watch-only (2*3, 3*3) goes on the watch; any other form goes on the phone.
 */
function loadForms(projectRoot) {
  const profile = formProfilePath(projectRoot);
  const forms = readJson5(profile).forms || [];

  return forms.map((form) => {
    const dimensions = form.supportDimensions || [form.defaultDimension || '2*2'];
    const watch = dimensions.every((dimension) => WATCH_ONLY_DIMENSIONS.has(dimension));
    return {
      name: form.name,
      displayName: form.displayName,
      pagePath: path.join(projectRoot, 'entry', 'src', 'main', form.src.replace(/^\.\//, '')),
      dimensions,
      defaultDimension: form.defaultDimension || dimensions[0],
      shapes: form.supportShapes || ['rect'],
      designWidth: (form.window && form.window.designWidth) || 720,
      device: watch ? 'watch' : 'phone',
    };
  });
}

/** Lists the `resources` folders whose `app` resources a card page can use, the entry module's first. */
function resourceRoots(projectRoot) {
  return [
    path.join(projectRoot, 'entry', 'src', 'main', 'resources'),
    path.join(projectRoot, 'widget', 'src', 'main', 'resources'),
  ];
}

module.exports = { loadForms, resourceRoots, formProfilePath };
