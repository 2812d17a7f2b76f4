'use strict';

// Column, Row, Stack and Flex as CSS flexbox and grid, with the ArkUI defaults: a Column centers
// its children horizontally, a Row vertically, and neither wraps.
// The methods are mixed into HtmlRenderer (render/html.js).

const { Element, enumMember } = require('./element');
const { EnumValue } = require('../values');
const { describe } = require('../units');
const {
  FLEX_ALIGN,
  HORIZONTAL_ALIGN,
  VERTICAL_ALIGN,
  ITEM_ALIGN,
  STACK_ALIGNMENT,
  FLEX_DIRECTION,
  FLEX_WRAP,
} = require('../enumCss');

module.exports = {
  renderColumn(node, parentLayout) {
    const element = new Element('div', 'ark-Column');
    element.css('display', 'flex');
    element.css('flex-direction', 'column');
    element.css('align-items', 'center');
    element.css('justify-content', 'flex-start');
    this.applySpace(element, node);
    this.applyAttributes(element, node, parentLayout, new Set(['alignItems', 'justifyContent']), (attribute) => {
      if (attribute.name === 'alignItems') {
        this.setEnumCss(element, 'align-items', attribute, HORIZONTAL_ALIGN, 'HorizontalAlign', node);
        return true;
      }
      return this.applyJustifyContent(element, attribute, node);
    });
    element.inner = this.renderNodes(node.children, 'column');
    return element.toHtml();
  },

  renderRow(node, parentLayout) {
    const element = new Element('div', 'ark-Row');
    element.css('display', 'flex');
    element.css('flex-direction', 'row');
    element.css('align-items', 'center');
    element.css('justify-content', 'flex-start');
    this.applySpace(element, node);
    this.applyAttributes(element, node, parentLayout, new Set(['alignItems', 'justifyContent']), (attribute) => {
      if (attribute.name === 'alignItems') {
        this.setEnumCss(element, 'align-items', attribute, VERTICAL_ALIGN, 'VerticalAlign', node);
        return true;
      }
      return this.applyJustifyContent(element, attribute, node);
    });
    element.inner = this.renderNodes(node.children, 'row');
    return element.toHtml();
  },

  applySpace(element, node) {
    const options = node.args[0];
    if (options && typeof options === 'object' && options.space !== undefined) {
      const gap = this.length(options.space, node, `${node.name} space`);
      if (gap) {
        element.css('gap', gap);
      }
    }
  },

  applyJustifyContent(element, attribute, node) {
    if (attribute.name !== 'justifyContent') {
      return false;
    }
    this.setEnumCss(element, 'justify-content', attribute, FLEX_ALIGN, 'FlexAlign', node);
    return true;
  },

  setEnumCss(element, property, attribute, table, enumName, node) {
    const member = enumMember(attribute.args[0], enumName);
    if (member && table[member]) {
      element.css(property, table[member]);
    } else {
      this.note(node, `${attribute.name} expects a ${enumName} member, got ${describe(attribute.args[0])}`);
    }
  },

  renderStack(node, parentLayout) {
    const element = new Element('div', 'ark-Stack');
    element.css('display', 'grid');
    element.css('grid-template', 'minmax(0, 1fr) / minmax(0, 1fr)');
    const options = node.args[0];
    const initial = options && options.alignContent ? options.alignContent : new EnumValue('Alignment', 'Center');
    this.applyStackAlignment(element, initial, node);
    this.applyAttributes(element, node, parentLayout, new Set(['alignContent']), (attribute) => {
      if (attribute.name !== 'alignContent') {
        return false;
      }
      this.applyStackAlignment(element, attribute.args[0], node);
      return true;
    });
    element.inner = this.renderNodes(node.children, 'stack');
    return element.toHtml();
  },

  applyStackAlignment(element, value, node) {
    const member = enumMember(value, 'Alignment');
    const alignment = member && STACK_ALIGNMENT[member];
    if (!alignment) {
      this.note(node, `Stack alignContent expects an Alignment member, got ${describe(value)}`);
      return;
    }
    element.css('align-items', alignment.vertical);
    element.css('justify-items', alignment.horizontal);
  },

  renderFlex(node, parentLayout) {
    const element = new Element('div', 'ark-Flex');
    const options = node.args[0] || {};
    element.css('display', 'flex');

    const direction = enumMember(options.direction, 'FlexDirection') || 'Row';
    element.css('flex-direction', FLEX_DIRECTION[direction]);
    element.css('flex-wrap', FLEX_WRAP[enumMember(options.wrap, 'FlexWrap') || 'NoWrap']);
    element.css('justify-content', FLEX_ALIGN[enumMember(options.justifyContent, 'FlexAlign') || 'Start']);
    element.css('align-items', ITEM_ALIGN[enumMember(options.alignItems, 'ItemAlign') || 'Start']);
    element.css('align-content', FLEX_ALIGN[enumMember(options.alignContent, 'FlexAlign') || 'Start']);

    this.applyAttributes(element, node, parentLayout, new Set());
    const layout = direction.startsWith('Column') ? 'flex-column' : 'flex-row';
    element.inner = this.renderNodes(node.children, layout);
    return element.toHtml();
  },
};
