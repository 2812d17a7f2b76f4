'use strict';

// Converts ArkUI lengths and colors to CSS. One vp is drawn as one CSS pixel and one fp as one
// CSS pixel (font scale 1). ArkUI `px` means physical pixels. They are drawn at an assumed 3
// physical pixels per vp, an estimate for phone screens. `lpx` scales with the card's design
// width (form_config.json `window.designWidth`, 720 by default).

const { EnumValue, ResourceRef } = require('./values');

const ASSUMED_DENSITY = 3;

// Colors of the ArkUI Color enum.
const COLOR_ENUM = {
  White: '#ffffff',
  Black: '#000000',
  Blue: '#0000ff',
  Brown: '#a52a2a',
  Gray: '#808080',
  Grey: '#808080',
  Green: '#008000',
  Orange: '#ffa500',
  Pink: '#ffc0cb',
  Red: '#ff0000',
  Yellow: '#ffff00',
  Transparent: 'transparent',
};

/** Formats a number for CSS without long fractions. */
function cssNumber(value) {
  return String(Math.round(value * 100) / 100);
}

/**
 * Converts an ArkUI Length (number, string with unit, or resource) to a CSS length. Returns
 * `{ css }` or `{ error }`.
 */
function toCssLength(value, context) {
  if (value instanceof ResourceRef) {
    const resolved = context.resolveResource(value);
    if (resolved.kind !== 'value') {
      return { error: resolved.reason };
    }
    return toCssLength(resolved.value, context);
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { css: `${cssNumber(value)}px` };
  }
  if (typeof value !== 'string') {
    return { error: `invalid length ${describe(value)}` };
  }

  const match = /^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(vp|fp|px|lpx|%)?\s*$/.exec(value);
  if (!match) {
    return { error: `invalid length '${value}'` };
  }
  const amount = Number(match[1]);
  switch (match[2]) {
    case '%':
      return { css: `${cssNumber(amount)}%` };
    case 'px':
      return { css: `${cssNumber(amount / ASSUMED_DENSITY)}px` };
    case 'lpx':
      return { css: `${cssNumber((amount * context.frameWidth) / context.designWidth)}px` };
    default:
      return { css: `${cssNumber(amount)}px` };
  }
}

/** Converts '#AARRGGBB' (ArkUI puts alpha first) and '#RRGGBB'/'#RGB'/'#ARGB' to CSS. */
function hexToCss(hex) {
  let digits = hex.slice(1);
  if (digits.length === 3 || digits.length === 4) {
    digits = [...digits].map((digit) => digit + digit).join('');
  }
  if (digits.length === 6) {
    return `#${digits.toLowerCase()}`;
  }
  if (digits.length === 8) {
    const alpha = parseInt(digits.slice(0, 2), 16) / 255;
    const red = parseInt(digits.slice(2, 4), 16);
    const green = parseInt(digits.slice(4, 6), 16);
    const blue = parseInt(digits.slice(6, 8), 16);
    return `rgba(${red}, ${green}, ${blue}, ${cssNumber(alpha)})`;
  }
  return null;
}

/** Converts an ArkUI ResourceColor to CSS. Returns `{ css }` or `{ error }`. */
function toCssColor(value, context) {
  if (value instanceof ResourceRef) {
    const resolved = context.resolveResource(value);
    if (resolved.kind !== 'value') {
      return { error: resolved.reason };
    }
    return toCssColor(resolved.value, context);
  }
  if (value instanceof EnumValue && value.enumName === 'Color' && COLOR_ENUM[value.member]) {
    return { css: COLOR_ENUM[value.member] };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    // A number is 0xRRGGBB, or 0xAARRGGBB when it has an alpha byte.
    const digits = value.toString(16).padStart(value > 0xffffff ? 8 : 6, '0');
    return { css: hexToCss(`#${digits}`) };
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^#[0-9a-fA-F]{3,8}$/.test(text)) {
      const css = hexToCss(text);
      return css ? { css } : { error: `invalid color '${value}'` };
    }
    if (/^rgba?\(\s*[\d.]+\s*,\s*[\d.]+\s*,\s*[\d.]+\s*(,\s*[\d.]+\s*)?\)$/.test(text)) {
      return { css: text };
    }
    if (/^[a-z]+$/i.test(text)) {
      return { css: text.toLowerCase() };
    }
  }
  return { error: `invalid color ${describe(value)}` };
}

function describe(value) {
  if (value instanceof EnumValue || value instanceof ResourceRef) {
    return value.toString();
  }
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

module.exports = { toCssLength, toCssColor, cssNumber, describe, ASSUMED_DENSITY, COLOR_ENUM };
