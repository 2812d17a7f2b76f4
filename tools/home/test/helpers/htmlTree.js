'use strict';

// A small parser for the HTML that the card renderer writes (quoted attributes, no comments, no
// raw-text elements), so that tests can assert structure instead of matching strings.

const VOID_ELEMENTS = new Set(['img', 'br', 'input']);
const TOKEN_PATTERN = /<\/([a-z0-9]+)\s*>|<([a-z0-9]+)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE_PATTERN = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;

function decodeEntities(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Parses HTML into `{ tag, attributes, children, text }` nodes under a root with tag '#root'. */
function parseHtml(html) {
  const root = { tag: '#root', attributes: {}, children: [] };
  const stack = [root];

  for (const match of html.matchAll(TOKEN_PATTERN)) {
    const [, closing, opening, attributeText, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (closing) {
      if (parent.tag !== closing) {
        throw new Error(`unbalanced HTML: </${closing}> closes <${parent.tag}>`);
      }
      stack.pop();
    } else if (opening) {
      const attributes = {};
      for (const attribute of (attributeText || '').matchAll(ATTRIBUTE_PATTERN)) {
        attributes[attribute[1]] = decodeEntities(attribute[2] || '');
      }
      const element = { tag: opening, attributes, children: [] };
      parent.children.push(element);
      if (!VOID_ELEMENTS.has(opening) && !selfClosing) {
        stack.push(element);
      }
    } else if (text) {
      parent.children.push({ tag: '#text', text: decodeEntities(text) });
    }
  }
  if (stack.length !== 1) {
    throw new Error(`unbalanced HTML: <${stack[stack.length - 1].tag}> is never closed`);
  }
  return root;
}

function classesOf(node) {
  return (node.attributes && node.attributes.class ? node.attributes.class.split(/\s+/) : []);
}

/** Returns every element under `node` (depth first) that has the class. */
function findAll(node, className) {
  const found = [];
  for (const child of node.children || []) {
    if (classesOf(child).includes(className)) {
      found.push(child);
    }
    found.push(...findAll(child, className));
  }
  return found;
}

/** Parses the element's style attribute into a property map. */
function styleOf(node) {
  const style = {};
  for (const declaration of (node.attributes.style || '').split(';')) {
    const index = declaration.indexOf(':');
    if (index > 0) {
      style[declaration.slice(0, index).trim()] = declaration.slice(index + 1).trim();
    }
  }
  return style;
}

function textOf(node) {
  if (node.tag === '#text') {
    return node.text;
  }
  return (node.children || []).map(textOf).join('');
}

/** Child elements that are components (ark-* classes), skipping text and badges. */
function componentChildren(node) {
  return node.children.filter((child) => child.tag !== '#text' && classesOf(child).some((name) => /^ark-[A-Z]|^ark-placeholder$|^ark-custom$/.test(name)));
}

module.exports = { parseHtml, findAll, styleOf, textOf, classesOf, componentChildren };
