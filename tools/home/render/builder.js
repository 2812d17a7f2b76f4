'use strict';

// Runs a struct's build() and the @Builder functions it calls, and turns the component calls
// into a tree of UI nodes: `{ kind: 'component' | 'custom' | 'placeholder', name, args, attributes,
// children, location }`. Attribute chains such as `Text(x).fontSize(14)` become attribute lists,
// `if`/`else` and `ForEach` expand here, and onClick closures are registered as handlers that the
// server runs when the card is tapped.

const { ts } = require('./parse');
const { hasDecorator, decoratorsOf, decoratorName } = require('./module');
const { Scope, StructInstance } = require('./interpreter');
const { BoundMethod, ModuleFunction, Closure, RenderError } = require('./values');

const K = ts.SyntaxKind;

// Field decorators whose value comes from the card's LocalStorage, that is the binding data.
const STORAGE_DECORATORS = new Set(['LocalStorageProp', 'LocalStorageLink']);
// Field decorators that a parent may initialize through the child's constructor parameters.
const PARAMETER_DECORATORS = new Set(['State', 'Prop', 'Link', 'ObjectLink', 'Provide', 'Consume', 'BuilderParam', null]);

class UiBuilder {
  /**
   * @param {object} options
   * @param {import('./interpreter').Interpreter} options.interpreter
   * @param {(note: object) => void} options.addNote records a renderer note.
   * @param {object} options.bindingData the card's binding data (values are strings).
   */
  constructor({ interpreter, addNote, bindingData }) {
    this.interpreter = interpreter;
    this.addNote = addNote;
    this.bindingData = bindingData || {};
    this.handlers = [];
  }

