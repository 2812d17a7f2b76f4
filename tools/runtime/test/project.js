'use strict';

// Writes small DevEco-style projects into temporary folders for the loader tests.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Creates a temporary project from { 'relative/path': 'content' } and returns its root. */
function makeProject(files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ets-loader-test-'));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

// A project with the widget HAR, an entry module that depends on it, and a
// kits folder where loading AbilityKit.js is recorded on globalThis.
const STANDARD_FILES = {
  'kits/modules.json': JSON.stringify({
    '@kit.AbilityKit': 'AbilityKit.js',
    '@kit.PerformanceAnalysisKit': 'PerformanceAnalysisKit.js',
    '@ohos.hilog': 'PerformanceAnalysisKit.js',
  }),
  'kits/AbilityKit.js': "'use strict';\nglobalThis.abilityKitLoads = (globalThis.abilityKitLoads || 0) + 1;\nexports.UIAbility = class UIAbility {};\n",
  'kits/PerformanceAnalysisKit.js': "'use strict';\nexports.hilog = { lines: [], info(domain, tag, format) { this.lines.push(format); } };\n",
  'widget/oh-package.json5': "{ name: 'widget', version: '1.0.0', main: 'Index.ets' }\n",
  'widget/Index.ets': "export { describeCount } from './src/main/ets/Counter';\nexport { Labels } from './src/main/ets/Labels';\n",
  'widget/src/main/ets/Counter.ets': [
    "import { common } from '@kit.AbilityKit';",
    "import { hilog } from '@kit.PerformanceAnalysisKit';",
    '',
    'export function describeCount(count: number, context?: common.Context): string {',
    "  hilog.info(0x0000, 'Counter', 'describe');",
    '  if (count < 0) {',
    "    throw new RangeError('count must not be negative');",
    '  }',
    '  return `${count} items`;',
    '}',
    '',
  ].join('\n'),
  'widget/src/main/ets/Labels.ets': [
    '@Observed',
    'export class Labels {',
    "  title: string = 'Sync';",
    '}',
    '',
  ].join('\n'),
  'entry/oh-package.json5': "{ name: 'entry', version: '1.0.0', dependencies: { widget: 'file:../widget' } }\n",
  'entry/src/main/ets/pages/Status.ets': [
    "import { describeCount } from 'widget';",
    '',
    'export function statusLine(count: number): string {',
    '  return `Status: ${describeCount(count)}`;',
    '}',
    '',
  ].join('\n'),
  'entry/src/main/ets/widget/pages/Card.ets': [
    "import { hilog } from '@kit.PerformanceAnalysisKit';",
    '',
    '@Entry',
    '@Component',
    'struct Card {',
    "  @LocalStorageProp('state') state: string = 'never';",
    '  @State pressed: boolean = false;',
    '',
    '  build() {',
    '    Column() {',
    '      Text(this.state).fontSize(14)',
    "      Button('Sync').onClick(() => { this.pressed = true; })",
    "    }.width('100%')",
    '  }',
    '',
    '  label(): string {',
    '    return `state=${this.state}`;',
    '  }',
    '}',
    '',
    '@Builder',
    'function caption(text: string) {',
    '  Text(text)',
    '}',
    '',
    'export default Card;',
    '',
  ].join('\n'),
  'entry/src/main/ets/Camera.ets': "import { camera } from '@kit.CameraKit';\n\nexport function cameraCount(): number {\n  return camera.count;\n}\n",
  'entry/src/main/ets/Broken.ets': 'export function broken(: number {\n  return 1;\n}\n',
  'entry/src/test/UsesHypium.ets': "import { describe, Hypium } from '@ohos/hypium';\nexport const hasDescribe: boolean = typeof describe === 'function';\nexport const hypiumTest = Hypium.hypiumTest;\n",
  'entry/src/main/ets/Helper.ts': 'export const answer: number = 42;\n',
  'entry/src/main/ets/UsesHelper.ets': "import { answer } from './Helper';\nexport const doubled: number = answer * 2;\n",
};

function makeStandardProject() {
  return makeProject(STANDARD_FILES);
}

function removeProject(root) {
  fs.rmSync(root, { recursive: true, force: true });
}

module.exports = { makeProject, makeStandardProject, removeProject, STANDARD_FILES };
