'use strict';

// The FormExtensionAbility runs in its own process, which crashes at load when its import
// graph contains the BackgroundTasksKit, audio, camera, media or particleAbility modules
// (Form Kit guide, OpenHarmony docs application-dev/form). Health Service Kit is excluded
// too, because its init needs a UIAbility context, so this project keeps it in the main
// process.

const path = require('node:path');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { listFormAbilities, resolveMainPath } = require('../lib/forms');
const { walkImports } = require('../lib/imports');

const RULE = 'form-process-import';

const FORBIDDEN_MODULES = [
  { test: (s) => s === '@kit.BackgroundTasksKit', reason: 'background tasks are not allowed in the form process' },
  { test: (s) => s === '@ohos.resourceschedule.backgroundTaskManager' || s === '@ohos.backgroundTaskManager', reason: 'background tasks are not allowed in the form process' },
  { test: (s) => s === '@kit.AudioKit' || s === '@kit.CameraKit' || s === '@kit.MediaKit', reason: 'audio, camera and media modules are not allowed in the form process' },
  { test: (s) => s.startsWith('@ohos.multimedia.'), reason: 'audio, camera and media modules are not allowed in the form process' },
  { test: (s) => s === '@ohos.ability.particleAbility', reason: 'particleAbility is not allowed in the form process' },
  { test: (s) => s === '@kit.HealthServiceKit' || s.startsWith('@hms.health.'), reason: 'Health Service Kit needs a UIAbility context and belongs in the main process' }
];

function forbiddenReason(specifier) {
  const match = FORBIDDEN_MODULES.find((entry) => entry.test(specifier));
  return match ? match.reason : undefined;
}

function isProjectFile(project, fileName) {
  return fileName.startsWith(project.dir + path.sep) && !fileName.includes(`${path.sep}node_modules${path.sep}`);
}

function run(context) {
  const { program } = context.getProgram();
  const { project } = context;
  const findings = [];
  const reported = new Set();

  for (const module of project.modules) {
    for (const { ability } of listFormAbilities(module)) {
      if (typeof ability.srcEntry !== 'string') {
        continue;
      }
      const entryFile = resolveMainPath(module, ability.srcEntry);
      if (!program.getSourceFile(entryFile)) {
        // A missing srcEntry is reported by config-src-entry.
        continue;
      }
      walkImports(program, entryFile, (file) => isProjectFile(project, file), ({ sourceFile, specifier, node, chain }) => {
        const reason = forbiddenReason(specifier);
        const key = `${ability.name}|${sourceFile.fileName}|${node.pos}`;
        if (!reason || reported.has(key)) {
          return;
        }
        reported.add(key);
        const route = chain.map((file) => path.relative(project.dir, file)).join(' -> ');
        findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), RULE,
          `form ability ${ability.name} loads '${specifier}' (${route}); ${reason}, and the form process crashes at load. Move the import behind a port implemented in the main process`));
      });
    }
  }
  return findings;
}

module.exports = { id: RULE, phase: 'card', reports: ['form-process-import'], needsProgram: true, run };
