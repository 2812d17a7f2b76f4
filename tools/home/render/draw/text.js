'use strict';

// Text and Span: content, fonts, and line limits with ellipsis.
// The methods are mixed into HtmlRenderer (render/html.js).

const { Element, escapeHtml, enumMember } = require('./element');
const {
  TEXT_ALIGN,
} = require('../enumCss');

module.exports = {
  renderText(node, parentLayout) {
    const element = new Element('div', 'ark-Text');
    const spans = node.children.filter((child) => child.kind === 'component' && child.name === 'Span');
    this.applyTextAttributes(element, node, parentLayout);
    if (spans.length > 0) {
      element.inner = spans.map((span) => this.renderSpan(span)).join('');
    } else {
      element.inner = escapeHtml(this.text(node.args[0], node));
    }
    for (const child of node.children) {
      if (!(child.kind === 'component' && child.name === 'Span')) {
        this.note(child, `Text may contain only Span children, found ${child.name}`, 'error');
      }
    }
    return element.toHtml();
  },

  renderSpan(node) {
    const element = new Element('span', 'ark-Span');
    this.applyTextAttributes(element, node, 'text');
    element.inner = escapeHtml(this.text(node.args[0], node));
    return element.toHtml();
  },

  applyTextAttributes(element, node, parentLayout) {
    let maxLines;
    let overflow;
    this.applyAttributes(element, node, parentLayout, new Set(), (attribute) => {
      const value = attribute.args[0];
      switch (attribute.name) {
        case 'maxLines':
          maxLines = Number(value);
          return true;
        case 'textOverflow':
          overflow = enumMember(value && value.overflow, 'TextOverflow');
          return true;
        case 'textAlign':
          this.setEnumCss(element, 'text-align', attribute, TEXT_ALIGN, 'TextAlign', node);
          return true;
        case 'lineHeight': {
          const css = this.length(value, node, 'lineHeight');
          if (css) {
            element.css('line-height', css);
          }
          return true;
        }
        case 'letterSpacing': {
          const css = this.length(value, node, 'letterSpacing');
          if (css) {
            element.css('letter-spacing', css);
          }
          return true;
        }
        case 'decoration': {
          const type = enumMember(value && value.type, 'TextDecorationType');
          const lines = { Underline: 'underline', LineThrough: 'line-through', Overline: 'overline', None: 'none' };
          element.css('text-decoration-line', lines[type] || 'none');
          if (value && value.color !== undefined) {
            const color = this.color(value.color, node, 'decoration color');
            if (color) {
              element.css('text-decoration-color', color);
            }
          }
          return true;
        }
        case 'textCase': {
          const cases = { Normal: 'none', LowerCase: 'lowercase', UpperCase: 'uppercase' };
          element.css('text-transform', cases[enumMember(value, 'TextCase')] || 'none');
          return true;
        }
        case 'minFontSize':
          return true;
        case 'maxFontSize': {
          // NOTE: ArkUI shrinks the text between minFontSize and maxFontSize to fit; the page
          // always draws it at maxFontSize.
          const css = this.length(value, node, 'maxFontSize');
          if (css) {
            element.css('font-size', css);
          }
          return true;
        }
        default:
          return false;
      }
    });

    if (maxLines === 1) {
      element.css('white-space', 'nowrap');
      element.css('overflow', 'hidden');
      element.css('text-overflow', overflow === 'Ellipsis' ? 'ellipsis' : 'clip');
    } else if (maxLines > 1) {
      element.css('display', '-webkit-box');
      element.css('-webkit-box-orient', 'vertical');
      element.css('-webkit-line-clamp', String(maxLines));
      element.css('overflow', 'hidden');
      if (overflow !== 'Ellipsis') {
        this.note(node, `maxLines ${maxLines} without TextOverflow.Ellipsis: the browser still draws an ellipsis on the last line`, 'info');
      }
    }
  },
};
