'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const { test, before, after } = require('node:test');

const loader = require('../loader');
const { cacheKey, transpile } = require('../transpile');
const { makeProject, makeStandardProject, removeProject } = require('./project');

let root;

before(() => {
  root = makeStandardProject();
  loader.install({ projectRoot: root, kitsDir: path.join(root, 'kits') });
});

after(() => removeProject(root));

function load(relative) {
  return require(path.join(root, relative));
}

test('entry resolves widget through oh-package.json5', () => {
  const status = load('entry/src/main/ets/pages/Status.ets');

  assert.equal(status.statusLine(3), 'Status: 3 items');
});

test('type-only kit import is not loaded', () => {
  load('widget/src/main/ets/Counter.ets');

  assert.equal(globalThis.abilityKitLoads, undefined);
});

test('kit imports resolve through modules.json', () => {
  const kit = require(path.join(root, 'kits', 'PerformanceAnalysisKit.js'));
  load('widget/src/main/ets/Counter.ets').describeCount(1);

  assert.ok(kit.hilog.lines.includes('describe'));
});

test('missing kit names module and importer', () => {
  assert.throws(() => load('entry/src/main/ets/Camera.ets'), {
    code: 'MODULE_NOT_FOUND',
    message: "Cannot load '@kit.CameraKit' imported by entry/src/main/ets/Camera.ets: the simulator has no implementation of this kit",
  });
});

test('stack trace shows the .ets line', () => {
  const counter = load('widget/src/main/ets/Counter.ets');

  let stack = '';
  try {
    counter.describeCount(-1);
  } catch (error) {
    stack = error.stack;
  }
  // Counter.ets line 7 contains the throw.
  assert.match(stack, new RegExp(`${escape(path.join(root, 'widget/src/main/ets/Counter.ets'))}:7:11`));
});

test('struct loads as a class without UI', () => {
  const Card = load('entry/src/main/ets/widget/pages/Card.ets').default;
  const card = new Card();

  assert.equal(card.state, 'never');
  assert.equal(card.label(), 'state=never');
  assert.throws(() => card.build(), /Card\.build\(\) renders ArkUI components/);
});

test('ArkUI class decorator is dropped', () => {
  const { Labels } = load('widget/src/main/ets/Labels.ets');

  assert.equal(new Labels().title, 'Sync');
});

test('project .ts file is transpiled', () => {
  assert.equal(load('entry/src/main/ets/UsesHelper.ets').doubled, 84);
});

test('.ts outside the project stays untouched', () => {
  const outside = makeProject({ 'typed.ts': 'export const typed: number = 1;\n' });

  try {
    // Node's own loader reads it as JavaScript, so the type annotation is a syntax error.
    assert.throws(() => require(path.join(outside, 'typed.ts')), SyntaxError);
  } finally {
    removeProject(outside);
  }
});