  /** Creates the instance of a struct and initializes its fields in declaration order. */
  instantiate(declaration, module, params = {}, stateOverrides = {}) {
    const instance = new StructInstance(declaration, module, declaration.name.text);
    const scope = new Scope(null, instance, module);

    for (const member of declaration.members) {
      if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) {
        continue;
      }
      const name = member.name.text;
      const decorator = decoratorsOf(member).map(decoratorName).find(Boolean) || null;
      instance.fieldKinds.set(name, decorator);

      let value;
      if (STORAGE_DECORATORS.has(decorator)) {
        value = this.readStorageField(member, scope, module);
      } else if (Object.prototype.hasOwnProperty.call(stateOverrides, name)) {
        value = stateOverrides[name];
      } else if (PARAMETER_DECORATORS.has(decorator) && Object.prototype.hasOwnProperty.call(params, name)) {
        value = params[name];
      } else if (member.initializer) {
        value = this.evaluateSafely(member.initializer, scope, module);
      }
      if (decorator === 'StorageProp' || decorator === 'StorageLink') {
        this.addNote({
          level: 'warning',
          location: module.location(member),
          message: `@${decorator} reads AppStorage, which a card does not share with the app; the field keeps its initializer`,
        });
      }
      instance.fields.set(name, value);
    }
    return instance;
  }

  readStorageField(member, scope, module) {
    const decorator = decoratorsOf(member).find((item) => STORAGE_DECORATORS.has(decoratorName(item)));
    const keyNode = decorator.expression.arguments && decorator.expression.arguments[0];
    const key = keyNode ? this.interpreter.evaluate(keyNode, scope) : member.name.text;

    if (Object.prototype.hasOwnProperty.call(this.bindingData, key)) {
      // Binding data reaches the card as strings, whatever type the field declares.
      return this.bindingData[key];
    }
    return member.initializer ? this.evaluateSafely(member.initializer, scope, module) : undefined;
  }

  evaluateSafely(node, scope, module) {
    try {
      return this.interpreter.evaluate(node, scope);
    } catch (error) {
      this.noteError(error, module, node);
      return undefined;
    }
  }

  noteError(error, module, node) {
    if (!(error instanceof RenderError)) {
      throw error;
    }
    this.addNote({
      level: 'error',
      location: error.location || (module && node ? module.location(node) : ''),
      message: error.message.replace(`${error.location} `, ''),
    });
  }

  /** Runs build() of a struct instance. Returns the list of UI nodes it produced. */
  buildInstance(instance) {
    const build = instance.findMethod('build');
    if (!build || !build.body) {
      throw new RenderError(`struct ${instance.name} has no build() method`, instance.module.location(instance.declaration));
    }
    const children = [];
    this.executeUi(build.body.statements, new Scope(null, instance, instance.module), children);
    return children;
  }

  executeUi(statements, scope, out) {
    for (const statement of statements) {
      try {
        this.executeUiStatement(statement, scope, out);
      } catch (error) {
        this.noteError(error, scope.module, statement);
        out.push(placeholder('error', scope.module.location(statement), error.message));
      }
    }
  }

  executeUiStatement(statement, scope, out) {
    this.interpreter.tick(statement, scope.module);

    if (ts.isExpressionStatement(statement)) {
      this.buildExpression(statement.expression, scope, out);
    } else if (ts.isIfStatement(statement)) {
      const condition = this.interpreter.evaluate(statement.expression, scope);
      if (this.interpreter.truthy(condition)) {
        this.executeUiBranch(statement.thenStatement, scope, out);
      } else if (statement.elseStatement) {
        this.executeUiBranch(statement.elseStatement, scope, out);
      }
    } else if (ts.isBlock(statement)) {
      this.executeUi(statement.statements, scope.child(), out);
    } else {
      throw new RenderError(`${K[statement.kind]} is not allowed in build() or a @Builder`, scope.module.location(statement));
    }
  }

  executeUiBranch(statement, scope, out) {
    if (ts.isBlock(statement)) {
      this.executeUi(statement.statements, scope.child(), out);
    } else {
      this.executeUiStatement(statement, scope.child(), out);
    }
  }

  /** Splits `Root(args) { ... }.attr1(a).attr2(b)` into the root call and its attribute calls. */
  splitAttributeChain(expression) {
    const attributeCalls = [];
    let current = expression;
    while (
      ts.isCallExpression(current)
      && ts.isPropertyAccessExpression(current.expression)
      && current.expression.expression.kind !== K.ThisKeyword
    ) {
      attributeCalls.unshift(current);
      current = current.expression.expression;
    }
    return { root: current, attributeCalls };
  }

  buildExpression(expression, scope, out) {
    const { root, attributeCalls } = this.splitAttributeChain(expression);
    const location = scope.module.location(root);

    if (ts.isCallExpression(root) && ts.isIdentifier(root.expression) && root.expression.text === 'ForEach') {
      this.buildForEach(root, scope, out);
      return;
    }

    if (root.kind === K.EtsComponentExpression) {
      const name = root.expression.text;

      // A struct of the card's own modules wins over a built-in component of the same name.
      const declared = scope.module.findDeclaration(name);
      if (declared && declared.kind === 'struct') {
        const args = this.interpreter.evaluateArguments(root.arguments, scope);
        this.buildCustomComponent(declared, args[0] || {}, attributeCalls, scope, out, location);
        return;
      }

      const node = {
        kind: 'component',
        name,
        args: this.interpreter.evaluateArguments(root.arguments, scope),
        attributes: this.evaluateAttributes(attributeCalls, scope),
        children: [],
        location,
      };
      if (root.body) {
        this.executeUi(root.body.statements, scope.child(), node.children);
      }
      out.push(node);
      return;
    }

    if (ts.isCallExpression(root)) {
      this.buildCall(root, attributeCalls, scope, out, location);
      return;
    }

    throw new RenderError(`${K[root.kind]} is not a component, a custom component or a @Builder call`, location);
  }

  buildCall(call, attributeCalls, scope, out, location) {
    const callee = call.expression;
    const args = this.interpreter.evaluateArguments(call.arguments, scope);

    // A name the declarations do not list as a component: a struct, a @Builder, or unknown.
    if (ts.isIdentifier(callee)) {
      const found = scope.module.findDeclaration(callee.text);
      if (found && found.kind === 'struct') {
        this.buildCustomComponent(found, args[0] || {}, attributeCalls, scope, out, location);
        return;
      }
      if (found && found.kind === 'function' && hasDecorator(found.declaration, 'Builder')) {
        this.runBuilder(found.declaration, args, new Scope(null, undefined, found.module), out);
        return;
      }
      const fromPlatform = found && found.kind === 'platform' ? ` (imported from '${found.specifier}')` : '';
      out.push({
        kind: 'placeholder',
        name: callee.text,
        reason: `unknown component ${callee.text}${fromPlatform}`,
        attributes: this.evaluateAttributes(attributeCalls, scope),
        location,
      });
      this.addNote({ level: 'error', location, message: `unknown component ${callee.text}${fromPlatform}: rendered as a placeholder` });
      return;
    }

    const target = this.interpreter.evaluate(callee, scope);
    if (target instanceof BoundMethod && hasDecorator(target.declaration, 'Builder')) {
      this.runBuilder(target.declaration, args, new Scope(null, target.instance, target.instance.module), out);
      return;
    }
    if (target instanceof ModuleFunction && hasDecorator(target.declaration, 'Builder')) {
      this.runBuilder(target.declaration, args, new Scope(null, undefined, target.module), out);
      return;
    }
    throw new RenderError('only components, custom components and @Builder functions may be called in build()', location);
  }

  runBuilder(declaration, args, scope, out) {
    const builderScope = scope.child();
    this.interpreter.bindParameters(declaration.parameters, args, builderScope);
    if (declaration.body) {
      this.executeUi(declaration.body.statements, builderScope, out);
    }
  }

  buildCustomComponent(found, params, attributeCalls, scope, out, location) {
    const instance = this.instantiate(found.declaration, found.module, params);
    out.push({
      kind: 'custom',
      name: found.declaration.name.text,
      args: [],
      attributes: this.evaluateAttributes(attributeCalls, scope),
      children: this.buildInstance(instance),
      location,
    });
  }

  buildForEach(root, scope, out) {
    const [items, itemGenerator] = this.interpreter.evaluateArguments(root.arguments, scope);
    if (!Array.isArray(items)) {
      throw new RenderError(`ForEach needs an array, got ${typeof items}`, scope.module.location(root));
    }
    if (!(itemGenerator instanceof Closure)) {
      throw new RenderError('ForEach needs an item builder function', scope.module.location(root));
    }

    items.forEach((item, index) => {
      const itemScope = itemGenerator.scope.child();
      this.interpreter.bindParameters(itemGenerator.node.parameters, [item, index], itemScope);
      const body = itemGenerator.node.body;
      if (ts.isBlock(body)) {
        this.executeUi(body.statements, itemScope, out);
      } else {
        this.buildExpression(body, itemScope, out);
      }
    });
  }

  /**
   * Finds the @Styles or @Extend function that an attribute call names: a @Styles method of the
   * current struct or a global @Styles/@Extend function. Returns `{ declaration, scope }` or null.
   */
  findStyles(name, scope) {
    const instance = scope.thisValue;
    if (instance instanceof StructInstance) {
      const method = instance.findMethod(name);
      if (method && hasDecorator(method, 'Styles')) {
        return { declaration: method, scope: new Scope(null, instance, instance.module) };
      }
    }
    const found = scope.module.findDeclaration(name);
    if (found && found.kind === 'function'
      && (hasDecorator(found.declaration, 'Styles') || hasDecorator(found.declaration, 'Extend'))) {
      return { declaration: found.declaration, scope: new Scope(null, undefined, found.module) };
    }
    return null;
  }

  /** Expands a @Styles/@Extend body (chains on a virtual instance) into attribute calls. */
  expandStyles(styles, args, depth) {
    const stylesScope = styles.scope.child();
    this.interpreter.bindParameters(styles.declaration.parameters, args, stylesScope);
    const attributes = [];
    for (const statement of (styles.declaration.body && styles.declaration.body.statements) || []) {
      if (!ts.isExpressionStatement(statement)) {
        throw new RenderError('a @Styles or @Extend body may hold only attribute calls', stylesScope.module.location(statement));
      }
      const { attributeCalls } = this.splitAttributeChain(statement.expression);
      attributes.push(...this.evaluateAttributes(attributeCalls, stylesScope, depth + 1));
    }
    return attributes;
  }

  evaluateAttributes(attributeCalls, scope, depth = 0) {
    const attributes = [];
    for (const call of attributeCalls) {
      const name = call.expression.name.text;
      const location = scope.module.location(call.expression.name);
      try {
        const styles = depth < 8 ? this.findStyles(name, scope) : null;
        if (styles) {
          const styleArgs = this.interpreter.evaluateArguments(call.arguments, scope);
          attributes.push(...this.expandStyles(styles, styleArgs, depth));
          continue;
        }
        const args = this.interpreter.evaluateArguments(call.arguments, scope);
        const attribute = { name, args, location };
        if (name === 'onClick' && args[0] instanceof Closure) {
          this.handlers.push({ closure: args[0] });
          attribute.handlerId = this.handlers.length - 1;
        }
        attributes.push(attribute);
      } catch (error) {
        this.noteError(error, scope.module, call);
      }
    }
    return attributes;
  }
}

function placeholder(name, location, reason) {
  return { kind: 'placeholder', name, reason, attributes: [], location };
}

module.exports = { UiBuilder };
