'use strict';

// Renders one card page to HTML for a given binding data, dimension, shape and device
// configuration, and runs its click handlers. This is the renderer's public entry point.

const fs = require('node:fs');
const path = require('node:path');
const { ModuleLoader, hasDecorator } = require('./module');
const { Interpreter } = require('./interpreter');
const { UiBuilder } = require('./builder');
const { HtmlRenderer, escapeHtml } = require('./html');
const { ResourceTable } = require('./resources');
const { cardFrame } = require('./sizes');
const { RenderError } = require('./values');

// The stylesheet lives with the page's static files, which the server serves as /card.css.
const CARD_CSS = fs.readFileSync(path.join(__dirname, '..', 'public', 'card.css'), 'utf8');
const DEFAULT_DESIGN_WIDTH = 720;

const loaders = new Map();
const dataUrlCache = new Map();

function loaderFor(projectRoot) {
  if (!loaders.has(projectRoot)) {
    loaders.set(projectRoot, new ModuleLoader(projectRoot));
  }
  return loaders.get(projectRoot);
}

function fileDataUrl(file, mime) {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const cached = dataUrlCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) {
    return cached.url;
  }
  const url = `data:${mime};base64,${fs.readFileSync(file).toString('base64')}`;
  dataUrlCache.set(file, { mtimeMs, url });
  return url;
}

/** Finds the `@Entry` struct of a card page. */
function findEntryStruct(module) {
  for (const declaration of module.structs.values()) {
    if (hasDecorator(declaration, 'Entry')) {
      return declaration;
    }
  }
  return null;
}

/**
 * Renders a card page.
 *
 * @param {object} options
 * @param {string} options.projectRoot root of the repository, for module and HAR resolution
 * @param {string} options.pagePath absolute path of the card page (.ets)
 * @param {string[]} options.resourceRoots `resources` folders, the entry module's first
 * @param {object} options.bindingData the card's binding data (strings)
 * @param {string} options.dimension form dimension such as '2*2'
 * @param {string} [options.shape] 'rect' or 'circle'
 * @param {string} [options.deviceType] 'phone' or 'wearable'
 * @param {string} [options.locale] 'zh_CN' or 'en_US'
 * @param {string} [options.colorMode] 'light' or 'dark'
 * @param {number} [options.designWidth] form_config `window.designWidth`
 * @param {object} [options.stateOverrides] @State fields changed by earlier taps on this card
 * @returns {{ html: string, notes: object[], frame: object, click: Function }}
 */
