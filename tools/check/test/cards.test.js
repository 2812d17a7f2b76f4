'use strict';

// Card rules on edited copies of the clean fixture: the hard cases around each rule, and
// legitimate ArkTS that must stay quiet.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');

const { replace, checkEdited } = require('../testing');

const CARD = 'entry/src/main/ets/widget/pages/Card.ets';
const FORM_ABILITY = 'entry/src/main/ets/entryformability/EntryFormAbility.ets';
const CARD_RULES = { rules: ['card'] };

function describeFindings(findings) {
  return findings.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n') || 'no findings';
}

function only(findings, rule) {
  return findings.filter((d) => d.rule === rule);
}

describe('card-form-api', () => {
  it('reports a component without @form', () => {
    const findings = checkEdited('clean', { [CARD]: replace('Text(this.title)', 'TextInput({ text: this.title })') }, CARD_RULES);
    const api = only(findings, 'card-form-api');
    assert.ok(api.length >= 1, describeFindings(findings));
    assert.match(api[0].message, /'TextInput' is not available in cards/);
    // TextInput's own attributes lack @form too, and each use is reported where it is.
    assert.ok(api.slice(1).every((d) => /TextInputAttribute\./.test(d.message)), describeFindings(api));
  });

  it('reports an attribute without @form', () => {
    const findings = checkEdited('clean', { [CARD]: replace('.fontSize(14)', '.fontSize(14)\n        .bindPopup(false, { message: this.title })') }, CARD_RULES);
    const api = only(findings, 'card-form-api');
    assert.equal(api.length, 1, describeFindings(findings));
    assert.match(api[0].message, /bindPopup/);
  });

  it('accepts the @form subset', () => {
    assert.deepEqual(only(checkEdited('clean', {}, CARD_RULES), 'card-form-api'), []);
  });
});

describe('card-timer', () => {
  it('reports setTimeout', () => {
    const findings = checkEdited('clean', { [CARD]: replace('.width(\'100%\')', '.width(\'100%\')\n        .onAppear(() => { setTimeout(() => {}, 10); })') }, CARD_RULES);
    assert.equal(only(findings, 'card-timer').length, 1, describeFindings(findings));
  });

  it('reports setInterval in a HAR helper', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/Ticker.ets': 'export function startTicker(): number {\n  return setInterval(() => {}, 1000);\n}\n',
      'lib/Index.ets': (text) => `${text}export { startTicker } from './src/main/ets/Ticker';\n`,
      [CARD]: (text) => `import { startTicker } from 'lib';\n${replace('.width(\'100%\')', '.width(\'100%\')\n        .onAppear(() => { startTicker(); })')(text)}`
    }, CARD_RULES);
    const timers = only(findings, 'card-timer');
    assert.equal(timers.length, 1, describeFindings(findings));
    assert.equal(timers[0].file, 'lib/src/main/ets/Ticker.ets');
    assert.match(timers[0].message, /setInterval does not run in a card \(card code reaches it: entry\/src\/main\/ets\/widget\/pages\/Card\.ets -> startTicker \(lib\/src\/main\/ets\/Ticker\.ets\)\)/);
  });

  it('ignores a struct method named setTimeout', () => {
    const findings = checkEdited('clean', {
      [CARD]: (text) => replace('  build() {', '  setTimeout(): void {\n  }\n\n  build() {')(text)
        .replace('.width(\'100%\')', '.width(\'100%\')\n        .onAppear(() => { this.setTimeout(); })')
    }, CARD_RULES);
    assert.deepEqual(only(findings, 'card-timer'), []);
  });
});

describe('card-entry-storage', () => {
  it('reports a card without @Entry', () => {
    const findings = checkEdited('clean', { [CARD]: replace('@Entry(storage)\n', '') }, CARD_RULES);
    const entry = only(findings, 'card-entry-storage');
    assert.equal(entry.length, 1, describeFindings(findings));
    assert.match(entry[0].message, /no @Entry component/);
  });
});

