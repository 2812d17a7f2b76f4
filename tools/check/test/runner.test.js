'use strict';

// The rule runner: rule selection, timings, and a crashing rule.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');

const { check, RULES } = require('../index');
const { fixturePath } = require('../testing');

describe('rule runner', () => {
  it('reports a crashing rule and keeps going', () => {
    const crashing = { id: 'crashing-rule', phase: 'config', reports: ['crashing-rule'], needsProgram: false, run() { throw new Error('index out of range'); } };
    RULES.push(crashing);
    try {
      const result = check({ projectDir: fixturePath('broken-config'), rules: ['config'] });
      const crash = result.diagnostics.filter((d) => d.rule === 'checker-error');
      assert.equal(crash.length, 1);
      assert.match(crash[0].message, /^rule crashing-rule failed: Error: index out of range/);
      assert.ok(result.diagnostics.some((d) => d.rule === 'form-identity'), 'other rules of the phase still report');
    } finally {
      RULES.splice(RULES.indexOf(crashing), 1);
    }
  });

  it('skips the program when no rule needs types', () => {
    const result = check({ projectDir: fixturePath('clean'), rules: ['project-config', 'form-identity'] });
    assert.equal(result.timings.program, undefined);
    assert.equal(typeof result.timings.config, 'number');
  });

  it('selects single rule ids of a group', () => {
    const result = check({ projectDir: fixturePath('broken-config'), rules: ['config-page'] });
    assert.deepEqual([...new Set(result.diagnostics.map((d) => d.rule))], ['config-page']);
  });
});
