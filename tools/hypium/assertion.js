'use strict';

// Recovers the matcher, expected and actual values from the failure message
// of a hypium 1.0.13 assertion. hypium keeps only the message on the
// AssertException, so the text is all there is. Each pattern mirrors the
// message format of one matcher in node_modules/@ohos/hypium/src/main/
// (service.js for the basic ones, module/assert/*.js for the others).

const PATTERNS = [
  { matcher: 'assertEqual', regex: /^expect ([\s\S]*?) equals ([\s\S]*)$/, actual: 1, expected: 2 },
  { matcher: 'assertDeepEquals', regex: /^([\s\S]*?) is not deep equal ([\s\S]*)$/, actual: 1, expected: 2 },
  { matcher: 'assertTrue', regex: /^expect true, actualValue is ([\s\S]*)$/, actual: 1, expectedText: 'true' },
  { matcher: 'assertFalse', regex: /^expect false, actualValue is ([\s\S]*)$/, actual: 1, expectedText: 'false' },
  { matcher: 'assertNull', regex: /^expect null, actualValue is ([\s\S]*)$/, actual: 1, expectedText: 'null' },
  { matcher: 'assertUndefined', regex: /^expect Undefined, actualValue is ([\s\S]*)$/, actual: 1, expectedText: 'undefined' },
  { matcher: 'assertNaN', regex: /^expect NaN, actualValue {2}is ([\s\S]*)$/, actual: 1, expectedText: 'NaN' },
  { matcher: 'assertContain', regex: /^expect false, ([\s\S]*?) do not have {2}([\s\S]*)$/, actual: 1, expected: 2, expectedPrefix: 'contains ' },
  { matcher: 'assertClose', regex: /^\|([\s\S]*?) - ([\s\S]*?)\|\/[\s\S]* is not less than ([\s\S]*)$/, actual: 1, expected: 2, precision: 3 },
  { matcher: 'assertLarger', regex: /^([\s\S]*?) is not larger than ([\s\S]*)$/, actual: 1, expected: 2, expectedPrefix: '> ' },
  { matcher: 'assertLess', regex: /^([\s\S]*?) is not less than ([\s\S]*)$/, actual: 1, expected: 2, expectedPrefix: '< ' },
  { matcher: 'assertThrowError', regex: /^expected throw failed , ([\s\S]*?) is not ([\s\S]*)$/, actual: 1, expected: 2, expectedPrefix: 'throws ' },
  { matcher: 'assertThrowError', regex: /^ An error is not thrown while it is expected!$/, actualText: 'no error thrown', expectedText: 'an error' },
  { matcher: 'assertFail', regex: /^fail $/, actualText: 'assertFail() reached', expectedText: 'not reached' },
];

/**
 * Returns { matcher, expected, actual } for a known hypium failure message,
 * or null. Values are the strings hypium formatted, so `1` and `'1'` look alike.
 * Equal sides can only come from `.not()` (hypium keeps the message of the
 * positive form), so the expected value is then reported as "not <value>".
 */
function describeAssertion(message) {
  if (typeof message !== 'string') {
    return null;
  }
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(message);
    if (!match) {
      continue;
    }
    const actual = pattern.actualText || match[pattern.actual];
    let expected = pattern.expectedText || `${pattern.expectedPrefix || ''}${match[pattern.expected]}`;
    if (pattern.precision) {
      expected = `${match[pattern.expected]} within relative precision ${match[pattern.precision]}`;
    }
    const negated = actual === expected;
    return { matcher: pattern.matcher, expected: negated ? `not ${expected}` : expected, actual };
  }
  return null;
}

module.exports = { describeAssertion };
