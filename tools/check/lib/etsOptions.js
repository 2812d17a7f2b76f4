'use strict';

// Builds the `ets` block of the compiler options that makes ohos-typescript parse ArkTS:
// `struct`, component expressions in `build()`, `@Extend`/`@Styles` functions and the
// ArkUI decorators. The option shape is the `EtsOptions` interface in
// node_modules/ohos-typescript/lib/typescript.d.ts. The component list is read from the
// ArkUI declarations, so it always matches the declarations the project is checked against.

const fs = require('node:fs');
const path = require('node:path');

const { COMPONENT_DIR } = require('./paths');

// `declare const Button: ButtonInterface;` declares a component, and
// `declare const ButtonInstance: ButtonAttribute;` declares its attribute chain.
const COMPONENT_PATTERN = /^declare const (\w+)\s*:\s*(\w+)\s*;/gm;

// Decorators whose fields the parent initializes, so the checker must not demand an
// initializer. The compiler reads the list with inverted meaning: an entry with
// `needInitialization: false` exempts the field.
const PARENT_INITIALIZED_DECORATORS = [
  'Link', 'Prop', 'ObjectLink', 'Consume', 'BuilderParam', 'Param', 'Event', 'Require'
];

// ForEach and LazyForEach take a UI callback and are parsed as calls: the parser gives their
// callback the component context only when they are not listed as components. Listed, an
// inline block such as `ForEach(items, (item: string) => { Row() { ... } })` fails to parse
// with TS1005.
const PARAMS_UI_CALLBACK_COMPONENTS = ['ForEach', 'LazyForEach'];

const EMITTED_DECORATORS = [
  'Entry', 'Component', 'ComponentV2', 'Reusable', 'CustomDialog', 'Preview', 'Observed',
  'ObservedV2', 'Sendable', 'Concurrent'
];

let cachedOptions = null;

/**
 * Scans the component declarations for components and their attribute types.
 * Returns `{ components: string[], extendComponents: {name, type, instance}[] }`.
 */
function scanComponents(componentDir) {
  const declared = new Map();
  for (const file of fs.readdirSync(componentDir)) {
    if (!file.endsWith('.d.ts')) {
      continue;
    }
    const text = fs.readFileSync(path.join(componentDir, file), 'utf8');
    for (const match of text.matchAll(COMPONENT_PATTERN)) {
      declared.set(match[1], match[2]);
    }
  }

  const components = [];
  const extendComponents = [];
  for (const [name, type] of declared) {
    // Decorators are declared the same way (`declare const State: PropertyDecorator`),
    // `Common` only carries the shared attributes, and ForEach and LazyForEach must stay
    // calls, so none of them is listed as a component.
    if (!type.endsWith('Interface') || name === 'Common' || PARAMS_UI_CALLBACK_COMPONENTS.includes(name)) {
      continue;
    }
    components.push(name);
    // The attribute instance is usually `<Name>Instance`, but the declarations also spell
    // it otherwise (`RectInStance`), so fall back to the constant typed `<Name>Attribute`.
    const attributeType = `${name}Attribute`;
    let instance = `${name}Instance`;
    if (!declared.has(instance)) {
      instance = [...declared.keys()].find((other) => other !== name && declared.get(other) === attributeType);
    }
    if (instance) {
      extendComponents.push({ name, type: declared.get(instance), instance });
    }
  }
  return { components: components.sort(), extendComponents };
}

/** Returns the `ets` compiler options, computed once per process. */
function getEtsOptions() {
  if (cachedOptions) {
    return cachedOptions;
  }
  const { components, extendComponents } = scanComponents(COMPONENT_DIR);
  cachedOptions = {
    render: { method: ['build', 'pageTransition'], decorator: ['Builder', 'LocalBuilder'] },
    components,
    libs: [],
    extend: { decorator: ['Extend', 'AnimatableExtend'], components: extendComponents },
    styles: {
      decorator: 'Styles',
      component: { name: 'Common', type: 'T', instance: 'CommonInstance' },
      property: 'stateStyles'
    },
    concurrent: { decorator: 'Concurrent' },
    customComponent: 'CustomComponent',
    syntaxComponents: {
      paramsUICallback: PARAMS_UI_CALLBACK_COMPONENTS,
      attrUICallback: [{ name: 'Repeat', attributes: ['each', 'template'] }]
    },
    propertyDecorators: PARENT_INITIALIZED_DECORATORS.map((name) => ({ name, needInitialization: false })),
    emitDecorators: EMITTED_DECORATORS.map((name) => ({ name, emitParameters: true }))
  };
  return cachedOptions;
}

module.exports = { getEtsOptions, scanComponents };
