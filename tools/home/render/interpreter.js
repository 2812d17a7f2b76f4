'use strict';

// A small interpreter for the expressions and statements that card pages use: member access on
// `this`, literals and templates, ternaries, comparisons, logical and arithmetic operators, ArkUI
// enum members, `$r(...)`, arrow functions, and plain function bodies. It walks the syntax tree
// and never hands source text to `eval`. Anything outside this subset raises a RenderError with
// the position, which the renderer shows as a note.

const { ts } = require('./parse');
const { arkuiEnums } = require('./enums');
const { hasDecorator, decoratorsOf, decoratorName } = require('./module');
const {
  EnumValue,
  ResourceRef,
  Closure,
  BoundMethod,
  ModuleFunction,
  NativeFunction,
  RenderError,
} = require('./values');

// Bound the work of one evaluation so that a looping or endlessly recursing card page cannot hang
// or crash the server.
const MAX_STEPS = 100000;
const MAX_CALL_DEPTH = 200;

const K = ts.SyntaxKind;

/** The namespace object of an ArkUI enum, such as `FlexAlign`. */
class EnumNamespace {
  constructor(name, members) {
    this.name = name;
    this.members = members;
  }
}

/** A struct instance: the fields of one `@Component` with the module it was declared in. */
class StructInstance {
  constructor(declaration, module, name) {
    this.declaration = declaration;
    this.module = module;
    this.name = name;
    this.fields = new Map();
    this.fieldKinds = new Map();
  }

  findMethod(name) {
    return this.declaration.members.find(
      (member) => ts.isMethodDeclaration(member) && member.name && member.name.text === name
    );
  }
}

/** A local enum or class of a card module, used through its members. */
class ModuleStatic {
  constructor(kind, declaration, module) {
    this.kind = kind;
    this.declaration = declaration;
    this.module = module;
  }
}

class Scope {
  constructor(parent, thisValue, module) {
    this.parent = parent;
    this.thisValue = thisValue;
    this.module = module;
    this.variables = new Map();
  }

  lookup(name) {
    for (let scope = this; scope; scope = scope.parent) {
      if (scope.variables.has(name)) {
        return { found: true, value: scope.variables.get(name), scope };
      }
    }
    return { found: false };
  }

  child() {
    return new Scope(this, this.thisValue, this.module);
  }
}

const STRING_METHODS = new Set([
  'toUpperCase', 'toLowerCase', 'trim', 'startsWith', 'endsWith', 'includes', 'indexOf',
  'slice', 'substring', 'split', 'replace', 'padStart', 'padEnd', 'charAt', 'concat',
  'toString', 'repeat', 'lastIndexOf', 'trimStart', 'trimEnd',
]);
const NUMBER_METHODS = new Set(['toFixed', 'toString']);
const ARRAY_PLAIN_METHODS = new Set(['slice', 'join', 'includes', 'indexOf', 'concat', 'at']);
const ARRAY_CALLBACK_METHODS = new Set(['map', 'filter', 'find', 'some', 'every', 'findIndex']);

class Interpreter {
  /**
   * @param {object} options
   * @param {(action: object, location: string) => void} options.onCardAction receives each
   *   `postCardAction` call made while a click handler runs.
   * `inClickHandler` is set while an onClick closure runs, because postCardAction works only
   * from a click handler of a card page (OpenHarmony reference js-apis-postCardAction.md).
   */
  constructor(options = {}) {
    this.onCardAction = options.onCardAction || (() => {});
    this.inClickHandler = false;
    this.steps = 0;
    this.callDepth = 0;
    this.globals = this.createGlobals();
  }

