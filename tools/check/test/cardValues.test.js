'use strict';

// card-binding-type and card-network-url: what the values in a card page may be. Binding
// data arrives as strings, and a card cannot load anything over the network.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');

const { replace, checkEdited } = require('../testing');

const CARD = 'entry/src/main/ets/widget/pages/Card.ets';
const INDEX = 'entry/src/main/ets/pages/Index.ets';
const TITLE_FIELD = "@LocalStorageProp('title') title: string = '';";

function describeFindings(findings) {
  return findings.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n') || 'no findings';
}

describe('card-binding-type', () => {
  const ONLY = { rules: ['card-binding-type'] };
  const checkTitle = (field) => checkEdited('clean', { [CARD]: replace(TITLE_FIELD, field) }, ONLY);

  it('accepts string fields', () => {
    assert.deepEqual(checkEdited('clean', {}, ONLY), []);
  });

  const rejected = [
    ['number', "@LocalStorageProp('title') title: number = 0;", /field title is typed number/],
    ['boolean', "@LocalStorageProp('title') title: boolean = false;", /field title is typed boolean/],
    ['class', "@LocalStorageProp('title') title: CardTitle = new CardTitle();", /field title is typed CardTitle/],
    ['number without annotation', "@LocalStorageProp('title') title = 0;", /field title is typed number/],
    ['string or number', "@LocalStorageProp('title') title: string | number = '';", /typed string \| number/],
    ['@LocalStorageLink number', "@LocalStorageLink('title') title: number = 0;", /@LocalStorageLink field title is typed number/]
  ];
  for (const [name, field, pattern] of rejected) {
    it(`rejects ${name}`, () => {
      const findings = checkEdited('clean', {
        [CARD]: (text) => `${replace(TITLE_FIELD, field)(text)}\nclass CardTitle {\n  text: string = '';\n}\n`
      }, ONLY);
      assert.equal(findings.length, 1, describeFindings(findings));
      assert.equal(findings[0].severity, 'error');
      assert.equal(findings[0].line, 7);
      assert.match(findings[0].message, pattern);
      assert.match(findings[0].message, /arrive in the card as strings/);
    });
  }

  const accepted = [
    ['a string literal union', "@LocalStorageProp('title') title: 'call' | 'router' = 'call';"],
    ['string or undefined', "@LocalStorageProp('title') title: string | undefined = undefined;"],
    ['a string without annotation', "@LocalStorageProp('title') title = '';"]
  ];
  for (const [name, field] of accepted) {
    it(`accepts ${name}`, () => {
      assert.deepEqual(checkTitle(field), []);
    });
  }

  it('ignores a number @State field', () => {
    const findings = checkEdited('clean', { [CARD]: replace(TITLE_FIELD, `${TITLE_FIELD}\n  @State taps: number = 0;`) }, ONLY);
    assert.deepEqual(findings, []);
  });

  it('ignores pages that are not cards', () => {
    const findings = checkEdited('clean', { [INDEX]: replace("@State message: string = '';", "@LocalStorageProp('count') count: number = 0;") }, ONLY);
    assert.deepEqual(findings, []);
  });
});

describe('card-network-url', () => {
  const ONLY = { rules: ['card-network-url'] };
  const ICON = ".fontSize(14)";
  const withImage = (source) => replace(ICON, `${ICON}\n      Image(${source})`);

  it('accepts bundled resources', () => {
    assert.deepEqual(checkEdited('clean', { [CARD]: withImage("$r('app.media.app_icon')") }, ONLY), []);
  });

  it('rejects an https image', () => {
    const findings = checkEdited('clean', { [CARD]: withImage("'https://example.com/a.png'") }, ONLY);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].line, 13);
    assert.equal(findings[0].column, 13);
    assert.match(findings[0].message, /card page loads Image\('https:\/\/example\.com\/a\.png'\), but cards have no network access/);
  });

  const rejected = [
    ['an upper-case scheme', "'HTTP://example.com/a.png'"],
    ['a template literal', '`https://example.com/${this.formId}.png`'],
    ['a plain template', '`http://example.com/a.png`']
  ];
  for (const [name, source] of rejected) {
    it(`rejects ${name}`, () => {
      const findings = checkEdited('clean', { [CARD]: withImage(source) }, ONLY);
      assert.equal(findings.length, 1, describeFindings(findings));
      assert.equal(findings[0].rule, 'card-network-url');
    });
  }

  it('rejects a URL in a field default', () => {
    const findings = checkEdited('clean', { [CARD]: replace(TITLE_FIELD, `${TITLE_FIELD}\n  @State feed: string = 'wss://example.com/feed';`) }, ONLY);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.match(findings[0].message, /'wss:\/\/example\.com\/feed'/);
  });

  it('rejects a HAR constant', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/Constants.ets': (text) => `${text}export const AVATAR_URL: string = 'https://example.com/avatar.png';\n`,
      'lib/Index.ets': replace("export { SYNC_METHOD } from './src/main/ets/Constants';", "export { SYNC_METHOD, AVATAR_URL } from './src/main/ets/Constants';"),
      [CARD]: (text) => `import { AVATAR_URL } from 'lib';\n${withImage('AVATAR_URL')(text)}`
    }, ONLY);
    // Reported once, at the use in the card page; the HAR itself is not a card page.
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, CARD);
    assert.equal(findings[0].line, 14);
    assert.match(findings[0].message, /Image\('https:\/\/example\.com\/avatar\.png'\)/);
  });

  it('reports a constant of the page once', () => {
    const findings = checkEdited('clean', {
      [CARD]: (text) => `const AVATAR_URL: string = 'https://example.com/avatar.png';\n${withImage('AVATAR_URL')(text)}`
    }, ONLY);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].line, 1);
  });

  it('accepts a URL inside display text', () => {
    const findings = checkEdited('clean', { [CARD]: replace('Text(this.title)', "Text('Details at https://example.com')") }, ONLY);
    assert.deepEqual(findings, []);
  });

  it('ignores pages that are not cards', () => {
    const findings = checkEdited('clean', { [INDEX]: replace("Text($r('app.string.lib_label'))", "Image('https://example.com/a.png')") }, ONLY);
    assert.deepEqual(findings, []);
  });
});