function renderCard(options) {
  const config = {
    locale: options.locale || 'en_US',
    colorMode: options.colorMode || 'light',
    deviceType: options.deviceType || 'phone',
  };
  const frame = cardFrame(config.deviceType, options.dimension, options.shape);
  const notes = [];
  const addNote = (note) => notes.push(note);

  const resources = new ResourceTable(options.resourceRoots || []);
  const resolveResource = (ref) => resources.resolve(ref, config);
  const resourceDataUrl = (ref) => {
    const resolved = resolveResource(ref);
    return resolved.kind === 'file' ? fileDataUrl(resolved.file, resolved.mime) : undefined;
  };

  // postCardAction calls go to whatever sink the current click installs.
  let actionSink = null;
  const interpreter = new Interpreter({
    onCardAction: (action, location) => {
      if (actionSink) {
        actionSink(action, location);
      }
    },
  });
  const builder = new UiBuilder({ interpreter, addNote, bindingData: options.bindingData });

  let bodyHtml;
  let rootInstance = null;
  let disabledHandlers = new Map();
  try {
    const module = loaderFor(options.projectRoot).load(options.pagePath);
    for (const error of module.parseErrors) {
      addNote({ level: 'error', location: error.split(' ')[0], message: error.slice(error.indexOf(' ') + 1) });
    }
    const entry = findEntryStruct(module);
    if (!entry) {
      throw new RenderError('the card page has no @Entry struct', module.location(module.sourceFile));
    }
    rootInstance = builder.instantiate(entry, module, {}, options.stateOverrides || {});
    const nodes = builder.buildInstance(rootInstance);
    if (nodes.length !== 1) {
      addNote({
        level: 'warning',
        location: module.location(entry),
        message: `build() of an @Entry struct must have exactly one root component, found ${nodes.length}`,
      });
    }

    const html = new HtmlRenderer({
      resolveResource,
      resourceDataUrl,
      addNote,
      frameWidth: frame.width,
      designWidth: options.designWidth || DEFAULT_DESIGN_WIDTH,
      colorMode: config.colorMode,
    });
    bodyHtml = html.renderNodes(nodes, 'card');
    disabledHandlers = findDisabledHandlers(nodes);
  } catch (error) {
    if (!(error instanceof RenderError)) {
      throw error;
    }
    addNote({ level: 'error', location: error.location || '', message: error.message });
    bodyHtml = `<div class="ark-placeholder" title="${escapeHtml(error.message)}">card failed to render</div>`;
  }

  const classes = ['ark-card', config.colorMode === 'dark' ? 'ark-dark' : 'ark-light'];
  if (frame.circle) {
    classes.push('ark-circle');
  }
  const frameStyle = `width:${frame.width}px;height:${frame.height}px;border-radius:${frame.radius}px`;
  const html = `<div class="${classes.join(' ')}" style="${frameStyle}" lang="${config.locale.replace('_', '-')}">${bodyHtml}</div>`;

  /**
   * Runs the onClick handler with the given id. Returns the postCardAction calls it made and the
   * root struct's fields that it changed. A handler on a disabled component does not run, and
   * `ignored` then gives the reason, such as 'button disabled'.
   */
  function click(handlerId) {
    const handler = builder.handlers[Number(handlerId)];
    if (!handler) {
      throw new RenderError(`no click handler with id ${handlerId} in the current rendering`);
    }
    const disabledComponent = disabledHandlers.get(Number(handlerId));
    if (disabledComponent) {
      const ignored = disabledComponent === 'Button' ? 'button disabled' : `${disabledComponent} disabled`;
      return { actions: [], changedState: {}, ignored };
    }
    const actions = [];
    actionSink = (action, location) => actions.push({ action, location });
    try {
      interpreter.steps = 0;
      interpreter.runClickHandler(handler.closure);
    } finally {
      actionSink = null;
    }
    return { actions, changedState: changedFields(rootInstance) };
  }

  return { html, notes, frame, click, handlerCount: builder.handlers.length };
}

/**
 * Maps the id of every click handler that a device would not run to the name of its component.
 * ArkUI's `enabled(false)` makes a component ignore clicks and touches, cards included since
 * API 9 (developer.huawei.com, ArkUI reference "Enable/Disable Control").
 */
function findDisabledHandlers(nodes) {
  const disabled = new Map();
  const visit = (node, insideDisabled) => {
    const attributes = node.attributes || [];
    // NOTE: the reference speaks only of the component itself, so blocking the handlers inside a
    // disabled container is an unconfirmed assumption.
    const isDisabled = insideDisabled
      || attributes.some((attribute) => attribute.name === 'enabled' && attribute.args[0] === false);
    if (isDisabled) {
      for (const attribute of attributes) {
        if (attribute.name === 'onClick' && attribute.handlerId !== undefined) {
          disabled.set(attribute.handlerId, node.name);
        }
      }
    }
    for (const child of node.children || []) {
      visit(child, isDisabled);
    }
  };
  for (const node of nodes) {
    visit(node, false);
  }
  return disabled;
}

/** Fields of the entry struct that are not binding data, for keeping @State across renders. */
function changedFields(instance) {
  const state = {};
  if (!instance || !instance.changed) {
    return state;
  }
  for (const [name, value] of instance.fields) {
    const kind = instance.fieldKinds.get(name);
    if (kind !== 'LocalStorageProp' && kind !== 'LocalStorageLink') {
      state[name] = value;
    }
  }
  return state;
}

module.exports = { renderCard, CARD_CSS };
