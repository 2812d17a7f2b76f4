'use strict';

// Drives the simulated phone and watch through the situations a card can show, so that every
// preview uses binding data that the app itself produced. Each step starts from a fresh app
// process and a clock one hour later, so that the app's cooldown after a success (10 s) never
// absorbs the next tap.

const HOUR = 1;

/**
 * The steps, in order. `world` changes the simulated world, and `tap` sends the Sync button's
 * call from every card whose button is enabled. `after` runs once the taps settled, and
 * `keepClock` skips the hour that passes before a step.
 */
const STEPS = [
  { name: 'added' },
  { name: 'sync-hangs', world: { nextResult: 'hang' }, tap: true },
  { name: 'killed-mid-sync', keepClock: true, after: 'killAndRefresh' },
  { name: 'sync-succeeds', world: { nextResult: 'success' }, tap: true },
  { name: 'no-network', world: { nextResult: 1002701001 }, tap: true },
  { name: 'scope-revoked', world: { nextResult: 'success', scopeGranted: false }, tap: true },
  { name: 'privacy-not-accepted', world: { scopeGranted: true, privacyAccepted: false }, tap: true },
  { name: 'not-supported', world: { privacyAccepted: true, nextResult: 801 }, tap: true },
  { name: 'signed-out', world: { nextResult: 'success', signedIn: false }, tap: true },
];

function currentData(devices, key) {
  const card = devices.snapshot().cards.find((item) => item.key === key);
  return card ? card.bindingData : {};
}

function callAction(card) {
  return { action: 'call', abilityName: 'EntryAbility', params: { method: 'syncHealthData', formId: card.formId } };
}

/**
 * Runs the steps on placed cards and collects one binding data per distinct card state.
 * Returns a map: card key -> Map(state -> { step, bindingData }).
 */
async function collectStates(devices, cards) {
  const collected = new Map(cards.map((card) => [card.key, new Map()]));

  const record = (stepName) => {
    for (const card of devices.snapshot().cards) {
      const states = collected.get(card.key);
      const state = card.bindingData.state || 'blank';
      if (states && !states.has(state)) {
        states.set(state, { step: stepName, bindingData: { ...card.bindingData } });
      }
    }
  };

  for (const step of STEPS) {
    // The step after a hanging sync must not move the clock first: the sync would time out.
    if (step.name !== 'added' && !step.keepClock) {
      await devices.moveClock({ hours: HOUR });
    }
    if (step.world) {
      await devices.setWorld(step.world);
    }
    if (step.tap) {
      for (const device of new Set(cards.map((card) => card.device))) {
        await devices.killApp(device);
      }
      for (const card of cards) {
        // A disabled button ignores the tap on a device, so the preview must not send it either.
        if (currentData(devices, card.key).buttonEnabled === 'false') {
          continue;
        }
        await devices.cardAction(card.key, callAction(card));
      }
    }
    if (step.after === 'killAndRefresh') {
      // The process dies mid-sync; an hour later the Form Manager's refresh shows what is left.
      for (const device of new Set(cards.map((card) => card.device))) {
        await devices.killApp(device);
      }
      await devices.moveClock({ hours: HOUR });
      for (const card of cards) {
        await devices.refreshCard(card.key);
      }
    }
    record(step.name);
  }
  return collected;
}

module.exports = { collectStates, STEPS };