describe('card-binding-key', () => {
  it('reads keys through a string constant', () => {
    const withImport = checkEdited('clean', {
      [CARD]: (text) => `import { TITLE_KEY } from './Keys';\n${replace("@LocalStorageProp('title')", '@LocalStorageProp(TITLE_KEY)')(text)}`,
      'entry/src/main/ets/widget/pages/Keys.ets': "export const TITLE_KEY: string = 'title';\n"
    }, CARD_RULES);
    assert.deepEqual(only(withImport, 'card-binding-key'), []);
  });

  it('reports a key no producer sends', () => {
    const findings = checkEdited('clean', { [CARD]: replace("@LocalStorageProp('title')", "@LocalStorageProp('headline')") }, CARD_RULES);
    const keys = only(findings, 'card-binding-key');
    assert.equal(keys.length, 1, describeFindings(findings));
    assert.match(keys[0].message, /'headline'/);
  });

  it('reports binding data without any producer', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/CardData.ets': replace('export class CardData', 'export class CardFields'),
      'lib/Index.ets': replace('export { CardData }', 'export { CardFields }'),
      [FORM_ABILITY]: (text) => text.replace("import { CardData } from 'lib';\n", '')
        .replace('    const data: CardData = new CardData();\n    return formBindingData.createFormBindingData(data);', '    return formBindingData.createFormBindingData();'),
      'entry/src/test/Card.test.ets': null
    }, CARD_RULES);
    const keys = only(findings, 'card-binding-key');
    assert.equal(keys.length, 1, describeFindings(findings));
    assert.match(keys[0].message, /no formBindingData.createFormBindingData call or CardBindingData class/);
  });

  it('reports a producer whose keys cannot be known', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/CardData.ets': replace('export class CardData', 'export class CardFields'),
      'lib/Index.ets': replace('export { CardData }', 'export { CardFields }'),
      [FORM_ABILITY]: (text) => text.replace("import { CardData } from 'lib';\n", '')
        .replace('    const data: CardData = new CardData();', '    const data: Record<string, string> = {};'),
      'entry/src/test/Card.test.ets': null
    }, CARD_RULES);
    const keys = only(findings, 'card-binding-key');
    assert.equal(keys.length, 1, describeFindings(findings));
    assert.match(keys[0].message, /cannot tell which keys/);
  });

  it('accepts keys of an object literal producer', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/CardData.ets': replace('export class CardData {', 'export interface CardFields {\n  formId: string;\n  title: string;\n}\n\nexport class CardData {'),
      [FORM_ABILITY]: replace('const data: CardData = new CardData();', "const data: CardData = { formId: '1', title: 'x' };")
    }, CARD_RULES);
    assert.deepEqual(only(findings, 'card-binding-key'), []);
  });
});

describe('card actions', () => {
  it('reports an unknown ability', () => {
    const findings = checkEdited('clean', { [CARD]: replace("action: 'router', abilityName: 'EntryAbility'", "action: 'router', abilityName: 'MainAbility'") }, CARD_RULES);
    const ability = only(findings, 'card-action-ability');
    assert.equal(ability.length, 1, describeFindings(findings));
    assert.match(ability[0].message, /'MainAbility' is not a UIAbility of this app; known: EntryAbility/);
  });

  it('accepts an ability without launchType', () => {
    const findings = checkEdited('clean', { 'entry/src/main/module.json5': replace(',\n        "launchType": "singleton"', '') }, CARD_RULES);
    assert.deepEqual(only(findings, 'card-action-ability'), []);
  });

  it('reports a call without params.method', () => {
    const findings = checkEdited('clean', { [CARD]: replace("params: { method: 'sync', formId: this.formId }", 'params: { formId: this.formId }') }, CARD_RULES);
    const method = only(findings, 'card-call-method');
    assert.equal(method.length, 1, describeFindings(findings));
    assert.match(method[0].message, /needs params.method/);
  });

  it('reports a method computed at run time', () => {
    const findings = checkEdited('clean', { [CARD]: replace("params: { method: 'sync', formId: this.formId }", 'params: { method: this.title, formId: this.formId }') }, CARD_RULES);
    const method = only(findings, 'card-call-method');
    assert.equal(method.length, 1, describeFindings(findings));
    assert.match(method[0].message, /must be a string literal/);
  });

  it('reports a method nobody registers', () => {
    const findings = checkEdited('clean', { 'lib/src/main/ets/Constants.ets': "export const SYNC_METHOD: string = 'synchronize';\n" }, CARD_RULES);
    const method = only(findings, 'card-call-method');
    assert.equal(method.length, 1, describeFindings(findings));
    assert.match(method[0].message, /no ability registers method 'sync'.*registered: synchronize/);
  });

  it('reports postCardAction in a static card', () => {
    const findings = checkEdited('clean', {
      'entry/src/main/resources/base/profile/form_config.json': replace('"isDynamic": true', '"isDynamic": false')
    }, CARD_RULES);
    const actions = only(findings, 'card-action-static');
    assert.equal(actions.length, 2, describeFindings(findings));
    assert.match(actions[0].message, /form PhoneCard is static/);
  });

  it('does not require the permission for router only', () => {
    const findings = checkEdited('clean', {
      'entry/src/main/module.json5': replace('"name": "ohos.permission.KEEP_BACKGROUND_RUNNING"', '"name": "ohos.permission.INTERNET"'),
      [CARD]: replace("action: 'call'", "action: 'router'")
    }, CARD_RULES);
    assert.deepEqual(only(findings, 'card-call-permission'), []);
  });
});

