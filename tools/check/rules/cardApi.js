'use strict';

// A card page runs in the Form Render Service, which provides only the components,
// attributes, events and APIs whose SDK declaration has the `@form` JSDoc tag. Any other use
// leaves the card blank on the device (Form Kit guide, OpenHarmony docs application-dev/form).
// This rule resolves every name a card page uses to its declaration with the type checker
// and reads that tag.
// NOTE: only the card page file itself is walked. A project function that the card imports
// and that calls a non-@form API inside is not followed.

const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { listCardPages } = require('../lib/forms');
const { isSdkFile, lastJsDocTagNames } = require('../lib/sdk');

const RULE = 'card-form-api';

function isDeclarationName(node) {
  const parent = node.parent;
  return parent && (ts.isDeclaration(parent) || ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent))
    && parent.name === node;
}

/** Returns the call-like expression whose callee ends with `identifier`, if any. */
function enclosingCall(identifier) {
  const parent = identifier.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent) || ts.isEtsComponentExpression(parent)) && parent.expression === identifier) {
    return parent;
  }
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) {
    const grand = parent.parent;
    if ((ts.isCallExpression(grand) || ts.isNewExpression(grand)) && grand.expression === parent) {
      return grand;
    }
  }
  return undefined;
}

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
 * Returns the declarations a use resolves to: the chosen overload for a call, otherwise
 * every declaration of the symbol (after following an import alias).
 */
function resolveDeclarations(checker, identifier) {
  const call = enclosingCall(identifier);
  if (call && !ts.isEtsComponentExpression(call)) {
    const signature = checker.getResolvedSignature(call);
    if (signature && signature.declaration && !ts.isJSDocSignature(signature.declaration)) {
      return [signature.declaration];
    }
  }
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
    symbol = checker.getAliasedSymbol(symbol);
  }
  return (symbol && symbol.declarations) || [];
}

/** True when a declaration carries `@form`; undefined when it has no documentation to judge. */
function supportsForm(declaration) {
  const tags = lastJsDocTagNames(declaration);
  return tags === undefined ? undefined : tags.includes('form');
}

function checkCardFile(sourceFile, checker) {
  const findings = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isTypeNode(node)) {
      return;
    }
    if (ts.isIdentifier(node) && !isDeclarationName(node) && !NAMES_OF_OTHER_RULES.has(node.text)) {
      const declarations = resolveDeclarations(checker, node)
        .filter((declaration) => isSdkFile(declaration.getSourceFile().fileName));
      const verdicts = declarations.map(supportsForm).filter((verdict) => verdict !== undefined);
      if (verdicts.length > 0 && !verdicts.includes(true)) {
        findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), RULE,
          `'${describe(node, declarations[0])}' is not available in cards: its SDK declaration has no @form tag, so the card would render blank`));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

function run(context) {
  const { program } = context.getProgram();
  const checker = program.getTypeChecker();
  const findings = [];
  const seen = new Set();
  for (const { srcFile } of listCardPages(context.project)) {
    const sourceFile = program.getSourceFile(srcFile);
    if (!sourceFile || seen.has(srcFile)) {
      continue;
    }
    seen.add(srcFile);
    findings.push(...checkCardFile(sourceFile, checker));
  }
  return findings;
}

module.exports = { id: RULE, phase: 'card', reports: ['card-form-api'], needsProgram: true, run };
