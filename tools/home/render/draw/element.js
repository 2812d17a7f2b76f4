'use strict';

// The element a component becomes (tag, CSS declarations, HTML attributes, inner HTML), and the
// small helpers that every part of the HTML renderer uses.

const { EnumValue } = require('../values');

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function enumMember(value, enumName) {
  return value instanceof EnumValue && value.enumName === enumName ? value.member : undefined;
}

/** One element being built: tag, CSS declarations, HTML attributes and inner HTML. */
class Element {
  constructor(tag, className) {
    this.tag = tag;
    this.classNames = [className];
    this.style = new Map();
    this.htmlAttributes = new Map();
    this.inner = '';
    this.unsupported = [];
  }

  css(property, value) {
    this.style.set(property, value);
  }

  /** Sets a declaration unless the component already set it. */
  cssDefault(property, value) {
    if (!this.style.has(property)) {
      this.style.set(property, value);
    }
  }

  toHtml() {
    if (this.unsupported.length > 0) {
      this.classNames.push('ark-has-unsupported');
      this.htmlAttributes.set('data-unsupported', this.unsupported.join(', '));
    }
    const style = [...this.style].map(([property, value]) => `${property}:${value}`).join(';');
    const attributes = [`class="${this.classNames.join(' ')}"`];
    if (style) {
      attributes.push(`style="${escapeHtml(style)}"`);
    }
    for (const [name, value] of this.htmlAttributes) {
      attributes.push(`${name}="${escapeHtml(value)}"`);
    }
    if (this.tag === 'img') {
      return `<img ${attributes.join(' ')}>`;
    }
    const badge = this.unsupported.length > 0
      ? `<span class="ark-unsupported-badge" title="${escapeHtml(this.unsupported.join(', '))}">?</span>`
      : '';
    return `<${this.tag} ${attributes.join(' ')}>${this.inner}${badge}</${this.tag}>`;
  }
}

module.exports = { Element, escapeHtml, enumMember };