test('ForEach with an inline component block transpiles', () => {
  const source = [
    '@Component',
    'struct ListCard {',
    "  items: string[] = ['a', 'b'];",
    '',
    '  build() {',
    '    Column() {',
    '      ForEach(this.items, (item: string) => {',
    '        Row() {',
    '          Text(item)',
    '        }',
    '      }, (item: string) => item)',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  const code = transpile(path.join(root, 'entry/src/main/ets/ListCard.ets'), source);
  assert.match(code, /class ListCard/);
});

test('syntax error gives file, line and column', () => {
  assert.throws(() => load('entry/src/main/ets/Broken.ets'), (error) => {
    assert.equal(error.code, 'ERR_ETS_TRANSPILE');
    assert.match(error.message, /entry\/src\/main\/ets\/Broken\.ets:1:\d+ - error TS\d+: /);
    return true;
  });
});

test('hypium comes from the toolchain', () => {
  // The temporary project has no node_modules, so only the loader can find hypium for it.
  const usesHypium = load('entry/src/test/UsesHypium.ets');

  assert.equal(usesHypium.hasDescribe, true);
  assert.equal(usesHypium.hypiumTest, require('@ohos/hypium').Hypium.hypiumTest);
});

test('transpiled output lands in the disk cache', () => {
  const file = path.join(root, 'widget/Index.ets');
  load('widget/Index.ets');

  const key = cacheKey(file, fs.readFileSync(file, 'utf8'));
  assert.ok(fs.existsSync(path.join(root, '.test', 'cache', `${key}.js`)));
});

test('disk cache entry is reused', () => {
  const other = makeProject({ 'entry/src/main/ets/Value.ets': 'export const value: number = 1;\n' });
  const cacheDir = path.join(other, 'cache');
  const file = path.join(other, 'entry/src/main/ets/Value.ets');
  fs.mkdirSync(cacheDir);
  // A planted entry with a different value proves that the loader read the cache instead of transpiling.
  fs.writeFileSync(path.join(cacheDir, `${cacheKey(file, fs.readFileSync(file, 'utf8'))}.js`), 'exports.value = 2;\n');

  try {
    loader.install({ projectRoot: other, kitsDir: path.join(other, 'kits'), cacheDir });
    assert.equal(require(file).value, 2);
  } finally {
    loader.install({ projectRoot: root, kitsDir: path.join(root, 'kits') });
    removeProject(other);
  }
});

test('missing modules.json is named', () => {
  const other = makeProject({ 'entry/src/main/ets/Log.ets': "import { hilog } from '@kit.PerformanceAnalysisKit';\nexport const log = hilog;\n" });

  try {
    loader.install({ projectRoot: other, kitsDir: path.join(other, 'no-kits') });
    assert.throws(() => require(path.join(other, 'entry/src/main/ets/Log.ets')), {
      message: "Cannot load '@kit.PerformanceAnalysisKit' imported by entry/src/main/ets/Log.ets: the simulator kit map no-kits/modules.json was not found",
    });
  } finally {
    loader.install({ projectRoot: root, kitsDir: path.join(root, 'kits') });
    removeProject(other);
  }
});

test('file dependency without package is named', () => {
  const other = makeProject({
    'kits/modules.json': '{}',
    'entry/oh-package.json5': "{ name: 'entry', dependencies: { widget: 'file:../widget' } }\n",
    'entry/src/main/ets/Uses.ets': "import { x } from 'widget';\nexport const y = x;\n",
  });

  try {
    loader.install({ projectRoot: other, kitsDir: path.join(other, 'kits') });
    assert.throws(() => require(path.join(other, 'entry/src/main/ets/Uses.ets')), {
      message: "Cannot load 'widget' imported by entry/src/main/ets/Uses.ets: entry/oh-package.json5 points it to widget, which has no oh-package.json5",
    });
  } finally {
    loader.install({ projectRoot: root, kitsDir: path.join(root, 'kits') });
    removeProject(other);
  }
});

function runWorker(source, workerData) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const WORKER_SOURCE = `
  const { parentPort, workerData } = require('node:worker_threads');
  const path = require('node:path');
  require(workerData.loader).install({ projectRoot: workerData.root, kitsDir: path.join(workerData.root, 'kits'), cacheDir: workerData.cacheDir });
  const status = require(path.join(workerData.root, 'entry/src/main/ets/pages/Status.ets'));
  let line = 0;
  try {
    status.statusLine(-1);
  } catch (error) {
    line = Number((error.stack.match(/Counter\\.ets:(\\d+):/) || [])[1]);
  }
  parentPort.postMessage({ text: status.statusLine(2), line });
`;

test('loader works inside worker threads', async () => {
  const workerData = { loader: require.resolve('../loader'), root, cacheDir: path.join(root, 'worker-cache') };

  const result = await runWorker(WORKER_SOURCE, workerData);

  assert.equal(result.text, 'Status: 2 items');
  assert.equal(result.line, 7);
});

test('concurrent workers share one cold cache', async () => {
  const workerData = { loader: require.resolve('../loader'), root, cacheDir: path.join(root, 'shared-cold-cache') };

  const results = await Promise.all([1, 2, 3, 4].map(() => runWorker(WORKER_SOURCE, workerData)));

  for (const result of results) {
    assert.equal(result.text, 'Status: 2 items');
  }
  const leftovers = fs.readdirSync(workerData.cacheDir).filter((name) => name.endsWith('.tmp'));
  assert.deepEqual(leftovers, []);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
