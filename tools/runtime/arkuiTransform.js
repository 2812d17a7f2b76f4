'use strict';

// A "before" transformer that turns ArkTS-only syntax into plain TypeScript
// so the ordinary emitter can produce JavaScript for Node:
// - `struct` becomes `class` (the TypeScript transformer cannot visit struct
//   members and aborts with a Debug Failure);
// - decorators are dropped, because ArkTS allows only ArkUI decorators
//   (arkts-no-decorators-except-arkui) and none of them exist at run time in Node;
// - the bodies of build() and of @Builder/@Styles/@Extend functions are
//   replaced, because they hold component expressions such as `Column() { ... }`
//   that have no JavaScript form.
// NOTE: UI code therefore loads but cannot run: calling build() throws. The
// home-screen renderer interprets card pages itself.

const UI_FUNCTION_DECORATORS = new Set(['Builder', 'LocalBuilder', 'Styles', 'Extend', 'AnimatableExtend']);
const UI_METHOD_NAMES = new Set(['build', 'pageTransition']);

function createArkUiTransformer(ts) {
  const factory = ts.factory;

  function decoratorName(decorator) {
    const expression = ts.isCallExpression(decorator.expression)
      ? decorator.expression.expression
      : decorator.expression;
    return ts.isIdentifier(expression) ? expression.text : '';
  }

  // TypeScript 4.9 keeps decorators of a function declaration in `illegalDecorators`, not in `modifiers`.
  function decoratorsOf(node) {
    const fromModifiers = (node.modifiers || []).filter((modifier) => ts.isDecorator(modifier));
    return fromModifiers.concat(node.illegalDecorators || []);
  }

  function hasUiDecorator(node) {
    return decoratorsOf(node).some((decorator) => UI_FUNCTION_DECORATORS.has(decoratorName(decorator)));
  }

  function withoutDecorators(modifiers) {
    if (!modifiers) {
      return undefined;
    }
    const remaining = modifiers.filter((modifier) => !ts.isDecorator(modifier));
    return remaining.length === modifiers.length ? modifiers : remaining;
  }

  function unsupportedUiBody(name) {
    const message = `${name} renders ArkUI components, which the Node runtime does not simulate`;
    return factory.createBlock([
      factory.createThrowStatement(
        factory.createNewExpression(factory.createIdentifier('Error'), undefined, [factory.createStringLiteral(message)]),
      ),
    ], true);
  }

  function memberName(node) {
    return node.name && ts.isIdentifier(node.name) ? node.name.text : '';
  }

  return (context) => {
    function visitStructMember(member, structName) {
      // The parser adds a constructor to every struct for the type checker, and
      // ArkTS allows no constructor of its own in a struct.
      if (ts.isConstructorDeclaration(member)) {
        return undefined;
      }
      if (ts.isMethodDeclaration(member) && (UI_METHOD_NAMES.has(memberName(member)) || hasUiDecorator(member))) {
        return factory.updateMethodDeclaration(member, withoutDecorators(member.modifiers), member.asteriskToken,
          member.name, member.questionToken, member.typeParameters, member.parameters, member.type,
          unsupportedUiBody(`${structName}.${memberName(member)}()`));
      }
      return visit(member);
    }

    function visit(node) {
      if (ts.isStructDeclaration(node)) {
        const structName = node.name ? node.name.text : 'struct';
        const members = node.members.map((member) => visitStructMember(member, structName)).filter(Boolean);
        // The parser also adds a heritage clause for the type checker; a struct cannot extend anything.
        const declaration = factory.createClassDeclaration(withoutDecorators(node.modifiers), node.name,
          node.typeParameters, undefined, members);
        return ts.setOriginalNode(ts.setTextRange(declaration, node), node);
      }

      if (ts.isFunctionDeclaration(node) && decoratorsOf(node).length > 0) {
        const body = hasUiDecorator(node)
          ? unsupportedUiBody(`${memberName(node)}()`)
          : ts.visitEachChild(node.body, visit, context);
        // create, not update: an update copies illegalDecorators back onto the new node.
        const declaration = factory.createFunctionDeclaration(withoutDecorators(node.modifiers), node.asteriskToken,
          node.name, node.typeParameters, node.parameters, node.type, body);
        return ts.setOriginalNode(ts.setTextRange(declaration, node), node);
      }

      if (ts.isMethodDeclaration(node) && hasUiDecorator(node)) {
        return factory.updateMethodDeclaration(node, withoutDecorators(node.modifiers), node.asteriskToken, node.name,
          node.questionToken, node.typeParameters, node.parameters, node.type, unsupportedUiBody(`${memberName(node)}()`));
      }

      const visited = ts.visitEachChild(node, visit, context);
      if (ts.canHaveModifiers(visited) && visited.modifiers && visited.modifiers.some(ts.isDecorator)) {
        return factory.updateModifiers(visited, withoutDecorators(visited.modifiers));
      }
      return visited;
    }

    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };
}

module.exports = { createArkUiTransformer };
