'use strict';

// Runs the checker's rules on one project and returns the findings with phase timings.

const path = require('node:path');

const { loadProject } = require('./lib/project');
const { createProjectProgram } = require('./lib/program');
const { compareDiagnostics, createDiagnostic, summarize } = require('./lib/diagnostics');
const { REPO_ROOT, PROJECT_DECLARATIONS_DIR } = require('./lib/paths');
const { RULES } = require('./rules');

const CHECKER_ERROR = 'checker-error';

/** True when `name` selects the rule module: its id, its phase or one of the ids it reports. */
function ruleMatches(rule, name) {
  return name === rule.id || name === rule.phase || rule.reports.includes(name)
    || (name.startsWith('arkts-') && rule.reports.includes('arkts-*'));
}

function findingMatches(findingRule, name, selected) {
  // A crashed rule is always shown, whatever was selected.
  if (findingRule === name || findingRule === CHECKER_ERROR) {
    return true;
  }
  // A module id or phase selects everything that module reports.
  return selected.some((rule) => (name === rule.id || name === rule.phase) && (rule.reports.includes(findingRule)
    || (rule.reports.includes('arkts-*') && findingRule.startsWith('arkts-'))));
}

/**
 * Checks the project in `projectDir`.
 *
 * Options: `rules` (phase or rule ids to run; all when omitted), `updateFormLock` (rewrite
 * the form identity lock files), `declarationsDir` (project declarations).
 * Returns `{ project, diagnostics, summary, timings }`, timings in milliseconds per phase.
 */
function check({ projectDir = REPO_ROOT, rules, updateFormLock = false, declarationsDir = PROJECT_DECLARATIONS_DIR } = {}) {
  const timings = {};
  const timed = (phase, work) => {
    const start = process.hrtime.bigint();
    try {
      return work();
    } finally {
      timings[phase] = (timings[phase] || 0) + Number(process.hrtime.bigint() - start) / 1e6;
    }
  };

  const project = timed('project', () => loadProject(path.resolve(projectDir)));
  let programInfo = null;
  const context = {
    project,
    options: { updateFormLock },
    // The program is created on first use, so rules that need no types stay fast.
    getProgram() {
      if (!programInfo) {
        programInfo = timed('program', () => createProjectProgram(project, { declarationsDir }));
      }
      return programInfo;
    }
  };

  const selected = RULES.filter((rule) => !rules || rules.some((name) => ruleMatches(rule, name)));
  if (rules) {
    const unknown = rules.filter((name) => !RULES.some((rule) => ruleMatches(rule, name)));
    if (unknown.length > 0) {
      const known = [...new Set(RULES.flatMap((rule) => [rule.phase, rule.id, ...rule.reports]))];
      throw new Error(`unknown rule or phase '${unknown.join("', '")}'; known: ${known.join(', ')}`);
    }
  }

  // Create the program up front when a rule needs it, so its time is not charged to that rule.
  if (selected.some((rule) => rule.needsProgram)) {
    context.getProgram();
  }

  const diagnostics = [];
  for (const rule of selected) {
    try {
      diagnostics.push(...timed(rule.phase, () => rule.run(context)));
    } catch (error) {
      // One broken rule must not hide the findings of the others.
      diagnostics.push(createDiagnostic({ file: project.dir, rule: CHECKER_ERROR,
        message: `rule ${rule.id} failed: ${error.stack || error.message}` }));
    }
  }

  // A rule module reports several rule ids; keep only those asked for.
  const requested = rules ? diagnostics.filter((d) => rules.some((name) => findingMatches(d.rule, name, selected))) : diagnostics;
  requested.sort(compareDiagnostics);
  return { project, diagnostics: requested, summary: summarize(requested), timings };
}

module.exports = { check, RULES };
