'use strict';

// The attributes every component takes (size, spacing, background, border, font, layout weight,
// visibility, accessibility, events), and the sizing ArkUI gives children of Row and Column.
// The methods are mixed into HtmlRenderer (render/html.js).

const { enumMember } = require('./element');
const { EnumValue, ResourceRef } = require('../values');
const { describe } = require('../units');
const {
  ITEM_ALIGN,
  STACK_ALIGNMENT,
  FONT_WEIGHT,
  BORDER_STYLE,
} = require('../enumCss');

module.exports = {
  /**
   * Applies every attribute of a node. `handleSpecific` handles the attributes of one component
   * and returns true for those it consumed.
   */
  applyAttributes(element, node, parentLayout, specificNames, handleSpecific) {
    this.applyChildDefaults(element, node, parentLayout);

    for (const attribute of node.attributes || []) {
      if (handleSpecific && handleSpecific(attribute)) {
        continue;
      }
      if (!this.applyCommonAttribute(element, node, attribute, parentLayout)) {
        element.unsupported.push(attribute.name);
        this.note(node, `attribute ${attribute.name} of ${node.name} is not rendered`, 'warning');
      }
    }
  },

  /** Sizing that ArkUI gives every child of a Row or Column. */
  applyChildDefaults(element, node, parentLayout) {
    if (parentLayout === 'row' || parentLayout === 'column') {
      // ArkUI measures each child against the whole parent and does not shrink it.
      element.cssDefault('flex-shrink', '0');
      element.cssDefault(parentLayout === 'row' ? 'max-width' : 'max-height', '100%');
      if (parentLayout === 'column') {
        element.cssDefault('max-width', '100%');
      }
    }
    if (parentLayout === 'stack') {
      element.cssDefault('grid-area', '1 / 1');
    }
  },

  applyCommonAttribute(element, node, attribute, parentLayout) {
    const [value] = attribute.args;
    const name = attribute.name;

    switch (name) {
      case 'width':
      case 'height': {
        const css = this.length(value, node, name);
        if (css) {
          element.css(name, css);
          if (css.endsWith('%') || css === '100%') {
            element.css(`max-${name}`, 'none');
          }
        }
        return true;
      }
      case 'size':
        for (const dimension of ['width', 'height']) {
          if (value && value[dimension] !== undefined) {
            const css = this.length(value[dimension], node, `size.${dimension}`);
            if (css) {
              element.css(dimension, css);
            }
          }
        }
        return true;
      case 'constraintSize':
        for (const [key, property] of [['minWidth', 'min-width'], ['maxWidth', 'max-width'], ['minHeight', 'min-height'], ['maxHeight', 'max-height']]) {
          if (value && value[key] !== undefined) {
            const css = this.length(value[key], node, `constraintSize.${key}`);
            if (css) {
              element.css(property, css);
            }
          }
        }
        return true;
      case 'aspectRatio':
        element.css('aspect-ratio', String(Number(value)));
        return true;
      case 'padding':
      case 'margin':
        this.applyEdges(element, node, name, value);
        return true;
      case 'backgroundColor': {
        const css = this.color(value, node, name);
        if (css) {
          element.css('background-color', css);
        }
        return true;
      }
      case 'backgroundImage':
        return this.applyBackgroundImage(element, node, attribute);
      case 'backgroundImageSize': {
        const sizes = { Cover: 'cover', Contain: 'contain', Auto: 'auto', FILL: '100% 100%' };
        const member = enumMember(value, 'ImageSize');
        element.css('background-size', (member && sizes[member]) || 'auto');
        return true;
      }
      case 'border':
        this.applyBorder(element, node, value || {});
        return true;
      case 'borderWidth':
        this.applyBorder(element, node, { width: value });
        return true;
      case 'borderColor':
        this.applyBorder(element, node, { color: value });
        return true;
      case 'borderStyle':
        this.applyBorder(element, node, { style: value });
        return true;
      case 'borderRadius':
        this.applyRadius(element, node, value);
        return true;
      case 'fontSize': {
        const css = this.length(value, node, name);
        if (css) {
          element.css('font-size', css);
        }
        return true;
      }
      case 'fontColor': {
        const css = this.color(value, node, name);
        if (css) {
          element.css('color', css);
        }
        return true;
      }
      case 'fontWeight':
        this.applyFontWeight(element, node, value);
        return true;
      case 'fontFamily':
        element.css('font-family', `${JSON.stringify(this.text(value, node))}, var(--ark-font-family)`);
        return true;
      case 'fontStyle':
        element.css('font-style', enumMember(value, 'FontStyle') === 'Italic' ? 'italic' : 'normal');
        return true;
      case 'layoutWeight': {
        const weight = Number(value);
        if (weight > 0) {
          element.css('flex', `${weight} 1 0`);
          element.css(parentLayout === 'column' ? 'min-height' : 'min-width', '0');
        }
        return true;
      }
      case 'flexGrow':
        element.css('flex-grow', String(Number(value)));
        return true;
      case 'flexShrink':
        element.css('flex-shrink', String(Number(value)));
        return true;
      case 'flexBasis': {
        const css = value === 'auto' ? 'auto' : this.length(value, node, name);
        if (css) {
          element.css('flex-basis', css);
        }
        return true;
      }
      case 'alignSelf': {
        const member = enumMember(value, 'ItemAlign');
        element.css('align-self', (member && ITEM_ALIGN[member]) || 'auto');
        return true;
      }
      case 'visibility': {
        const member = enumMember(value, 'Visibility');
        if (member === 'None') {
          element.css('display', 'none');
        } else if (member === 'Hidden') {
          element.css('visibility', 'hidden');
        }
        return true;
      }
      case 'opacity':
        element.css('opacity', String(Math.max(0, Math.min(1, Number(value)))));
        return true;
      case 'accessibilityText':
        element.htmlAttributes.set('aria-label', this.text(value, node));
        return true;
      case 'accessibilityDescription':
        element.htmlAttributes.set('aria-description', this.text(value, node));
        return true;
      case 'accessibilityLevel':
        if (value === 'no-hide-descendants') {
          element.htmlAttributes.set('aria-hidden', 'true');
        }
        return true;
      case 'enabled':
        if (value === false) {
          element.classNames.push('ark-disabled');
          element.htmlAttributes.set('aria-disabled', 'true');
        }
        return true;
      case 'onClick':
        if (attribute.handlerId !== undefined) {
          element.htmlAttributes.set('data-click', String(attribute.handlerId));
          element.classNames.push('ark-clickable');
        }
        return true;
      case 'clip':
        if (value === true) {
          element.css('overflow', 'hidden');
        }
        return true;
      case 'zIndex':
        element.css('z-index', String(Number(value)));
        element.css('position', 'relative');
        return true;
      case 'offset':
        return this.applyOffset(element, node, value);
      case 'align':
        return this.applyAlign(element, node, value);
      case 'id':
      case 'key':
        element.htmlAttributes.set('data-id', String(value));
        return true;
      case 'focusable':
      case 'hoverEffect':
      case 'responseRegion':
      case 'accessibilityGroup':
      case 'clickEffect':
        return true;
      default:
        return false;
    }
  },

  applyEdges(element, node, property, value) {
    if (value && typeof value === 'object' && !(value instanceof ResourceRef)) {
      const edges = { top: value.top, right: value.right ?? value.end, bottom: value.bottom, left: value.left ?? value.start };
      for (const [edge, edgeValue] of Object.entries(edges)) {
        if (edgeValue !== undefined) {
          const css = this.length(edgeValue, node, `${property}.${edge}`);
          if (css) {
            element.css(`${property}-${edge}`, css);
          }
        }
      }
      return;
    }
    const css = this.length(value, node, property);
    if (css) {
      element.css(property, css);
    }
  },

  applyBorder(element, node, options) {
    if (options.width !== undefined) {
      this.applyPerEdge(element, node, options.width, 'width', (value) => this.length(value, node, 'border width'));
      if (!element.style.has('border-style')) {
        element.css('border-style', 'solid');
      }
    }
    if (options.color !== undefined) {
      this.applyPerEdge(element, node, options.color, 'color', (value) => this.color(value, node, 'border color'));
    }
    if (options.style !== undefined) {
      const member = enumMember(options.style, 'BorderStyle');
      element.css('border-style', (member && BORDER_STYLE[member]) || 'solid');
    }
    if (options.radius !== undefined) {
      this.applyRadius(element, node, options.radius);
    }
  },

  applyPerEdge(element, node, value, part, convert) {
    if (value && typeof value === 'object' && !(value instanceof ResourceRef) && !(value instanceof EnumValue)) {
      for (const edge of ['top', 'right', 'bottom', 'left']) {
        if (value[edge] !== undefined) {
          const css = convert(value[edge]);
          if (css) {
            element.css(`border-${edge}-${part}`, css);
          }
        }
      }
      return;
    }
    const css = convert(value);
    if (css) {
      element.css(`border-${part}`, css);
    }
  },

  applyRadius(element, node, value) {
    if (value && typeof value === 'object' && !(value instanceof ResourceRef)) {
      const corners = { topLeft: 'top-left', topRight: 'top-right', bottomLeft: 'bottom-left', bottomRight: 'bottom-right' };
      for (const [key, corner] of Object.entries(corners)) {
        if (value[key] !== undefined) {
          const css = this.length(value[key], node, `borderRadius.${key}`);
          if (css) {
            element.css(`border-${corner}-radius`, css);
          }
        }
      }
      return;
    }
    const css = this.length(value, node, 'borderRadius');
    if (css) {
      element.css('border-radius', css);
    }
  },

  applyFontWeight(element, node, value) {
    if (typeof value === 'number' || /^\d+$/.test(String(value))) {
      element.css('font-weight', String(value));
      return;
    }
    const member = enumMember(value, 'FontWeight');
    if (member) {
      element.css('font-weight', FONT_WEIGHT[member]);
      return;
    }
    const names = { lighter: '300', normal: '400', regular: '400', medium: '500', bold: '700', bolder: '900' };
    if (typeof value === 'string' && names[value]) {
      element.css('font-weight', names[value]);
      return;
    }
    this.note(node, `fontWeight: invalid value ${describe(value)}`);
  },

  applyBackgroundImage(element, node, attribute) {
    const [source, repeat] = attribute.args;
    const url = source instanceof ResourceRef ? this.context.resourceDataUrl(source) : undefined;
    if (!url) {
      this.note(node, `backgroundImage ${describe(source)} could not be resolved`, 'error');
      return true;
    }
    element.css('background-image', `url("${url}")`);
    const repeats = { X: 'repeat-x', Y: 'repeat-y', XY: 'repeat', NoRepeat: 'no-repeat' };
    element.css('background-repeat', repeats[enumMember(repeat, 'ImageRepeat')] || 'no-repeat');
    return true;
  },

  applyOffset(element, node, value) {
    if (!value || typeof value !== 'object') {
      return false;
    }
    element.css('position', 'relative');
    if (value.x !== undefined) {
      element.css('left', this.length(value.x, node, 'offset.x') || '0');
    }
    if (value.y !== undefined) {
      element.css('top', this.length(value.y, node, 'offset.y') || '0');
    }
    return true;
  },

  /** `align` positions the content inside a component, which for Text and Stack maps to CSS. */
  applyAlign(element, node, value) {
    const member = enumMember(value, 'Alignment');
    const alignment = member && STACK_ALIGNMENT[member];
    if (!alignment) {
      return false;
    }
    if (node.name === 'Stack') {
      element.css('align-items', alignment.vertical);
      element.css('justify-items', alignment.horizontal);
      return true;
    }
    if (node.name === 'Text') {
      const horizontal = { start: 'start', center: 'center', end: 'end' };
      element.css('text-align', horizontal[alignment.horizontal]);
      element.css('display', 'flex');
      element.css('align-items', alignment.vertical);
      element.css('justify-content', alignment.horizontal);
      return true;
    }
    return false;
  },
};
