'use strict';

// Builds the `ets` compiler options that ohos-typescript needs to parse ArkTS:
// without the list of UI components, `Column() { ... }` inside build() is a
// syntax error, and `struct` has no decorator names to check against.

const fs = require('node:fs');
const path = require('node:path');

// Matches component declarations in @arkts/declarations/dist/component/*.d.ts,
// for example `declare const Column: ColumnInterface;`.
const COMPONENT_DECLARATION = /^declare const ([A-Z][A-Za-z0-9]*): [A-Za-z0-9]*Interface;/gm;

// Components that the declarations lack as `const` but that build() bodies use.
const EXTRA_COMPONENTS = ['Repeat'];

// Listed as components, ForEach and LazyForEach would not give their callback the UI context,
// and an inline block such as `ForEach(items, (item: string) => { Row() { ... } })` would not
// parse. They stay out of the list and go into syntaxComponents.paramsUICallback instead.
const PARAMS_UI_CALLBACK_COMPONENTS = ['ForEach', 'LazyForEach'];

function readComponentNames(declarationsDir) {
  const componentDir = path.join(declarationsDir, 'dist', 'component');
  const names = new Set(EXTRA_COMPONENTS);

  for (const file of fs.readdirSync(componentDir)) {
    if (!file.endsWith('.d.ts')) {
      continue;
    }
    const text = fs.readFileSync(path.join(componentDir, file), 'utf8');
    for (const match of text.matchAll(COMPONENT_DECLARATION)) {
      names.add(match[1]);
    }
  }

  for (const name of PARAMS_UI_CALLBACK_COMPONENTS) {
    names.delete(name);
  }
  return [...names].sort();
}

/**
 * Returns the `ets` option object for ts.createSourceFile / transpileModule.
 * The decorator names are the ArkUI ones from the ArkTS language guide.
 */
function createEtsOptions(declarationsDir) {
  return {
    render: { method: ['build', 'pageTransition'], decorator: ['Builder', 'LocalBuilder'] },
    components: readComponentNames(declarationsDir),
    libs: [],
    extend: { decorator: ['Extend', 'AnimatableExtend'], components: [] },
    styles: {
      decorator: 'Styles',
      component: { name: 'Common', type: 'T', instance: 'CommonInstance' },
      property: 'stateStyles',
    },
    concurrent: { decorator: 'Concurrent' },
    customComponent: 'CustomComponent',
    propertyDecorators: [],
    emitDecorators: [],
    syntaxComponents: {
      paramsUICallback: PARAMS_UI_CALLBACK_COMPONENTS,
      attrUICallback: [{ name: 'Repeat', attributes: ['each', 'template'] }],
    },
  };
}

module.exports = { createEtsOptions, readComponentNames };
