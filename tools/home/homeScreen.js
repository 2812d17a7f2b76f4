'use strict';

// The home screen's model: the app's forms, the placed cards on the phone and the watch, their
// latest rendering, and the live log. The HTTP layer only validates requests and calls this.

const { renderCard } = require('./render');
const { loadForms, resourceRoots } = require('./forms');
const { EventLog } = require('./http/events');
const { HttpError } = require('./http/errors');

const DEVICE_TYPES = { phone: 'phone', watch: 'wearable' };

class HomeScreen {
  constructor({ projectRoot, devices, forms }) {
    this.projectRoot = projectRoot;
    this.forms = forms || loadForms(projectRoot);
    this.devices = devices;
    this.events = new EventLog();
    this.renders = new Map();
    this.nextRenderId = 1;
    this.cardState = new Map();

    devices.on('log', (entry) => this.events.push({ kind: 'log', ...entry }));
    devices.on('update', (update) => this.events.push({ kind: 'update', key: update.key, formId: update.formId, device: update.device, data: update.data }));
    devices.on('cards', () => this.events.push({ kind: 'cards' }));
  }

  formNamed(name) {
    return this.forms.find((form) => form.name === name);
  }

  /** Renders a card with the current locale and color mode and remembers its click handlers. */
  renderView(card, world) {
    const form = this.formNamed(card.formName);
    const rendered = renderCard({
      projectRoot: this.projectRoot,
      pagePath: form.pagePath,
      resourceRoots: resourceRoots(this.projectRoot),
      bindingData: card.bindingData,
      dimension: card.dimension,
      shape: card.shape,
      deviceType: DEVICE_TYPES[card.device],
      locale: world.locale,
      colorMode: world.colorMode,
      designWidth: form.designWidth,
      stateOverrides: this.cardState.get(card.key) || {},
    });
    const renderId = this.nextRenderId++;
    this.renders.set(card.key, { renderId, click: rendered.click, source: renderSource(card, world) });

    return {
      key: card.key,
      formId: card.formId,
      device: card.device,
      formName: card.formName,
      dimension: card.dimension,
      shape: card.shape,
      bindingData: card.bindingData,
      renderId,
      html: rendered.html,
      notes: rendered.notes,
      frame: rendered.frame,
    };
  }

  findCard(key) {
    const card = this.devices.snapshot().cards.find((item) => item.key === key);
    if (!card) {
      throw new HttpError(404, `card ${key} not found: it was removed or never placed`);
    }
    return card;
  }

  state() {
    const snapshot = this.devices.snapshot();
    return {
      forms: this.forms.map(({ pagePath, ...form }) => form),
      world: snapshot.world,
      clock: snapshot.clock,
      simulator: snapshot.simulator,
      cards: snapshot.cards.map((card) => this.renderView(card, snapshot.world)),
    };
  }

  cardView(key) {
    const snapshot = this.devices.snapshot();
    return this.renderView(this.findCard(key), snapshot.world);
  }

  async addCard(request) {
    const card = await this.devices.addCard(request);
    this.events.push({ kind: 'log', device: card.device, source: 'home', line: `card ${card.formId} added: ${card.formName} ${card.dimension} ${card.shape}` });
    return this.cardView(card.key);
  }

  async removeCard(key) {
    const card = this.findCard(key);
    await this.devices.removeCard(key);
    this.renders.delete(key);
    this.cardState.delete(key);
    this.events.push({ kind: 'log', device: card.device, source: 'home', line: `card ${card.formId} removed` });
  }

  /**
   * Runs an onClick handler of a card's latest rendering and sends its postCardAction calls to the
   * simulator. Returns the actions with what each led to. A tap on a disabled component sends
   * nothing, adds a 'tapIgnored' entry to the live log and raises a 409 whose body has `ignored`.
   */
  async click(key, { handler, renderId }) {
    const card = this.findCard(key);
    const render = this.renderForTap(card, renderId);

    let outcome;
    try {
      outcome = render.click(handler);
    } catch (error) {
      throw new HttpError(400, `tap on card ${key} failed: ${error.message}`);
    }
    if (outcome.ignored) {
      this.events.push({ kind: 'tapIgnored', device: card.device, key, formId: card.formId, handler, reason: outcome.ignored });
      throw new HttpError(409, `tap on card ${key} ignored: ${outcome.ignored}, as on a device`, { ignored: outcome.ignored });
    }
    if (Object.keys(outcome.changedState).length > 0) {
      this.cardState.set(key, outcome.changedState);
    }

    const results = [];
    for (const { action, location } of outcome.actions) {
      this.events.push({ kind: 'action', device: card.device, key, formId: card.formId, action, location });
      const result = await this.devices.cardAction(key, action);
      if (result && result.landing) {
        this.events.push({ kind: 'landing', device: card.device, key, formId: card.formId, landing: result.landing });
      }
      results.push({ action, ...result });
    }
    return { actions: results };
  }

  /**
   * Returns the rendering that a tap applies to. A device applies a tap to the card as drawn from
   * its latest binding data, so a tap made on an older rendering raises a 409. A tap without a
   * render id gets a fresh rendering when the data changed since the last one.
   */
  renderForTap(card, renderId) {
    const world = this.devices.snapshot().world;
    const render = this.renders.get(card.key);
    const upToDate = Boolean(render) && render.source === renderSource(card, world);

    if (renderId !== undefined) {
      if (!upToDate || renderId !== render.renderId) {
        throw new HttpError(409, `card ${card.key} was redrawn since this tap was made: tap again`);
      }
      return render;
    }
    if (!upToDate) {
      this.renderView(card, world);
    }
    return this.renders.get(card.key);
  }

  async setWorld(patch) {
    await this.devices.setWorld(patch);
    this.events.push({ kind: 'world', world: this.devices.snapshot().world });
  }

  async moveClock(move) {
    await this.devices.moveClock(move);
    this.events.push({ kind: 'clock', clock: this.devices.snapshot().clock });
  }

  async killApp({ device }) {
    await this.devices.killApp(device);
  }
}

/** Identifies what a rendering was drawn from: the binding data, the locale and the color mode. */
function renderSource(card, world) {
  return JSON.stringify([card.bindingData, world.locale, world.colorMode]);
}

module.exports = { HomeScreen };
