'use strict';

// A stand-in for the simulated phone and watch (simHost.js) with binding data chosen by the test,
// for states that the app may never produce, such as a disabled Sync button. It records every
// card action instead of running app code.

const { EventEmitter } = require('node:events');

const FIRST_FORM_IDS = { phone: 1722000000, watch: 1822000000 };

class FakeDevices extends EventEmitter {
  constructor() {
    super();
    this.cards = [];
    this.actions = [];
    this.nextNumber = { phone: 0, watch: 0 };
    this.world = { locale: 'en_US', colorMode: 'light', nextResult: 'success', timeZone: 'Asia/Shanghai' };
    this.clock = Date.UTC(2026, 2, 2, 1, 0, 0);
    // Binding data that the next added card receives, as onAddForm would return it.
    this.nextBindingData = {};
  }

  async start() {}

  async stop() {}

  async addCard({ device, formName, dimension, shape }) {
    const formId = String(FIRST_FORM_IDS[device] + this.nextNumber[device]++);
    const card = {
      key: `${device}-${formId}`,
      formId,
      device,
      formName,
      dimension,
      shape: shape || 'rect',
      bindingData: { formId, ...this.nextBindingData },
    };
    this.cards.push(card);
    this.emit('cards');
    return card;
  }

  async removeCard(key) {
    this.cards = this.cards.filter((card) => card.key !== key);
    this.emit('cards');
  }

  async cardAction(key, action) {
    this.actions.push({ key, action });
    return { delivered: true, landing: null };
  }

  async setWorld(patch) {
    Object.assign(this.world, patch);
  }

  async moveClock() {}

  async killApp() {}

  async refreshCard() {}

  snapshot() {
    return { cards: this.cards.map((card) => ({ ...card })), world: { ...this.world }, clock: this.clock, simulator: 'fake' };
  }
}

module.exports = { FakeDevices };
