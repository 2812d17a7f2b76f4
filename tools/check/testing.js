'use strict';

// Fixture helpers: run the checker on a fixture project, or on a temporary copy of one with
// some files edited, so each test shows the one change that makes a rule fire.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { check } = require('./index');

const FIXTURES = path.join(__dirname, 'test', 'fixtures');

function fixturePath(name) {
  return path.join(FIXTURES, name);
}

/**
 * Copies fixture `name` to a temporary folder and applies `edits`: an object mapping a
 * relative path to new content (string), to a function of the old content, or to null
 * (delete the file). Returns the folder; the caller removes it with `removeCopy`.
 */
function copyFixture(name, edits = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `check-${name}-`));
  fs.cpSync(fixturePath(name), dir, { recursive: true });
  for (const [relative, edit] of Object.entries(edits)) {
    const file = path.join(dir, relative);
    if (edit === null) {
      fs.rmSync(file, { force: true });
      continue;
    }
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const content = typeof edit === 'function' ? edit(old) : edit;
    if (typeof edit === 'function' && content === old) {
      throw new Error(`edit of ${relative} changed nothing; the fixture no longer contains the text the test replaces`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

function removeCopy(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` by `to` once, failing loudly when `from` is absent. */
function replace(from, to) {
  return (text) => {
    if (!text.includes(from)) {
      throw new Error(`text to replace not found: ${from}`);
    }
    return text.replace(from, to);
  };
}

/** Runs the checker and returns its findings with paths relative to the project. */
function runCheck(projectDir, options = {}) {
  const result = check({ projectDir, ...options });
  return result.diagnostics.map((d) => ({ ...d, file: path.relative(projectDir, d.file).split(path.sep).join('/') }));
}

/** Checks a temporary edited copy of a fixture and removes the copy. */
function checkEdited(name, edits, options) {
  const dir = copyFixture(name, edits);
  try {
    return runCheck(dir, options);
  } finally {
    removeCopy(dir);
  }
}

module.exports = { fixturePath, copyFixture, removeCopy, replace, runCheck, checkEdited };
