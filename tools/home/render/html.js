'use strict';

// Turns the UI node tree of a card into HTML with inline CSS. The component renderers live in
// draw/ by concept and are mixed into HtmlRenderer here. An unknown component or attribute is
// drawn as a visible marker and reported as a note.

const { ResourceRef } = require('./values');
const { toCssLength, toCssColor } = require('./units');
const { Element, escapeHtml } = require('./draw/element');
const containers = require('./draw/containers');
const text = require('./draw/text');
const controls = require('./draw/controls');
const attributes = require('./draw/attributes');

class HtmlRenderer {
  /**
   * @param {object} context
   * @param {(ref: ResourceRef) => object} context.resolveResource
   * @param {(ref: ResourceRef) => string|undefined} context.resourceDataUrl data: URL of a media resource
   * @param {(note: object) => void} context.addNote
   * @param {number} context.frameWidth card width in vp
   * @param {number} context.designWidth form_config `window.designWidth`
   * @param {string} context.colorMode 'light' or 'dark'
   */
  constructor(context) {
    this.context = context;
  }

  note(node, message, level = 'warning') {
    this.context.addNote({ level, location: node.location, message });
  }

  length(value, node, subject) {
    const result = toCssLength(value, this.context);
    if (result.error) {
      this.note(node, `${subject}: ${result.error}`);
      return undefined;
    }
    return result.css;
  }

  color(value, node, subject) {
    const result = toCssColor(value, this.context);
    if (result.error) {
      this.note(node, `${subject}: ${result.error}`);
      return undefined;
    }
    return result.css;
  }

  /** Resolves a ResourceStr (string, number or `$r('app.string...')`) to display text. */
  text(value, node) {
    if (value instanceof ResourceRef) {
      const resolved = this.context.resolveResource(value);
      if (resolved.kind !== 'value') {
        this.note(node, resolved.reason, 'error');
        return value.toString();
      }
      return String(resolved.value);
    }
    if (value === undefined || value === null) {
      return '';
    }
    return String(value);
  }

  renderNodes(nodes, parentLayout) {
    return nodes.map((node) => this.renderNode(node, parentLayout)).join('');
  }

  renderNode(node, parentLayout) {
    if (node.kind === 'placeholder') {
      return this.renderPlaceholder(node);
    }
    if (node.kind === 'custom') {
      const element = new Element('div', 'ark-custom');
      element.htmlAttributes.set('data-component', node.name);
      element.css('display', 'flex');
      element.css('flex-direction', 'column');
      this.applyAttributes(element, node, parentLayout, new Set());
      element.inner = this.renderNodes(node.children, 'custom');
      return element.toHtml();
    }

    const renderComponent = this[`render${node.name}`];
    if (typeof renderComponent !== 'function') {
      this.note(node, `component ${node.name} is not supported by the card renderer: rendered as a placeholder`, 'error');
      return this.renderPlaceholder({ ...node, reason: `component ${node.name} not rendered` });
    }
    return renderComponent.call(this, node, parentLayout);
  }

  renderPlaceholder(node) {
    const element = new Element('div', 'ark-placeholder');
    element.htmlAttributes.set('data-component', node.name);
    element.htmlAttributes.set('title', node.reason || node.name);
    element.inner = escapeHtml(node.name === 'error' ? '⚠ error' : node.name);
    return element.toHtml();
  }
}

Object.assign(HtmlRenderer.prototype, containers, text, controls, attributes);

module.exports = { HtmlRenderer, escapeHtml };