describe('form-process-import', () => {
  it('reports a dynamic import of Health Service Kit', () => {
    const findings = checkEdited('clean', {
      [FORM_ABILITY]: replace('  onAddForm(want: Want)', "  onRemoveForm(formId: string): void {\n    import('@kit.HealthServiceKit');\n  }\n\n  onAddForm(want: Want)")
    }, { rules: ['form-process-import'] });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.match(findings[0].message, /'@kit.HealthServiceKit'/);
  });

  it('reports @ohos.multimedia modules in a HAR', () => {
    const findings = checkEdited('clean', {
      'lib/src/main/ets/Constants.ets': (text) => `import { audio } from '@ohos.multimedia.audio';\n\n${text}\nexport const AUDIO_USAGE: audio.StreamUsage = audio.StreamUsage.STREAM_USAGE_MUSIC;\n`
    }, { rules: ['form-process-import'] });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'lib/src/main/ets/Constants.ets');
    assert.match(findings[0].message, /EntryFormAbility\.ets -> lib\/Index\.ets -> lib\/src\/main\/ets\/Constants\.ets/);
  });

  it('allows those modules in the main process', () => {
    const findings = checkEdited('clean', {
      'entry/src/main/ets/entryability/EntryAbility.ets': (text) => `import { backgroundTaskManager } from '@kit.BackgroundTasksKit';\n${text}\nexport function cancel(id: number): void {\n  backgroundTaskManager.cancelSuspendDelay(id);\n}\n`
    }, { rules: ['form-process-import'] });
    assert.deepEqual(findings, []);
  });
});

describe('card-hsp-import', () => {
  it('reports an HSP reached through a HAR', () => {
    const findings = checkEdited('clean', {
      'build-profile.json5': replace("    { name: 'lib', srcPath: './lib' }\n", "    { name: 'lib', srcPath: './lib' },\n    { name: 'feature', srcPath: './feature' }\n"),
      'lib/oh-package.json5': replace('dependencies: {}', "dependencies: { feature: 'file:../feature' }"),
      'lib/src/main/ets/Constants.ets': (text) => `import { FEATURE_NAME } from 'feature';\n\n${text}\nexport const LABEL: string = FEATURE_NAME;\n`,
      'feature/oh-package.json5': "{ name: 'feature', version: '1.0.0', main: 'Index.ets' }\n",
      'feature/Index.ets': "export const FEATURE_NAME: string = 'feature';\n",
      'feature/src/main/module.json5': "{ module: { name: 'feature', type: 'shared', deviceTypes: ['phone'] } }\n",
      [CARD]: (text) => `import { SYNC_METHOD } from 'lib';\n${text}`
    }, { rules: ['card-hsp-import'] });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'lib/src/main/ets/Constants.ets');
    assert.match(findings[0].message, /through lib\/Index\.ets -> lib\/src\/main\/ets\/Constants\.ets/);
  });

  // lib depends on lib2 through oh-package.json5 only; lib2 is no module of build-profile.json5.
  function nestedHarEdits(lib2Index, featureType) {
    return {
      'lib/oh-package.json5': replace('dependencies: {}', "dependencies: { lib2: 'file:../libs/lib2' }"),
      'lib/src/main/ets/Constants.ets': (text) => `import { LIB2_NAME } from 'lib2';\n\n${text}\nexport const LABEL: string = LIB2_NAME;\n`,
      'libs/lib2/oh-package.json5': "{ name: 'lib2', version: '1.0.0', main: 'Index.ets', dependencies: { feature: 'file:../../feature' } }\n",
      'libs/lib2/Index.ets': lib2Index,
      'libs/lib2/src/main/module.json5': "{ module: { name: 'lib2', type: 'har', deviceTypes: ['phone'] } }\n",
      'feature/oh-package.json5': "{ name: 'feature', version: '1.0.0', main: 'Index.ets' }\n",
      'feature/Index.ets': "export const FEATURE_NAME: string = 'feature';\nexport type FeatureName = string;\n",
      'feature/src/main/module.json5': `{ module: { name: 'feature', type: '${featureType}', deviceTypes: ['phone'] } }\n`,
      [CARD]: (text) => `import { SYNC_METHOD } from 'lib';\n${text}`
    };
  }

  it('reports an HSP behind an unlisted HAR', () => {
    const findings = checkEdited('clean', nestedHarEdits(
      "import { FEATURE_NAME } from 'feature';\n\nexport const LIB2_NAME: string = FEATURE_NAME;\n", 'shared'), { rules: ['card-hsp-import'] });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].file, 'libs/lib2/Index.ets');
    assert.match(findings[0].message, /'feature' from the HSP feature \(through lib\/Index\.ets -> lib\/src\/main\/ets\/Constants\.ets -> libs\/lib2\/Index\.ets\)/);
  });

  it('accepts the same chain ending in a HAR', () => {
    const findings = checkEdited('clean', nestedHarEdits(
      "import { FEATURE_NAME } from 'feature';\n\nexport const LIB2_NAME: string = FEATURE_NAME;\n", 'har'), { rules: ['card-hsp-import'] });
    assert.deepEqual(findings, []);
  });

  it('ignores a type-only HSP import', () => {
    const findings = checkEdited('clean', nestedHarEdits(
      "import type { FeatureName } from 'feature';\n\nexport const LIB2_NAME: FeatureName = 'lib2';\n", 'shared'), { rules: ['card-hsp-import'] });
    assert.deepEqual(findings, []);
  });
});
