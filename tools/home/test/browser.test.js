'use strict';

// Browser tests: the real page in headless Chromium, the real app in the simulator. Each test
// starts its own home screen (port 0, simulated clock following real time) so that no test
// inherits the app's state from another.

const test = require('node:test');
const assert = require('node:assert/strict');

const { startHomeServer } = require('../server');
const { launchBrowser } = require('../preview');
const { appString, stringNamesOf, labelPattern } = require('./helpers/appStrings');
const { FakeDevices } = require('./helpers/fakeDevices');

const START_TIME = '2026-03-02T01:00:00Z';
const WAIT_MS = 30000;

let browser;

test.before(async () => {
  browser = await launchBrowser({ width: 1300, height: 1000 }, 1);
});

test.after(async () => {
  await browser.close();
});

/**
 * Starts a home screen and opens it. Returns `{ page, home, errors, close() }`. `devices` replaces
 * the simulated phone and watch.
 */
async function openHomeScreen({ devices } = {}) {
  const home = await startHomeServer({ port: 0, startTime: START_TIME, tickMs: 100, devices });
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

test('watch card opens the app', async () => {
  const { page, errors, close } = await openHomeScreen();
  try {
    // A watch cannot sync (syncAll rejects with 801 there), so the card shows that from the start
    // and its button opens the app instead.
    const slot = await addCardFromPage(page, 'watch');
    await waitForCardText(slot, appString('error_not_supported', 'en_US'));
    await waitForCardText(slot, appString('button_open_app', 'en_US'));
    assert.equal(await slot.getAttribute('data-state'), 'unsupported');

    await slot.locator('.ark-Button').click();
    await page.locator('#landing dl').waitFor({ timeout: WAIT_MS });
    assert.match(await page.locator('#landing').innerText(), /EntryAbility/);
    const log = await page.locator('#log').innerText();
    assert.match(log, /postCardAction from card 1822000000: .*"action":"router"/);
    assert.doesNotMatch(log, /"method":"syncHealthData"/);
    assert.deepEqual(errors, []);
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

test('tap while syncing follows the button', async () => {
  const { page, errors, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'phone');
    await page.locator('#nextResult').selectOption('hang');
    await page.waitForFunction(async () => (await (await fetch('/api/world')).json()).nextResult === 'hang');

    await slot.locator('.ark-Button').click();
    await waitForCardText(slot, appString('status_syncing', 'en_US'));
    await page.locator('#log li', { hasText: /updateForm \d+ .*"state":"syncing"/ }).first().waitFor({ timeout: WAIT_MS });

    // The app decides whether the button stays enabled while syncing. A second tap on an enabled
    // button runs the handler and joins the sync, and one on a disabled button is ignored.
    const disabled = (await slot.locator('.ark-Button').getAttribute('aria-disabled')) === 'true';
    await slot.locator('.ark-Button').click({ force: true });
    const log = page.locator('#log');
    if (disabled) {
      await log.locator('li.kind-tapIgnored', { hasText: 'tap ignored: button disabled' }).waitFor({ timeout: WAIT_MS });
      assert.equal(await log.locator('li', { hasText: /postCardAction from card/ }).count(), 1);
    } else {
      await log.locator('li', { hasText: /postCardAction from card/ }).nth(1).waitFor({ timeout: WAIT_MS });
      assert.equal(await log.locator('li.kind-tapIgnored').count(), 0);
    }
    assert.equal(await page.locator('#control-error').innerText(), '');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Sync after app killed mid-sync', async () => {
  const { page, errors, close } = await openHomeScreen();
  try {
    const slot = await addCardFromPage(page, 'phone');
    await page.locator('#nextResult').selectOption('hang');
    await page.waitForFunction(async () => (await (await fetch('/api/world')).json()).nextResult === 'hang');
    await slot.locator('.ark-Button').click();
    await waitForCardText(slot, appString('status_syncing', 'en_US'));

    // The process dies mid-sync, so no one will finish the sync that the card shows.
    await page.locator('[data-kill="phone"]').click();
    await page.locator('#log li', { hasText: /killed/i }).first().waitFor({ timeout: WAIT_MS });
    await page.locator('#nextResult').selectOption('success');
    await page.waitForFunction(async () => (await (await fetch('/api/world')).json()).nextResult === 'success');

    // The user taps the syncing card again. The tap must reach a new process and finish a sync.
    await slot.locator('.ark-Button').click({ force: true });
    const synced = page.locator('.slot[data-device="phone"][data-state="synced"]');
    await synced.waitFor({ timeout: WAIT_MS });
    await waitForCardText(synced, labelPattern(appString('label_today', 'en_US')));
    assert.equal(await page.locator('#log li.kind-tapIgnored').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('disabled button tap is marked in the log', async () => {
  const devices = new FakeDevices();
  devices.nextBindingData = { state: 'syncing', statusText: 'Syncing', buttonText: 'Syncing', buttonEnabled: 'false', buttonAction: 'call' };
  const { page, errors, close } = await openHomeScreen({ devices });
  try {
    const slot = await addCardFromPage(page, 'phone');
    assert.equal(await slot.locator('.ark-Button').getAttribute('aria-disabled'), 'true');

    await slot.locator('.ark-Button').click({ force: true });
    const entry = page.locator('#log li.kind-tapIgnored');
    await entry.waitFor({ timeout: WAIT_MS });
    assert.match(await entry.innerText(), /tap ignored: button disabled \(card 1722000000\)/);
    assert.equal(await page.locator('#control-error').innerText(), '');
    assert.deepEqual(devices.actions, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('locale switch relabels cards without a tap', async () => {
  const { page, errors, close } = await openHomeScreen();
  try {
    await page.locator('#locale').selectOption('zh_CN');
    await page.waitForFunction(async () => (await (await fetch('/api/world')).json()).locale === 'zh_CN');
    const phone = await addCardFromPage(page, 'phone');
    const watch = await addCardFromPage(page, 'watch');

    // The status line of a card comes from the app's binding data, not from the card page's own
    // resources, so only a push from the app can change its language.
    const before = await page.evaluate(async () => (await fetch('/api/state')).json());
    const statusNames = new Map();
    for (const card of before.cards) {
      const [name] = stringNamesOf(card.bindingData.statusText, 'zh_CN');
      assert.ok(name, `${card.device} status '${card.bindingData.statusText}' is no zh_CN string`);
      statusNames.set(card.key, name);
    }
    await waitForCardText(phone, appString(statusNames.get(before.cards[0].key), 'zh_CN'));
    assert.equal(statusNames.size, 2);

    await page.locator('#locale').selectOption('en_US');
    for (const card of before.cards) {
      const slot = page.locator(`.slot[data-key="${card.key}"]`);
      await waitForCardText(slot, appString(statusNames.get(card.key), 'en_US'));
    }

    const state = await page.evaluate(async () => (await fetch('/api/state')).json());
    for (const card of state.cards) {
      assert.equal(card.bindingData.statusText, appString(statusNames.get(card.key), 'en_US'), `${card.device} card ${card.formId}`);
    }
    assert.equal(await page.locator('.slot[data-device="phone"] .ark-card').first().getAttribute('lang'), 'en-US');
    assert.equal(await page.locator('#log li', { hasText: /postCardAction/ }).count(), 0);
    assert.deepEqual(errors, []);
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
