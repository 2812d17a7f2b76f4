'use strict';

// A card has no network access (Form Kit, OpenHarmony docs application-dev/form), so an
// `Image('https://...')` stays empty and any other URL in the card page cannot be fetched.
// The rule reports, in each card page:
// - every string or template literal that is a network URL (http, https, ws, wss, ftp);
// - every name in the page whose compile-time value is such a URL but whose constant is
//   declared in another file, as in `Image(AVATAR_URL)` with the constant in a HAR.
// A URL inside display text (`'see https://...'`) is not a load and stays quiet.
// NOTE: URLs that reach the card only through a function's return value are not found.

const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { listCardSourceFiles } = require('../lib/forms');
const { stringValueOf } = require('../lib/literals');
const { isDeclarationName } = require('../lib/cardCode');

const RULE = 'card-network-url';
const NETWORK_URL = /^\s*(https?|wss?|ftp):\/\//i;

function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return node.text;
  }
  if (ts.isTemplateExpression(node)) {
    return node.head.text;
  }
  return undefined;
}

/** Returns the callee name when `node` is the first argument of a call such as `Image(url)`. */
function calleeOfArgument(node) {
  const parent = node.parent;
  const isArgument = parent && (ts.isCallExpression(parent) || ts.isEtsComponentExpression(parent)) && parent.arguments[0] === node;
  return isArgument && ts.isIdentifier(parent.expression) ? parent.expression.text : undefined;
}

function describeUrl(url, node) {
  const callee = calleeOfArgument(node);
  const displayedUrl = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return callee ? `${callee}('${displayedUrl}')` : `'${displayedUrl}'`;
}

/** True when the name resolves to a declaration outside `sourceFile`. */
function isDeclaredElsewhere(checker, identifier, sourceFile) {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
    symbol = checker.getAliasedSymbol(symbol);
  }
  return Boolean(symbol && symbol.declarations && symbol.declarations.length > 0
    && symbol.declarations.every((declaration) => declaration.getSourceFile() !== sourceFile));
}

function checkCardPage(sourceFile, checker) {
  const findings = [];
  const report = (node, url) => findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), RULE,
    `card page loads ${describeUrl(url, node)}, but cards have no network access; bundle the image as a resource ($r('app.media.<name>')) or let the form provider send the data as binding data`));

  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      return;
    }
    const text = literalText(node);
    if (text !== undefined) {
      if (NETWORK_URL.test(text)) {
        report(node, text);
      }
      return;
    }
    // `a.b` is judged as a whole, so its name part is skipped below.
    const isName = ts.isIdentifier(node) && !isDeclarationName(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node);
    if (isName || ts.isPropertyAccessExpression(node)) {
      const nameNode = ts.isPropertyAccessExpression(node) ? node.name : node;
      const value = isDeclaredElsewhere(checker, nameNode, sourceFile) ? stringValueOf(checker, node) : undefined;
      if (value !== undefined && NETWORK_URL.test(value)) {
        report(node, value);
        return;
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
  for (const sourceFile of listCardSourceFiles(context.project, program)) {
    findings.push(...checkCardPage(sourceFile, checker));
  }
  return findings;
}

module.exports = { id: RULE, phase: 'card', reports: [RULE], needsProgram: true, run };
