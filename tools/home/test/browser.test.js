'use strict';

// Browser tests: the real page in headless Chromium, the real app in the simulator. Each test
// starts its own home screen (port 0, simulated clock following real time) so that no test
// inherits the app's state from another.

const test = require('node:test');
const assert = require('node:assert/strict');

const { startHomeServer } = require('../server');
const { launchBrowser } = require('../preview');
const { appString, labelPattern } = require('./helpers/appStrings');

const START_TIME = '2026-03-02T01:00:00Z';
const WAIT_MS = 30000;

let browser;

test.before(async () => {
  browser = await launchBrowser({ width: 1300, height: 1000 }, 1);
});

test.after(async () => {
  await browser.close();
});

/** Starts a home screen and opens it. Returns `{ page, home, close() }`. */
async function openHomeScreen() {
  const home = await startHomeServer({ port: 0, startTime: START_TIME, tickMs: 100 });
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(home.url);
  await page.waitForSelector('body[data-ready="true"]');
  return {
    page,
    home,
    errors,
    async close() {
      await page.close();
      await home.close();
    },
  };
}

async function addCardFromPage(page, device) {
  await page.locator(`#add-${device} button[type="submit"]`).click();
  const slot = page.locator(`.slot[data-device="${device}"]`).first();
  await slot.waitFor({ timeout: WAIT_MS });
  return slot;
}

async function waitForCardText(slot, pattern) {
  await slot.filter({ hasText: pattern }).waitFor({ timeout: WAIT_MS });
}

test('phone Sync shows syncing, then today', async () => {
  const { page, errors, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'phone');
    await waitForCardText(slot, appString('card_button_sync', 'en_US'));

    // A slow Health service keeps the syncing state on screen long enough to see it.
    await page.locator('#latencyMs').fill('1500');
    await page.locator('#latencyMs').dispatchEvent('change');
    await page.waitForFunction(async () => (await (await fetch('/api/world')).json()).latencyMs === 1500);

    await slot.locator('.ark-Button').click();
    await waitForCardText(slot, appString('status_syncing', 'en_US'));
    assert.equal(await slot.getAttribute('data-state'), 'syncing');
    assert.equal(await slot.locator('.ark-Button').getAttribute('aria-disabled'), 'true');
    assert.equal(await slot.locator('.ark-LoadingProgress').count(), 1);

    await waitForCardText(slot, labelPattern(appString('label_today', 'en_US')));
    await waitForCardText(slot, appString('status_synced', 'en_US'));
    assert.equal(await slot.getAttribute('data-state'), 'synced');

    const log = await page.locator('#log').innerText();
    assert.match(log, /postCardAction from card \d+: .*"method":"syncHealthData"/);
    assert.match(log, /updateForm \d+ .*"state":"syncing"/);
    assert.match(log, /updateForm \d+ .*"state":"synced"/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('revoked scope shows needs authorization', async () => {
  const { page, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'phone');
    await page.locator('#scopeGranted').uncheck();
    await page.waitForFunction(async () => (await (await fetch('/api/world')).json()).scopeGranted === false);

    await slot.locator('.ark-Button').click();
    await waitForCardText(slot, appString('error_scope_missing', 'en_US'));
    await waitForCardText(slot, appString('button_authorize', 'en_US'));
    assert.equal(await slot.getAttribute('data-state'), 'needsAuth');

    // In this state the button opens the app on its authorization page.
    await slot.locator('.ark-Button').click();
    await page.locator('#landing dd', { hasText: 'authorization' }).first().waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('#landing').getAttribute('data-target'), 'authorization');
  } finally {
    await close();
  }
});

test('watch Sync says not supported', async () => {
  const { page, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'watch');
    await slot.locator('.ark-Button').click();
    await waitForCardText(slot, appString('error_not_supported', 'en_US'));
    assert.equal(await slot.getAttribute('data-state'), 'unsupported');
  } finally {
    await close();
  }
});

test('card body tap shows router landing', async () => {
  const { page, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'phone');
    // The header is not clickable itself, so the tap goes to the card body's handler.
    await slot.locator('.ark-Image').first().click();
    await page.locator('#landing dl').waitFor({ timeout: WAIT_MS });

    const landing = await page.locator('#landing').innerText();
    assert.match(landing, /EntryAbility/);
    assert.match(landing, /"target":"home"/);
    assert.equal(await page.locator('#landing').getAttribute('data-target'), 'home');
    assert.match(await page.locator('#log').innerText(), /router → EntryAbility/);
  } finally {
    await close();
  }
});

test('locale switch redraws the card in Chinese', async () => {
  const { page, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'phone');
    await page.locator('#locale').selectOption('zh_CN');
    await waitForCardText(page.locator('.slot[data-device="phone"]').first(), appString('app_name', 'zh_CN'));
    assert.equal(await page.locator('.slot[data-device="phone"] .ark-card').first().getAttribute('lang'), 'zh-CN');
    assert.ok(slot);
  } finally {
    await close();
  }
});

test('removed card leaves the phone', async () => {
  const { page, close } = await openHomeScreen();
  try {
    await addCardFromPage(page, 'phone');
    await page.locator('.slot[data-device="phone"] .remove').first().click();
    await page.locator('#phone-grid .empty').waitFor({ timeout: WAIT_MS });
    const state = await page.evaluate(async () => (await fetch('/api/state')).json());
    assert.equal(state.cards.length, 0);
  } finally {
    await close();
  }
});
