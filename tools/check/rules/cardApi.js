'use strict';

// A card page runs in the Form Render Service, which provides only the components,
// attributes, events and APIs whose SDK declaration has the `@form` JSDoc tag. Any other use
// leaves the card blank on the device (Form Kit guide, OpenHarmony docs application-dev/form).
// This rule resolves every name in the code a card runs to its declaration with the type
// checker and reads that tag. That code is the card page plus the project code it reaches
// (lib/cardCode.js): imported modules' top level, and the functions, methods and components
// it calls or imports, followed into HARs.

const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { listCardSourceFiles } = require('../lib/forms');
const { isSdkFile, lastJsDocTagNames } = require('../lib/sdk');
const { walkCardCode, isProjectSource } = require('../lib/cardCode');

const RULE = 'card-form-api';

// Timers have their own rule, card-timer, with a more specific message.
const NAMES_OF_OTHER_RULES = new Set(['setTimeout', 'setInterval']);

/** Names a use for the message: `TextAttribute.fontSize` rather than `fontSize`. */
function describe(identifier, declaration) {
  let owner = declaration && declaration.parent;
  while (owner && !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) || ts.isModuleDeclaration(owner) || ts.isEnumDeclaration(owner))) {
    owner = owner.parent;
  }
  const ownerName = owner && owner.name && ts.isIdentifier(owner.name) ? `${owner.name.text}.` : '';
  return `${ownerName}${identifier.text}`;
}

/**
 * True for the namespace in `promptAction.showToast`: the member is judged on its own, and a
 * namespace without `@form` may still hold `@form` members.
 */
function isNamespaceQualifier(identifier, declarations) {
  const parent = identifier.parent;
  return ts.isPropertyAccessExpression(parent) && parent.expression === identifier
    && declarations.length > 0 && declarations.every((declaration) => ts.isModuleDeclaration(declaration));
}

/** True when a declaration carries `@form`; undefined when it has no documentation to judge. */
function supportsForm(declaration) {
  const tags = lastJsDocTagNames(declaration);
  return tags === undefined ? undefined : tags.includes('form');
}

function run(context) {
  const { program } = context.getProgram();
  const { project } = context;
  const findings = [];
  const reported = new Set();
  const isProjectCode = (fileName) => isProjectSource(project, fileName);

  for (const cardSourceFile of listCardSourceFiles(project, program)) {
    const srcFile = cardSourceFile.fileName;

    walkCardCode(program, project, srcFile, isProjectCode, (identifier, sourceFile, chain, resolved) => {
      if (NAMES_OF_OTHER_RULES.has(identifier.text)) {
        return;
      }
      const declarations = resolved.filter((declaration) => isSdkFile(declaration.getSourceFile().fileName));
      if (isNamespaceQualifier(identifier, declarations)) {
        return;
      }
      const verdicts = declarations.map(supportsForm).filter((verdict) => verdict !== undefined);
      if (verdicts.length === 0 || verdicts.includes(true)) {
        return;
      }

      // Code shared by two card pages is reported once, with the chain from the first page.
      const position = identifier.getStart(sourceFile);
      const key = `${sourceFile.fileName}:${position}`;
      if (reported.has(key)) {
        return;
      }
      reported.add(key);
      const name = describe(identifier, declarations[0]);
      const message = chain
        ? `'${name}' is not available in cards, and card code reaches it: ${chain.join(' -> ')}. Its SDK declaration has no @form tag, so the card would render blank`
        : `'${name}' is not available in cards: its SDK declaration has no @form tag, so the card would render blank`;
      findings.push(diagnosticAtNode(sourceFile, position, RULE, message));
    });
  }
  return findings;
}

module.exports = { id: RULE, phase: 'card', reports: ['card-form-api'], needsProgram: true, run };
