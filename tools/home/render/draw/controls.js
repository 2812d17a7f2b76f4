'use strict';

// Button, Image, LoadingProgress, Progress, Blank and Divider.
// The methods are mixed into HtmlRenderer (render/html.js).

const { Element, escapeHtml, enumMember } = require('./element');
const { ResourceRef } = require('../values');
const { describe } = require('../units');
const {
  IMAGE_FIT,
} = require('../enumCss');

module.exports = {
  renderButton(node, parentLayout) {
    const element = new Element('div', 'ark-Button');
    element.htmlAttributes.set('role', 'button');
    const [first, second] = node.args;
    const hasLabel = typeof first === 'string' || first instanceof ResourceRef;
    const options = (hasLabel ? second : first) || {};

    const type = enumMember(options.type, 'ButtonType') || 'Capsule';
    element.classNames.push(`ark-Button-${type}`);

    this.applyAttributes(element, node, parentLayout, new Set(['type', 'stateEffect']), (attribute) => {
      if (attribute.name === 'type') {
        const member = enumMember(attribute.args[0], 'ButtonType');
        element.classNames = element.classNames.filter((name) => !name.startsWith('ark-Button-'));
        element.classNames.push(`ark-Button-${member || 'Capsule'}`);
        return true;
      }
      return attribute.name === 'stateEffect';
    });

    if (hasLabel) {
      element.inner = `<span class="ark-Button-label">${escapeHtml(this.text(first, node))}</span>`;
    } else {
      element.inner = this.renderNodes(node.children, 'button');
    }
    return element.toHtml();
  },

  renderImage(node, parentLayout) {
    const source = node.args[0];
    const dataUrl = this.imageUrl(source, node);
    let fillColor;
    const element = new Element(dataUrl ? 'img' : 'div', 'ark-Image');
    element.css('object-fit', 'cover');

    this.applyAttributes(element, node, parentLayout, new Set(['objectFit', 'fillColor', 'interpolation', 'alt', 'syncLoad']), (attribute) => {
      if (attribute.name === 'objectFit') {
        this.setEnumCss(element, 'object-fit', attribute, IMAGE_FIT, 'ImageFit', node);
        return true;
      }
      if (attribute.name === 'fillColor') {
        fillColor = this.color(attribute.args[0], node, 'fillColor');
        return true;
      }
      return ['interpolation', 'alt', 'syncLoad'].includes(attribute.name);
    });

    if (!dataUrl) {
      element.classNames.push('ark-placeholder');
      element.inner = 'image';
      return element.toHtml();
    }

    // An SVG icon tinted with fillColor: draw the color through the icon used as a mask.
    if (fillColor && dataUrl.startsWith('data:image/svg+xml')) {
      element.tag = 'div';
      element.css('background-color', fillColor);
      element.css('-webkit-mask', `url("${dataUrl}") center / contain no-repeat`);
      element.css('mask', `url("${dataUrl}") center / contain no-repeat`);
      return element.toHtml();
    }
    element.htmlAttributes.set('src', dataUrl);
    element.htmlAttributes.set('alt', '');
    return element.toHtml();
  },

  imageUrl(source, node) {
    if (source instanceof ResourceRef) {
      const url = this.context.resourceDataUrl(source);
      if (!url) {
        this.note(node, `image ${source} could not be resolved`, 'error');
      }
      return url;
    }
    if (typeof source === 'string' && source.startsWith('data:image/')) {
      return source;
    }
    // A card cannot load from the network, and local paths need the app's sandbox.
    this.note(node, `Image source ${describe(source)} is not a resource: rendered as a placeholder`, 'error');
    return undefined;
  },

  renderLoadingProgress(node, parentLayout) {
    const element = new Element('div', 'ark-LoadingProgress');
    let color = this.context.colorMode === 'dark' ? 'rgba(255,255,255,0.6)' : 'rgba(0,0,0,0.6)';
    this.applyAttributes(element, node, parentLayout, new Set(['color', 'enableLoading']), (attribute) => {
      if (attribute.name === 'color') {
        color = this.color(attribute.args[0], node, 'LoadingProgress color') || color;
        return true;
      }
      return attribute.name === 'enableLoading';
    });
    element.htmlAttributes.set('role', 'progressbar');
    element.inner = `<svg viewBox="0 0 24 24" class="ark-spinner"><circle cx="12" cy="12" r="9" fill="none" stroke="${escapeHtml(color)}" stroke-width="2.4" stroke-linecap="round" stroke-dasharray="42 100"/></svg>`;
    return element.toHtml();
  },

  renderProgress(node, parentLayout) {
    const options = node.args[0] || {};
    const total = Number(options.total === undefined ? 100 : options.total) || 100;
    const type = enumMember(options.type, 'ProgressType') || 'Linear';
    let value = Number(options.value) || 0;
    let color = this.context.colorMode === 'dark' ? '#317af7' : '#007dff';
    let track = this.context.colorMode === 'dark' ? 'rgba(255,255,255,0.1)' : 'rgba(24,36,49,0.1)';
    let strokeWidth = type === 'Ring' ? 4 : undefined;

    const element = new Element('div', `ark-Progress ark-Progress-${type}`);
    this.applyAttributes(element, node, parentLayout, new Set(['color', 'value', 'style']), (attribute) => {
      const argument = attribute.args[0];
      if (attribute.name === 'color') {
        color = this.color(argument, node, 'Progress color') || color;
        return true;
      }
      if (attribute.name === 'value') {
        value = Number(argument) || 0;
        return true;
      }
      if (attribute.name === 'backgroundColor') {
        // For Progress the background color is the track.
        track = this.color(argument, node, 'Progress backgroundColor') || track;
        return true;
      }
      if (attribute.name === 'style') {
        if (argument && argument.strokeWidth !== undefined) {
          strokeWidth = parseFloat(this.length(argument.strokeWidth, node, 'Progress strokeWidth')) || strokeWidth;
        }
        return true;
      }
      return false;
    });

    const fraction = Math.max(0, Math.min(1, value / total));
    const percent = `${Math.round(fraction * 1000) / 10}%`;
    element.htmlAttributes.set('role', 'progressbar');
    element.htmlAttributes.set('aria-valuenow', String(value));
    element.htmlAttributes.set('aria-valuemax', String(total));

    if (type === 'Ring' || type === 'ScaleRing' || type === 'Eclipse') {
      if (type !== 'Ring') {
        this.note(node, `ProgressType.${type} is drawn as a ring`, 'info');
      }
      const width = strokeWidth || 4;
      element.css('background', `conic-gradient(${color} ${percent}, ${track} 0)`);
      element.css('-webkit-mask', `radial-gradient(farthest-side, transparent calc(100% - ${width}px), #000 calc(100% - ${width}px + 0.5px))`);
      element.css('mask', `radial-gradient(farthest-side, transparent calc(100% - ${width}px), #000 calc(100% - ${width}px + 0.5px))`);
      return element.toHtml();
    }

    if (strokeWidth && !element.style.has('height')) {
      element.css('height', `${strokeWidth}px`);
    }
    element.css('background-color', track);
    element.inner = `<div class="ark-Progress-fill" style="width:${percent};background-color:${escapeHtml(color)}"></div>`;
    return element.toHtml();
  },

  renderBlank(node, parentLayout) {
    const element = new Element('div', 'ark-Blank');
    element.css('flex-grow', '1');
    element.css('flex-shrink', '1');
    element.css('align-self', 'stretch');
    if (node.args[0] !== undefined) {
      const minimum = this.length(node.args[0], node, 'Blank min');
      if (minimum) {
        element.css(parentLayout === 'column' ? 'min-height' : 'min-width', minimum);
      }
    }
    if (parentLayout !== 'row' && parentLayout !== 'column' && !String(parentLayout).startsWith('flex')) {
      this.note(node, 'Blank works only inside Row, Column or Flex', 'warning');
    }
    this.applyAttributes(element, node, parentLayout, new Set(['color']), (attribute) => {
      if (attribute.name === 'color') {
        const color = this.color(attribute.args[0], node, 'Blank color');
        if (color) {
          element.css('background-color', color);
        }
        return true;
      }
      return false;
    });
    return element.toHtml();
  },

  renderDivider(node, parentLayout) {
    const element = new Element('div', 'ark-Divider');
    let vertical = false;
    let strokeWidth = '1px';
    let color = this.context.colorMode === 'dark' ? 'rgba(255,255,255,0.2)' : 'rgba(24,36,49,0.2)';

    this.applyAttributes(element, node, parentLayout, new Set(['vertical', 'color', 'strokeWidth', 'lineCap']), (attribute) => {
      const argument = attribute.args[0];
      switch (attribute.name) {
        case 'vertical':
          vertical = Boolean(argument);
          return true;
        case 'color':
          color = this.color(argument, node, 'Divider color') || color;
          return true;
        case 'strokeWidth':
          strokeWidth = this.length(argument, node, 'Divider strokeWidth') || strokeWidth;
          return true;
        case 'lineCap':
          return true;
        default:
          return false;
      }
    });

    element.css('background-color', color);
    element.css('flex-shrink', '0');
    if (vertical) {
      element.css('width', strokeWidth);
      if (!element.style.has('height')) {
        element.css('align-self', 'stretch');
      }
    } else {
      element.css('height', strokeWidth);
      if (!element.style.has('width')) {
        element.css('align-self', 'stretch');
      }
    }
    return element.toHtml();
  },
};