  createGlobals() {
    const globals = new Map();
    globals.set('undefined', undefined);
    globals.set('NaN', NaN);
    globals.set('Infinity', Infinity);
    globals.set('String', new NativeFunction('String', (args) => String(args[0])));
    globals.set('Number', new NativeFunction('Number', (args) => Number(args[0])));
    globals.set('Boolean', new NativeFunction('Boolean', (args) => Boolean(args[0])));
    globals.set('parseInt', new NativeFunction('parseInt', (args) => parseInt(args[0], args[1])));
    globals.set('parseFloat', new NativeFunction('parseFloat', (args) => parseFloat(args[0])));
    globals.set('isNaN', new NativeFunction('isNaN', (args) => Number.isNaN(Number(args[0]))));

    globals.set('Math', {
      max: new NativeFunction('Math.max', (args) => Math.max(...args)),
      min: new NativeFunction('Math.min', (args) => Math.min(...args)),
      round: new NativeFunction('Math.round', (args) => Math.round(args[0])),
      floor: new NativeFunction('Math.floor', (args) => Math.floor(args[0])),
      ceil: new NativeFunction('Math.ceil', (args) => Math.ceil(args[0])),
      abs: new NativeFunction('Math.abs', (args) => Math.abs(args[0])),
      PI: Math.PI,
    });

    globals.set('JSON', {
      stringify: new NativeFunction('JSON.stringify', (args) => JSON.stringify(args[0])),
      parse: new NativeFunction('JSON.parse', (args) => JSON.parse(String(args[0]))),
    });

    // Logging in a card page has no visible effect, so the calls do nothing.
    globals.set('console', {
      info: new NativeFunction('console.info', () => undefined),
      log: new NativeFunction('console.log', () => undefined),
      warn: new NativeFunction('console.warn', () => undefined),
      error: new NativeFunction('console.error', () => undefined),
    });
    return globals;
  }

  tick(node, module) {
    this.steps += 1;
    if (this.steps > MAX_STEPS) {
      throw new RenderError(`evaluation stopped after ${MAX_STEPS} steps (a loop that never ends?)`, module && module.location(node));
    }
  }

  fail(message, node, scope) {
    const location = scope && scope.module ? scope.module.location(node) : undefined;
    return new RenderError(message, location);
  }

  // ---- Expressions ----

  evaluate(node, scope) {
    this.tick(node, scope.module);

    switch (node.kind) {
      case K.NumericLiteral:
        return Number(node.text);
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
        return node.text;
      case K.TemplateExpression:
        return this.evaluateTemplate(node, scope);
      case K.TrueKeyword:
        return true;
      case K.FalseKeyword:
        return false;
      case K.NullKeyword:
        return null;
      case K.ThisKeyword:
        return scope.thisValue;
      case K.Identifier:
        return this.evaluateIdentifier(node, scope);
      case K.ParenthesizedExpression:
      case K.AsExpression:
      case K.NonNullExpression:
      case K.TypeAssertionExpression:
      case K.SatisfiesExpression:
        return this.evaluate(node.expression, scope);
      case K.PropertyAccessExpression:
        return this.evaluatePropertyAccess(node, scope);
      case K.ElementAccessExpression:
        return this.evaluateElementAccess(node, scope);
      case K.CallExpression:
        return this.evaluateCall(node, scope);
      case K.ConditionalExpression:
        return this.truthy(this.evaluate(node.condition, scope))
          ? this.evaluate(node.whenTrue, scope)
          : this.evaluate(node.whenFalse, scope);
      case K.BinaryExpression:
        return this.evaluateBinary(node, scope);
      case K.PrefixUnaryExpression:
        return this.evaluatePrefixUnary(node, scope);
      case K.PostfixUnaryExpression:
        return this.evaluatePostfixUnary(node, scope);
      case K.TypeOfExpression:
        return typeof this.evaluate(node.expression, scope);
      case K.ObjectLiteralExpression:
        return this.evaluateObjectLiteral(node, scope);
      case K.ArrayLiteralExpression:
        return this.evaluateArrayLiteral(node, scope);
      case K.ArrowFunction:
      case K.FunctionExpression:
        return new Closure(node, scope, scope.thisValue);
      default:
        throw this.fail(`the card interpreter does not support ${K[node.kind]} expressions`, node, scope);
    }
  }

