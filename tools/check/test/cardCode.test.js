'use strict';

// card-form-api beyond the card page: the HAR and same-module code that a card runs. Each
// test adds files to a copy of the clean fixture; `lib` is its HAR, imported as 'lib'.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it } = require('node:test');

const { fixturePath, replace, checkEdited } = require('../testing');

const CARD = 'entry/src/main/ets/widget/pages/Card.ets';
const LIB_INDEX = 'lib/Index.ets';
const API_RULES = { rules: ['card-form-api'] };

// promptAction and hilog have no @form tag in @arkts/declarations, so a card cannot use them.
const TOAST_HELPER = [
  "import { promptAction } from '@kit.ArkUI';",
  '',
  'export function toast(text: string): void {',
  '  promptAction.showToast({ message: text });',
  '}',
  ''
].join('\n');

const FORMAT_FILE = [
  "import { toast } from './Toast';",
  '',
  'export function formatTitle(title: string): string {',
  '  toast(title);',
  '  return title.trim();',
  '}',
  '',
  'export function plainTitle(title: string): string {',
  '  return title.toUpperCase();',
  '}',
  ''
].join('\n');

function describeFindings(findings) {
  return findings.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n') || 'no findings';
}

/** Adds lib files, re-exports `exportsByFile` through lib/Index.ets and imports `cardImports` in the card page. */
function libEdits(files, exportsByFile, cardImports, cardEdit) {
  const edits = { ...files };
  edits[LIB_INDEX] = (text) => text + Object.entries(exportsByFile)
    .map(([file, names]) => `export { ${names.join(', ')} } from './src/main/ets/${file.replace(/\.ets$/, '')}';\n`).join('');
  edits[CARD] = (text) => {
    const edited = cardEdit ? cardEdit(text) : text;
    return `import { ${cardImports.join(', ')} } from 'lib';\n${edited}`;
  };
  return edits;
}

