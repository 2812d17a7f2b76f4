'use strict';

// Value types that the card interpreter produces besides plain JavaScript values.

/** A member of an ArkUI enum, such as FlexAlign.Center. */
class EnumValue {
  constructor(enumName, member) {
    this.enumName = enumName;
    this.member = member;
  }

  toString() {
    return `${this.enumName}.${this.member}`;
  }
}

/** A `$r('app.type.name', ...params)` or `$rawfile('name')` reference, resolved when used. */
class ResourceRef {
  constructor(scope, type, name, params, text) {
    this.scope = scope;
    this.type = type;
    this.name = name;
    this.params = params;
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

/** An arrow function or function expression with the scope it was created in. */
class Closure {
  constructor(node, scope, thisValue) {
    this.node = node;
    this.scope = scope;
    this.thisValue = thisValue;
  }
}

/** A method of a struct bound to one instance, as in `this.label()`. */
class BoundMethod {
  constructor(declaration, instance) {
    this.declaration = declaration;
    this.instance = instance;
  }
}

/** A top-level function of a card module (a global `@Builder` or a helper). */
class ModuleFunction {
  constructor(declaration, module) {
    this.declaration = declaration;
    this.module = module;
  }
}

/** A function implemented by the renderer, such as postCardAction or a string method. */
class NativeFunction {
  constructor(name, implementation) {
    this.name = name;
    this.implementation = implementation;
  }
}

/** A failure to interpret a card page, with the position of the node that caused it. */
class RenderError extends Error {
  constructor(message, location) {
    super(location ? `${location} ${message}` : message);
    this.name = 'RenderError';
    this.location = location;
  }
}

module.exports = {
  EnumValue,
  ResourceRef,
  Closure,
  BoundMethod,
  ModuleFunction,
  NativeFunction,
  RenderError,
};
