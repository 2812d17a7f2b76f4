#!/usr/bin/env node
'use strict';

// `npm run check`: type-checks and lints the ArkTS project with the SDK's compiler front end
// and ArkTS linter, and checks the card and configuration rules that only fail on a device.
// Prints one finding per line (`path:line:col  rule-id  message`) and a summary line. The
// exit code is 1 on any error and 2 on a usage error.

const path = require('node:path');

const { check } = require('./index');
const { formatDiagnostic } = require('./lib/diagnostics');
const { REPO_ROOT } = require('./lib/paths');

const USAGE = `Usage: npm run check -- [options]

Options:
  --project DIR        project root to check (default: the repository root)
  --json               print the findings as JSON instead of text
  --rules LIST         comma-separated rule ids or phases to run (default: all)
  --update-form-lock   rewrite each module's form identity lock file from form_config.json
  --help               print this help`;

function parseArguments(argv) {
  const options = { projectDir: REPO_ROOT, json: false, updateFormLock: false, rules: undefined };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--project') {
      options.projectDir = path.resolve(requireValue(argv, ++i, argument));
    } else if (argument === '--json') {
      options.json = true;
    } else if (argument === '--update-form-lock') {
      options.updateFormLock = true;
    } else if (argument === '--rules') {
      options.rules = requireValue(argv, ++i, argument).split(',').map((id) => id.trim()).filter(Boolean);
    } else if (argument === '--help' || argument === '-h') {
      options.help = true;
    } else {
      throw new Error(`unknown option '${argument}'; run with --help for the options`);
    }
  }
  return options;
}

function requireValue(argv, index, option) {
  if (index >= argv.length || argv[index].startsWith('--')) {
    throw new Error(`option ${option} requires a value`);
  }
  return argv[index];
}

function main(argv) {
  let options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`check: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let result;
  try {
    result = check(options);
  } catch (error) {
    process.stderr.write(`check: ${error.message}\n`);
    return 2;
  }
  if (options.json) {
    const relative = result.diagnostics.map((d) => ({ ...d, file: path.relative(result.project.dir, d.file) || d.file }));
    process.stdout.write(`${JSON.stringify({ projectDir: result.project.dir, summary: result.summary, diagnostics: relative, timings: result.timings }, null, 2)}\n`);
  } else {
    for (const diagnostic of result.diagnostics) {
      process.stdout.write(`${formatDiagnostic(diagnostic, result.project.dir)}\n`);
    }
    const { errors, warnings } = result.summary;
    const totalSeconds = Object.values(result.timings).reduce((sum, ms) => sum + ms, 0) / 1000;
    process.stdout.write(`check: ${errors} error(s), ${warnings} warning(s) in ${result.project.modules.length} module(s), ${totalSeconds.toFixed(1)} s\n`);
  }
  return result.summary.errors > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { main, parseArguments };