describe('card-form-api in HAR code', () => {
  it('reports an API two calls deep', () => {
    const findings = checkEdited('clean', libEdits(
      { 'lib/src/main/ets/Toast.ets': TOAST_HELPER, 'lib/src/main/ets/Format.ets': FORMAT_FILE },
      { 'Format.ets': ['formatTitle'] },
      ['formatTitle'],
      replace('Text(this.title)', 'Text(formatTitle(this.title))')
    ), API_RULES);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'lib/src/main/ets/Toast.ets');
    assert.equal(findings[0].line, 4);
    assert.match(findings[0].message, /'promptAction.showToast' is not available in cards/);
    assert.match(findings[0].message, /entry\/src\/main\/ets\/widget\/pages\/Card\.ets -> formatTitle \(lib\/src\/main\/ets\/Format\.ets\) -> toast \(lib\/src\/main\/ets\/Toast\.ets\)/);
  });

  it('accepts HAR code with only card APIs', () => {
    const findings = checkEdited('clean', libEdits(
      { 'lib/src/main/ets/Toast.ets': TOAST_HELPER, 'lib/src/main/ets/Format.ets': FORMAT_FILE },
      { 'Format.ets': ['formatTitle', 'plainTitle'] },
      ['plainTitle'],
      replace('Text(this.title)', 'Text(plainTitle(this.title))')
    ), API_RULES);
    // formatTitle is exported next to plainTitle and reaches promptAction, but the card
    // neither imports nor calls it.
    assert.deepEqual(findings, []);
  });

  it('reports an imported function never called', () => {
    const findings = checkEdited('clean', libEdits(
      { 'lib/src/main/ets/Toast.ets': TOAST_HELPER },
      { 'Toast.ets': ['toast'] },
      ['toast']
    ), API_RULES);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'lib/src/main/ets/Toast.ets');
    assert.match(findings[0].message, /Card\.ets -> import toast \(lib\/src\/main\/ets\/Toast\.ets\)/);
  });

  it('ignores a type-only import', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/Toast.ets': `${TOAST_HELPER}\nexport type ToastFunction = (text: string) => void;\n`,
      [LIB_INDEX]: (text) => `${text}export { toast, ToastFunction } from './src/main/ets/Toast';\n`,
      [CARD]: (text) => `import type { ToastFunction } from 'lib';\n${text}`
    }, API_RULES);
    assert.deepEqual(findings, []);
  });

  it('reports top-level code of a loaded module', () => {
    const findings = checkEdited('clean', libEdits(
      {
        'lib/src/main/ets/Startup.ets': [
          "import { hilog } from '@kit.PerformanceAnalysisKit';",
          '',
          "hilog.info(0x0001, 'Startup', 'module loaded');",
          '',
          "export const STARTUP_TAG: string = 'Startup';",
          '',
          'export function logLater(): void {',
          "  hilog.error(0x0001, 'Startup', 'never called by the card');",
          '}',
          ''
        ].join('\n')
      },
      { 'Startup.ets': ['STARTUP_TAG', 'logLater'] },
      ['SYNC_METHOD']
    ), API_RULES);
    // The card imports only SYNC_METHOD, but lib/Index.ets loads Startup.ets, whose top level
    // runs. logLater's body does not run, so hilog.error stays quiet.
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'lib/src/main/ets/Startup.ets');
    assert.equal(findings[0].line, 3);
    assert.match(findings[0].message, /'hilog.info'/);
    assert.match(findings[0].message, /Card\.ets -> lib\/Index\.ets \(loaded\) -> lib\/src\/main\/ets\/Startup\.ets \(loaded\)/);
  });

  it('reports a method and a field initializer', () => {
    const findings = checkEdited('clean', libEdits(
      {
        'lib/src/main/ets/Toast.ets': TOAST_HELPER,
        'lib/src/main/ets/TitleFormatter.ets': [
          "import { promptAction } from '@kit.ArkUI';",
          "import { toast } from './Toast';",
          '',
          'export class TitleFormatter {',
          "  private shown: Promise<void> = promptAction.openCustomDialog({ builder: () => {} }).then(() => {});",
          '',
          '  format(title: string): string {',
          '    toast(title);',
          '    return title;',
          '  }',
          '',
          '  unused(): void {',
          "    promptAction.showToast({ message: 'not reached' });",
          '  }',
          '}',
          ''
        ].join('\n')
      },
      { 'TitleFormatter.ets': ['TitleFormatter'] },
      ['TitleFormatter'],
      replace('Text(this.title)', 'Text(new TitleFormatter().format(this.title))')
    ), API_RULES);
    const places = findings.map((d) => `${d.file}:${d.line}`).sort();
    assert.deepEqual(places, ['lib/src/main/ets/TitleFormatter.ets:5', 'lib/src/main/ets/Toast.ets:4'], describeFindings(findings));
    const initializer = findings.find((d) => d.line === 5);
    assert.match(initializer.message, /Card\.ets -> TitleFormatter \(lib\/src\/main\/ets\/TitleFormatter\.ets\)\./);
  });

  it('reports a component from a HAR', () => {
    const findings = checkEdited('clean', libEdits(
      {
        'lib/src/main/ets/TitleView.ets': [
          '@Component',
          'export struct TitleView {',
          "  @Prop title: string = '';",
          '',
          '  build() {',
          '    Text(this.title)',
          '      .bindPopup(false, { message: this.title })',
          '  }',
          '}',
          ''
        ].join('\n')
      },
      { 'TitleView.ets': ['TitleView'] },
      ['TitleView'],
      replace('Text(this.title)\n        .fontSize(14)\n        .fontWeight(FontWeight.Bold)\n        .maxLines(1)\n        .textOverflow({ overflow: TextOverflow.Ellipsis })',
        'TitleView({ title: this.title })')
    ), API_RULES);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'lib/src/main/ets/TitleView.ets');
    assert.match(findings[0].message, /'CommonMethod.bindPopup'.*Card\.ets -> TitleView \(lib\/src\/main\/ets\/TitleView\.ets\)/);
  });

  it('follows a same-module helper', () => {
    const findings = checkEdited('clean', {
      'entry/src/main/ets/widget/common/CardToast.ets': TOAST_HELPER,
      [CARD]: (text) => `import { toast } from '../common/CardToast';\n${replace(
        "postCardAction(this, { action: 'router'", "toast(this.title);\n      postCardAction(this, { action: 'router'")(text)}`
    }, API_RULES);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'entry/src/main/ets/widget/common/CardToast.ets');
  });

  it('reports shared code once for two pages', () => {
    const cardText = fs.readFileSync(path.join(fixturePath('clean'), CARD), 'utf8');
    const findings = checkEdited('clean', {
      'entry/src/main/ets/widget/common/CardToast.ets': TOAST_HELPER,
      [CARD]: (text) => `import { toast } from '../common/CardToast';\n${text}`,
      'entry/src/main/ets/widget/pages/WatchCard.ets': `import { toast } from '../common/CardToast';\n${cardText}`,
      'entry/src/main/resources/base/profile/form_config.json': replace(
        '"src": "./ets/widget/pages/Card.ets",\n      "uiSyntax": "arkts",\n      "isDefault": false',
        '"src": "./ets/widget/pages/WatchCard.ets",\n      "uiSyntax": "arkts",\n      "isDefault": false')
    }, API_RULES);
    assert.equal(findings.length, 1, describeFindings(findings));
  });

  it('reports a data source method the framework calls', () => {
    const findings = checkEdited('clean', libEdits(
      {
        'lib/src/main/ets/TitleSource.ets': [
          "import { promptAction } from '@kit.ArkUI';",
          '',
          'export class TitleSource implements IDataSource {',
          "  private titles: string[] = ['a', 'b'];",
          '',
          '  totalCount(): number {',
          '    return this.titles.length;',
          '  }',
          '',
          '  getData(index: number): string {',
          "    promptAction.showToast({ message: 'getData' });",
          '    return this.titles[index];',
          '  }',
          '',
          '  registerDataChangeListener(listener: DataChangeListener): void {',
          '  }',
          '',
          '  unregisterDataChangeListener(listener: DataChangeListener): void {',
          '  }',
          '',
          '  debugDump(): void {',
          "    promptAction.showToast({ message: 'not called by the framework' });",
          '  }',
          '}',
          ''
        ].join('\n')
      },
      { 'TitleSource.ets': ['TitleSource'] },
      ['TitleSource'],
      (text) => replace("@LocalStorageProp('title') title: string = '';", "@LocalStorageProp('title') title: string = '';\n  private source: TitleSource = new TitleSource();")(text)
        .replace('Text(this.title)\n        .fontSize(14)\n        .fontWeight(FontWeight.Bold)\n        .maxLines(1)\n        .textOverflow({ overflow: TextOverflow.Ellipsis })',
          'List() {\n        LazyForEach(this.source, (title: string) => {\n          ListItem() {\n            Text(title)\n          }\n        }, (title: string) => title)\n      }')
    ), API_RULES);
    // LazyForEach itself has no @form tag either; the point here is getData.
    const places = findings.map((d) => `${d.file}:${d.line}`).sort();
    assert.deepEqual(places, [CARD + ':14', 'lib/src/main/ets/TitleSource.ets:11'], describeFindings(findings));
    const getData = findings.find((d) => d.file.startsWith('lib/'));
    assert.match(getData.message, /Card\.ets -> TitleSource \(lib\/src\/main\/ets\/TitleSource\.ets\)/);
  });

  it('survives recursion between helpers', () => {
    const findings = checkEdited('clean', libEdits(
      {
        'lib/src/main/ets/Toast.ets': TOAST_HELPER,
        'lib/src/main/ets/Ping.ets': [
          "import { toast } from './Toast';",
          '',
          'export function ping(n: number): number {',
          '  return n > 0 ? pong(n - 1) : 0;',
          '}',
          '',
          'export function pong(n: number): number {',
          "  toast('pong');",
          '  return n > 0 ? ping(n - 1) : 0;',
          '}',
          ''
        ].join('\n')
      },
      { 'Ping.ets': ['ping'] },
      ['ping'],
      replace('Text(this.title)', 'Text(`${ping(3)}`)')
    ), API_RULES);
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.match(findings[0].message, /ping \(lib\/src\/main\/ets\/Ping\.ets\) -> pong \(lib\/src\/main\/ets\/Ping\.ets\) -> toast/);
  });
});
