'use strict';

// `npm run preview`: writes a PNG of every card x state x light/dark x zh_CN/en_US to
// docs/preview/, plus home-screen.png, an overview of the browser home screen. The card states
// come from the app running in the simulator; the pictures come from headless Chromium.
// Usage: node tools/home/preview.js [--out DIR]

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const { renderCard, CARD_CSS } = require('./render');
const { loadForms, resourceRoots } = require('./forms');
const { createDevices } = require('./simHost');
const { collectStates } = require('./preview/scenarios');
const { startHomeServer } = require('./server');
const { escapeHtml } = require('./render/html');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_OUT = path.join(PROJECT_ROOT, 'docs', 'preview');
// A fixed morning in China, so that labels such as "Today 10:00" are the same on every run.
const START_TIME = '2026-03-02T01:00:00Z';
const LOCALES = ['en_US', 'zh_CN'];
const COLOR_MODES = ['light', 'dark'];
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches the system Chromium with a fresh profile. Returns `{ context, close() }`. */
async function launchBrowser(viewport, deviceScaleFactor = 2) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'home-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Lists the cards to preview: every form in every dimension, and each watch dimension in each shape. */
function previewCards(forms) {
  const cards = [];
  for (const form of forms) {
    for (const dimension of form.dimensions) {
      for (const shape of form.device === 'watch' ? form.shapes : ['rect']) {
        cards.push({ device: form.device, formName: form.name, dimension, shape });
      }
    }
  }
  return cards;
}

/** Runs the app in one locale, because the app writes its labels into the binding data. */
async function collectCardStates(forms, locale) {
  const devices = createDevices({ projectRoot: PROJECT_ROOT, startTime: START_TIME, tickMs: 0 });
  await devices.start();
  try {
    await devices.setWorld({ locale });
    const placed = [];
    for (const card of previewCards(forms)) {
      placed.push(await devices.addCard(card));
    }
    const states = await collectStates(devices, placed);
    return placed.map((card) => ({ ...card, states: states.get(card.key) }));
  } finally {
    await devices.stop();
  }
}

function fileName(card, state, locale, colorMode) {
  const shape = card.shape === 'circle' ? '-circle' : '';
  return `${card.formName}-${card.dimension.replace('*', 'x')}${shape}-${state}-${locale}-${colorMode}.png`;
}

function previewPage(items, colorMode) {
  const background = colorMode === 'dark' ? '#000000' : '#e9edf2';
  const blocks = items.map((item) => `<div class="shot" data-file="${escapeHtml(item.file)}">${item.html}</div>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CARD_CSS}
body { margin: 0; background: ${background}; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px; padding: 8px; }
.shot { padding: 6px; background: ${background}; }
.ark-card .ark-spinner { animation: none; }
</style></head><body>${blocks}</body></html>`;
}

async function writeCardShots(context, cardsByLocale, forms, outDir) {
  const written = [];
  const notes = [];
  for (const locale of LOCALES) {
    const cards = cardsByLocale.get(locale);
    for (const colorMode of COLOR_MODES) {
      const items = [];
      for (const card of cards) {
        const form = forms.find((item) => item.name === card.formName);
        for (const [state, { bindingData }] of card.states) {
          const rendered = renderCard({
            projectRoot: PROJECT_ROOT,
            pagePath: form.pagePath,
            resourceRoots: resourceRoots(PROJECT_ROOT),
            bindingData,
            dimension: card.dimension,
            shape: card.shape,
            deviceType: card.device === 'watch' ? 'wearable' : 'phone',
            locale,
            colorMode,
            designWidth: form.designWidth,
          });
          const file = fileName(card, state, locale, colorMode);
          items.push({ file, html: rendered.html });
          for (const note of rendered.notes) {
            notes.push(`${file}: ${note.location} ${note.message}`);
          }
        }
      }

      const page = await context.newPage();
      await page.setContent(previewPage(items, colorMode));
      await page.evaluate(() => document.fonts.ready);
      for (const item of items) {
        await page.locator(`.shot[data-file="${item.file}"]`).screenshot({ path: path.join(outDir, item.file) });
        written.push(item.file);
      }
      await page.close();
    }
  }
  return { written, notes };
}

/** Screenshots the running home screen with a synced phone card and a watch card. */
async function writeOverview(outDir) {
  const home = await startHomeServer({ port: 0, startTime: START_TIME, tickMs: 0 });
  const browser = await launchBrowser({ width: 1400, height: 1050 }, 1);
  try {
    const post = (route, body) => fetchJson(home.url, route, body);
    await post('api/cards', { device: 'phone', formName: 'HealthSyncCard', dimension: '2*2' });
    const wide = await post('api/cards', { device: 'phone', formName: 'HealthSyncCard', dimension: '2*4' });
    await post('api/cards', { device: 'watch', formName: 'HealthSyncWatchCard', dimension: '3*3', shape: 'circle' });

    // Tap Sync on the wide card. The app pushes the outcome to every registered phone card, so
    // both phone cards show it, and the watch card stays as added.
    const syncButton = /role="button"[^>]*data-click="(\d+)"/.exec(wide.html);
    if (syncButton) {
      await post(`api/cards/${wide.key}/click`, { handler: Number(syncButton[1]) });
    }

    const page = await browser.context.newPage();
    await page.goto(home.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(outDir, 'home-screen.png') });
    await page.close();
  } finally {
    await browser.close();
    await home.close();
  }
}