  evaluateTemplate(node, scope) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      text += this.stringify(this.evaluate(span.expression, scope));
      text += span.literal.text;
    }
    return text;
  }

  stringify(value) {
    if (value instanceof EnumValue || value instanceof ResourceRef) {
      return value.toString();
    }
    return String(value);
  }

  evaluateIdentifier(node, scope) {
    const name = node.text;

    const local = scope.lookup(name);
    if (local.found) {
      return local.value;
    }

    if (name === '$r' || name === '$rawfile' || name === 'postCardAction') {
      return new NativeFunction(name, null);
    }

    // `Child({ value: $count })` passes the field `count` to a @Link; the renderer copies the value.
    const thisValue = scope.thisValue;
    if (name.startsWith('$') && thisValue instanceof StructInstance && thisValue.fields.has(name.slice(1))) {
      return thisValue.fields.get(name.slice(1));
    }

    const module = scope.module;
    if (module) {
      const found = module.findDeclaration(name);
      if (found) {
        return this.valueOfDeclaration(found, name, node, scope);
      }
    }

    if (this.globals.has(name)) {
      return this.globals.get(name);
    }

    const enums = arkuiEnums();
    if (enums.has(name)) {
      return new EnumNamespace(name, enums.get(name));
    }

    throw this.fail(`'${name}' is not defined in the card page or the ArkUI card API`, node, scope);
  }

  valueOfDeclaration(found, name, node, scope) {
    const { kind, declaration, module } = found;
    if (kind === 'variable') {
      return this.moduleVariable(module, declaration, scope);
    }
    if (kind === 'function') {
      return new ModuleFunction(declaration, module);
    }
    if (kind === 'enum' || kind === 'class') {
      return new ModuleStatic(kind, declaration, module);
    }
    if (kind === 'struct') {
      return { struct: declaration, module, name };
    }
    if (kind === 'namespace') {
      return { namespaceModule: module };
    }
    throw this.fail(
      `'${name}' comes from '${found.specifier}', which the card renderer does not load (a card page may import only its own files and HARs)`,
      node,
      scope
    );
  }

  moduleVariable(module, declaration, scope) {
    const key = declaration.name.text;
    if (module.valueCache.has(key)) {
      return module.valueCache.get(key);
    }
    const initializer = declaration.initializer;
    let value;
    if (initializer && ts.isNewExpression(initializer) && ts.isIdentifier(initializer.expression)
      && initializer.expression.text === 'LocalStorage') {
      // The card's storage is the binding data; the renderer supplies it to the entry struct.
      value = { localStorage: true };
    } else {
      value = initializer ? this.evaluate(initializer, new Scope(null, undefined, module)) : undefined;
    }
    module.valueCache.set(key, value);
    return value;
  }

  memberOfStatic(target, name, node, scope) {
    const { declaration, module } = target;
    if (target.kind === 'enum') {
      let next = 0;
      for (const member of declaration.members) {
        let value = next;
        if (member.initializer) {
          value = this.evaluate(member.initializer, new Scope(null, undefined, module));
        }
        if (member.name.text === name) {
          return value;
        }
        next = typeof value === 'number' ? value + 1 : undefined;
      }
      throw this.fail(`enum ${declaration.name.text} has no member ${name}`, node, scope);
    }

    for (const member of declaration.members) {
      const isStatic = (member.modifiers || []).some((modifier) => modifier.kind === K.StaticKeyword);
      if (!isStatic || !member.name || member.name.text !== name) {
        continue;
      }
      if (ts.isPropertyDeclaration(member)) {
        return member.initializer ? this.evaluate(member.initializer, new Scope(null, undefined, module)) : undefined;
      }
      if (ts.isMethodDeclaration(member)) {
        return new ModuleFunction(member, module);
      }
    }
    throw this.fail(`class ${declaration.name.text} has no static member ${name} that the card interpreter can read`, node, scope);
  }

  evaluatePropertyAccess(node, scope) {
    const target = this.evaluate(node.expression, scope);
    const name = node.name.text;
    if ((target === null || target === undefined) && node.questionDotToken) {
      return undefined;
    }
    return this.readMember(target, name, node, scope);
  }

  evaluateElementAccess(node, scope) {
    const target = this.evaluate(node.expression, scope);
    if ((target === null || target === undefined) && node.questionDotToken) {
      return undefined;
    }
    const key = this.evaluate(node.argumentExpression, scope);
    return this.readMember(target, key, node, scope);
  }

  readMember(target, name, node, scope) {
    if (target === null || target === undefined) {
      throw this.fail(`cannot read '${String(name)}' of ${target}`, node, scope);
    }
    if (target instanceof EnumNamespace) {
      if (!target.members.has(name)) {
        throw this.fail(`${target.name} has no member ${name}`, node, scope);
      }
      return new EnumValue(target.name, name);
    }
    if (target instanceof StructInstance) {
      if (target.fields.has(name)) {
        return target.fields.get(name);
      }
      const method = target.findMethod(name);
      if (method) {
        return new BoundMethod(method, target);
      }
      throw this.fail(`struct ${target.name} has no field or method '${name}'`, node, scope);
    }
    if (target instanceof ModuleStatic) {
      return this.memberOfStatic(target, name, node, scope);
    }
    if (target && target.namespaceModule) {
      const found = target.namespaceModule.findDeclaration(name);
      if (!found) {
        throw this.fail(`module has no export '${name}'`, node, scope);
      }
      return this.valueOfDeclaration(found, name, node, scope);
    }
    if (typeof target === 'string') {
      if (name === 'length') {
        return target.length;
      }
      if (STRING_METHODS.has(name)) {
        return new NativeFunction(`String.${name}`, (args) => String.prototype[name].apply(target, args));
      }
      if (typeof name === 'number') {
        return target[name];
      }
    }
    if (typeof target === 'number' && NUMBER_METHODS.has(name)) {
      return new NativeFunction(`Number.${name}`, (args) => Number.prototype[name].apply(target, args));
    }
    if (Array.isArray(target)) {
      return this.readArrayMember(target, name, node, scope);
    }
    if (typeof target === 'object' && !(target instanceof NativeFunction)) {
      // Only own properties, so that a card page cannot reach prototypes.
      return Object.prototype.hasOwnProperty.call(target, name) ? target[name] : undefined;
    }
    throw this.fail(`the card interpreter cannot read '${String(name)}' of ${typeof target}`, node, scope);
  }

  readArrayMember(array, name, node, scope) {
    if (name === 'length') {
      return array.length;
    }
    if (typeof name === 'number') {
      return array[name];
    }
    if (ARRAY_PLAIN_METHODS.has(name)) {
      return new NativeFunction(`Array.${name}`, (args) => Array.prototype[name].apply(array, args));
    }
    if (ARRAY_CALLBACK_METHODS.has(name)) {
      return new NativeFunction(`Array.${name}`, (args) => {
        const callback = args[0];
        return Array.prototype[name].call(array, (item, index) => this.callFunction(callback, [item, index], node, scope));
      });
    }
    throw this.fail(`the card interpreter does not support Array.${String(name)}`, node, scope);
  }

  evaluateCall(node, scope) {
    const callee = node.expression;

    if (ts.isIdentifier(callee) && (callee.text === '$r' || callee.text === '$rawfile')) {
      return this.evaluateResourceCall(node, scope);
    }
    if (ts.isIdentifier(callee) && callee.text === 'postCardAction') {
      return this.evaluatePostCardAction(node, scope);
    }

    const fn = this.evaluate(callee, scope);
    if ((fn === null || fn === undefined) && node.questionDotToken) {
      return undefined;
    }
    const args = this.evaluateArguments(node.arguments, scope);
    return this.callFunction(fn, args, node, scope);
  }

  evaluateArguments(argumentNodes, scope) {
    const args = [];
    for (const argument of argumentNodes || []) {
      if (ts.isSpreadElement(argument)) {
        args.push(...this.evaluate(argument.expression, scope));
      } else {
        args.push(this.evaluate(argument, scope));
      }
    }
    return args;
  }

  evaluateResourceCall(node, scope) {
    const name = node.expression.text;
    const args = this.evaluateArguments(node.arguments, scope);
    const text = `${name}('${args[0]}')`;

    if (typeof args[0] !== 'string') {
      throw this.fail(`${name} needs a string literal, got ${typeof args[0]}`, node, scope);
    }
    if (name === '$rawfile') {
      return new ResourceRef('rawfile', 'rawfile', args[0], [], text);
    }

    const match = /^(app|sys)\.(\w+)\.(\w+)$/.exec(args[0]);
    if (!match) {
      throw this.fail(`invalid resource reference ${text}: expected 'app.<type>.<name>' or 'sys.<type>.<name>'`, node, scope);
    }
    return new ResourceRef(match[1], match[2], match[3], args.slice(1), text);
  }

  evaluatePostCardAction(node, scope) {
    const location = scope.module ? scope.module.location(node) : '';
    if (!this.inClickHandler) {
      throw this.fail('postCardAction works only from a click handler', node, scope);
    }
    const [component, action] = this.evaluateArguments(node.arguments, scope);
    if (!(component instanceof StructInstance)) {
      throw this.fail('postCardAction needs the card component (`this`) as its first argument', node, scope);
    }
    this.onCardAction(action, location);
    return undefined;
  }

  callFunction(fn, args, node, scope) {
    if (fn instanceof NativeFunction) {
      if (!fn.implementation) {
        throw this.fail(`${fn.name} cannot be called here`, node, scope);
      }
      return fn.implementation(args);
    }
    if (fn instanceof Closure) {
      return this.invoke(fn.node, args, fn.scope.child(), fn.thisValue);
    }
    if (fn instanceof BoundMethod) {
      if (hasDecorator(fn.declaration, 'Builder')) {
        throw this.fail(`@Builder ${fn.declaration.name.text} can only be called in build()`, node, scope);
      }
      return this.invoke(fn.declaration, args, new Scope(null, fn.instance, fn.instance.module), fn.instance);
    }
    if (fn instanceof ModuleFunction) {
      if (hasDecorator(fn.declaration, 'Builder')) {
        throw this.fail(`@Builder ${fn.declaration.name.text} can only be called in build()`, node, scope);
      }
      return this.invoke(fn.declaration, args, new Scope(null, undefined, fn.module), undefined);
    }
    throw this.fail('the callee is not a function the card interpreter can call', node, scope);
  }

  /** Binds parameters and runs a function body. Returns the function's return value. */
  invoke(declaration, args, scope, thisValue) {
    if (this.callDepth >= MAX_CALL_DEPTH) {
      throw this.fail(`evaluation stopped at a call depth of ${MAX_CALL_DEPTH} (endless recursion?)`, declaration, scope);
    }
    const callScope = new Scope(scope, thisValue, scope.module);
    this.bindParameters(declaration.parameters, args, callScope);

    const body = declaration.body;
    if (!body) {
      return undefined;
    }
    this.callDepth += 1;
    try {
      if (!ts.isBlock(body)) {
        return this.evaluate(body, callScope);
      }
      const completion = this.executeStatements(body.statements, callScope);
      return completion ? completion.value : undefined;
    } finally {
      this.callDepth -= 1;
    }
  }

  bindParameters(parameters, args, scope) {
    parameters.forEach((parameter, index) => {
      let value = args[index];
      if (value === undefined && parameter.initializer) {
        value = this.evaluate(parameter.initializer, scope);
      }
      if (ts.isIdentifier(parameter.name)) {
        scope.variables.set(parameter.name.text, value);
      } else if (ts.isObjectBindingPattern(parameter.name)) {
        for (const element of parameter.name.elements) {
          const key = (element.propertyName || element.name).text;
          scope.variables.set(element.name.text, value ? value[key] : undefined);
        }
      }
    });
  }

  evaluateBinary(node, scope) {
    const operator = node.operatorToken.kind;

    if (operator === K.EqualsToken || operator === K.PlusEqualsToken || operator === K.MinusEqualsToken) {
      return this.evaluateAssignment(node, scope);
    }
    if (operator === K.AmpersandAmpersandToken) {
      const left = this.evaluate(node.left, scope);
      return this.truthy(left) ? this.evaluate(node.right, scope) : left;
    }
    if (operator === K.BarBarToken) {
      const left = this.evaluate(node.left, scope);
      return this.truthy(left) ? left : this.evaluate(node.right, scope);
    }
    if (operator === K.QuestionQuestionToken) {
      const left = this.evaluate(node.left, scope);
      return left === null || left === undefined ? this.evaluate(node.right, scope) : left;
    }

    const left = this.comparable(this.evaluate(node.left, scope));
    const right = this.comparable(this.evaluate(node.right, scope));
    switch (operator) {
      case K.PlusToken:
        return typeof left === 'string' || typeof right === 'string'
          ? this.stringify(left) + this.stringify(right)
          : left + right;
      case K.MinusToken:
        return left - right;
      case K.AsteriskToken:
        return left * right;
      case K.SlashToken:
        return left / right;
      case K.PercentToken:
        return left % right;
      case K.EqualsEqualsEqualsToken:
        return left === right;
      case K.ExclamationEqualsEqualsToken:
        return left !== right;
      case K.EqualsEqualsToken:
        // eslint-disable-next-line eqeqeq
        return left == right;
      case K.ExclamationEqualsToken:
        // eslint-disable-next-line eqeqeq
        return left != right;
      case K.LessThanToken:
        return left < right;
      case K.GreaterThanToken:
        return left > right;
      case K.LessThanEqualsToken:
        return left <= right;
      case K.GreaterThanEqualsToken:
        return left >= right;
      default:
        throw this.fail(`the card interpreter does not support the operator ${K[operator]}`, node, scope);
    }
  }

  /** Lets two reads of the same enum member compare equal, as they do in ArkTS. */
  comparable(value) {
    return value instanceof EnumValue ? value.toString() : value;
  }

  evaluateAssignment(node, scope) {
    const operator = node.operatorToken.kind;
    let value = this.evaluate(node.right, scope);
    if (operator !== K.EqualsToken) {
      const current = this.evaluate(node.left, scope);
      value = operator === K.PlusEqualsToken ? current + value : current - value;
    }

    const target = node.left;
    if (ts.isIdentifier(target)) {
      const found = scope.lookup(target.text);
      if (!found.found) {
        throw this.fail(`cannot assign to '${target.text}', which is not a local variable`, node, scope);
      }
      found.scope.variables.set(target.text, value);
      return value;
    }
    if (ts.isPropertyAccessExpression(target)) {
      const object = this.evaluate(target.expression, scope);
      const name = target.name.text;
      if (object instanceof StructInstance) {
        if (!object.fields.has(name)) {
          throw this.fail(`struct ${object.name} has no field '${name}'`, node, scope);
        }
        object.fields.set(name, value);
        object.changed = true;
        return value;
      }
      if (object && typeof object === 'object' && !Object.isFrozen(object)) {
        object[name] = value;
        return value;
      }
    }
    throw this.fail('the card interpreter cannot assign to this target', node, scope);
  }

  evaluatePrefixUnary(node, scope) {
    const operator = node.operator;
    if (operator === K.PlusPlusToken || operator === K.MinusMinusToken) {
      const updated = this.evaluate(node.operand, scope) + (operator === K.PlusPlusToken ? 1 : -1);
      this.assignTo(node.operand, updated, node, scope);
      return updated;
    }
    const value = this.evaluate(node.operand, scope);
    switch (operator) {
      case K.ExclamationToken:
        return !this.truthy(value);
      case K.MinusToken:
        return -value;
      case K.PlusToken:
        return +value;
      default:
        throw this.fail(`the card interpreter does not support the unary operator ${K[operator]}`, node, scope);
    }
  }

  evaluatePostfixUnary(node, scope) {
    const previous = this.evaluate(node.operand, scope);
    const updated = previous + (node.operator === K.PlusPlusToken ? 1 : -1);
    this.assignTo(node.operand, updated, node, scope);
    return previous;
  }

  assignTo(target, value, node, scope) {
    if (ts.isIdentifier(target)) {
      const found = scope.lookup(target.text);
      if (found.found) {
        found.scope.variables.set(target.text, value);
        return;
      }
    }
    if (ts.isPropertyAccessExpression(target)) {
      const object = this.evaluate(target.expression, scope);
      if (object instanceof StructInstance && object.fields.has(target.name.text)) {
        object.fields.set(target.name.text, value);
        object.changed = true;
        return;
      }
    }
    throw this.fail('the card interpreter cannot update this target', node, scope);
  }

  evaluateObjectLiteral(node, scope) {
    const result = {};
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        result[this.propertyName(property.name, scope)] = this.evaluate(property.initializer, scope);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        result[property.name.text] = this.evaluateIdentifier(property.name, scope);
      } else if (ts.isSpreadAssignment(property)) {
        Object.assign(result, this.evaluate(property.expression, scope));
      } else {
        throw this.fail(`the card interpreter does not support ${K[property.kind]} in object literals`, property, scope);
      }
    }
    return result;
  }

  propertyName(nameNode, scope) {
    if (ts.isIdentifier(nameNode) || ts.isStringLiteral(nameNode) || ts.isNumericLiteral(nameNode)) {
      return nameNode.text;
    }
    if (ts.isComputedPropertyName(nameNode)) {
      return String(this.evaluate(nameNode.expression, scope));
    }
    throw this.fail('unsupported property name', nameNode, scope);
  }

  evaluateArrayLiteral(node, scope) {
    const result = [];
    for (const element of node.elements) {
      if (ts.isSpreadElement(element)) {
        result.push(...this.evaluate(element.expression, scope));
      } else {
        result.push(this.evaluate(element, scope));
      }
    }
    return result;
  }

  truthy(value) {
    return Boolean(value);
  }

  // ---- Statements of plain functions and click handlers ----

  /** Runs statements. Returns `{ value }` when a return statement ran, otherwise undefined. */
  executeStatements(statements, scope) {
    for (const statement of statements) {
      const completion = this.executeStatement(statement, scope);
      if (completion) {
        return completion;
      }
    }
    return undefined;
  }

  executeStatement(statement, scope) {
    this.tick(statement, scope.module);

    switch (statement.kind) {
      case K.ExpressionStatement:
        this.evaluate(statement.expression, scope);
        return undefined;
      case K.VariableStatement:
        for (const declaration of statement.declarationList.declarations) {
          const value = declaration.initializer ? this.evaluate(declaration.initializer, scope) : undefined;
          this.bindParameters([{ name: declaration.name }], [value], scope);
        }
        return undefined;
      case K.ReturnStatement:
        return { value: statement.expression ? this.evaluate(statement.expression, scope) : undefined };
      case K.IfStatement:
        if (this.truthy(this.evaluate(statement.expression, scope))) {
          return this.executeStatement(statement.thenStatement, scope.child());
        }
        return statement.elseStatement ? this.executeStatement(statement.elseStatement, scope.child()) : undefined;
      case K.Block:
        return this.executeStatements(statement.statements, scope.child());
      case K.ForOfStatement:
        return this.executeForOf(statement, scope);
      case K.EmptyStatement:
        return undefined;
      default:
        throw this.fail(`the card interpreter does not support ${K[statement.kind]} statements`, statement, scope);
    }
  }

  executeForOf(statement, scope) {
    const iterable = this.evaluate(statement.expression, scope);
    const declaration = statement.initializer.declarations[0];
    for (const item of iterable) {
      const loopScope = scope.child();
      this.bindParameters([{ name: declaration.name }], [item], loopScope);
      const completion = this.executeStatement(statement.statement, loopScope);
      if (completion) {
        return completion;
      }
    }
    return undefined;
  }

  /** Runs an onClick closure with postCardAction enabled. */
  runClickHandler(closure) {
    this.inClickHandler = true;
    try {
      return this.callFunction(closure, [{ type: 'click' }], closure.node, closure.scope);
    } finally {
      this.inClickHandler = false;
    }
  }
}

module.exports = {
  Interpreter,
  Scope,
  StructInstance,
  EnumNamespace,
  ModuleStatic,
  decoratorsOf,
  decoratorName,
};