async function fetchJson(baseUrl, route, body) {
  const response = await fetch(new URL(route, baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload = await response.json();
  if (!response.ok) {
    throw new Error(`POST ${route} failed with ${response.status}: ${payload.error}`);
  }
  return payload;
}

/** Writes README.md next to the pictures: how they are named and which states each card has. */
function writeIndex(outDir, cardsByLocale) {
  const lines = [
    '# Card previews',
    '',
    'Written by `npm run preview` (tools/home/preview.js); do not edit by hand. Each card state',
    'comes from the app running in the simulator, drawn by the home screen renderer in headless',
    'Chromium. Sizes are the renderer\'s estimates of the phone and watch card grids.',
    '',
    'File names: `<form>-<dimension>[-circle]-<state>-<locale>-<light|dark>.png`.',
    '`home-screen.png` shows the whole browser home screen.',
    '',
    '| card | states |',
    '|---|---|',
  ];
  for (const card of cardsByLocale.get(LOCALES[0])) {
    const shape = card.shape === 'circle' ? ' circle' : '';
    lines.push(`| ${card.formName} ${card.dimension}${shape} | ${[...card.states.keys()].join(', ')} |`);
  }
  fs.writeFileSync(path.join(outDir, 'README.md'), `${lines.join('\n')}\n`);
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 ? process.argv[outIndex + 1] : DEFAULT_OUT);
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of fs.readdirSync(outDir)) {
    if (file.endsWith('.png')) {
      fs.rmSync(path.join(outDir, file));
    }
  }

  const forms = loadForms(PROJECT_ROOT);
  const cardsByLocale = new Map();
  for (const locale of LOCALES) {
    console.log(`preview: running the app in the simulator (${locale}) to collect card states`);
    const cards = await collectCardStates(forms, locale);
    for (const card of cards) {
      console.log(`preview: ${card.formName} ${card.dimension} ${card.shape}: ${[...card.states.keys()].join(', ')}`);
    }
    cardsByLocale.set(locale, cards);
  }

  const browser = await launchBrowser({ width: 1200, height: 900 });
  let result;
  try {
    result = await writeCardShots(browser.context, cardsByLocale, forms, outDir);
  } finally {
    await browser.close();
  }
  await writeOverview(outDir);
  writeIndex(outDir, cardsByLocale);

  for (const note of result.notes) {
    console.log(`preview: renderer note: ${note}`);
  }
  console.log(`preview: wrote ${result.written.length + 1} PNG files to ${path.relative(process.cwd(), outDir) || '.'}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`preview: failed: ${error.stack || error.message}`);
    process.exit(1);
  });
}

module.exports = { previewCards, fileName, launchBrowser };
