'use strict';

// postCardAction targets must exist where the Form Manager looks for them. Each failure is
// silent on the device, because the tap just does nothing. The rules come from the Form Kit
// guide (OpenHarmony docs, application-dev/form, the router and call events).
// - abilityName names a UIAbility of the app whose launchType is singleton (the default);
// - a 'call' needs ohos.permission.KEEP_BACKGROUND_RUNNING in requestPermissions;
// - a 'call' needs params.method as a string that some ability registers with callee.on;
// - a static card (`"isDynamic": false` in form_config.json) cannot use postCardAction.

const ts = require('ohos-typescript');

const { diagnosticAtNode } = require('../lib/diagnostics');
const { stringValueOf, propertyOf } = require('../lib/literals');
const { listCardPages } = require('../lib/forms');
const { findModuleOfFile } = require('../lib/program');

const KEEP_BACKGROUND_RUNNING = 'ohos.permission.KEEP_BACKGROUND_RUNNING';

function isNamedCall(node, name) {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name;
}

/** True for `<anything>.callee.on(...)` and `callee.on(...)`. */
function isCalleeOn(node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'on') {
    return false;
  }
  const target = node.expression.expression;
  return (ts.isPropertyAccessExpression(target) && target.name.text === 'callee') || (ts.isIdentifier(target) && target.text === 'callee');
}

function forEachNode(sourceFile, visit) {
  const walk = (node) => {
    visit(node);
    ts.forEachChild(node, walk);
  };
  walk(sourceFile);
}

/** Collects the method names registered with callee.on anywhere in the project. */
function collectCalleeMethods(program, files, checker) {
  const methods = new Map();
  for (const fileName of files) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) {
      continue;
    }
    forEachNode(sourceFile, (node) => {
      if (isCalleeOn(node)) {
        const method = stringValueOf(checker, node.arguments[0]);
        if (method !== undefined) {
          methods.set(method, fileName);
        }
      }
    });
  }
  return methods;
}

/** Lists the UIAbilities of every module: Map<name, { ability, module }>. */
function collectAbilities(project) {
  const abilities = new Map();
  for (const module of project.modules) {
    for (const ability of module.info.abilities) {
      abilities.set(ability.name, { ability, module });
    }
  }
  return abilities;
}

function requestsPermission(module, permission) {
  return module.info.requestPermissions.some((entry) => entry.name === permission);
}

function checkAction(context, sourceFile, call, checker, abilities, calleeMethods) {
  const findings = [];
  const report = (node, rule, message) => findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), rule, message));
  const options = call.arguments[1];
  if (!options || !ts.isObjectLiteralExpression(options)) {
    return findings;
  }
  const actionNode = propertyOf(options, 'action');
  const action = stringValueOf(checker, actionNode);
  const abilityNode = propertyOf(options, 'abilityName');
  const abilityName = stringValueOf(checker, abilityNode);

  if (action === 'router' || action === 'call') {
    if (!abilityNode) {
      report(options, 'card-action-ability', `a '${action}' action needs abilityName`);
    } else if (abilityName === undefined) {
      report(abilityNode, 'card-action-ability', 'abilityName must be a string literal or a constant, so the target can be checked');
    } else if (!abilities.has(abilityName)) {
      report(abilityNode, 'card-action-ability', `abilityName '${abilityName}' is not a UIAbility of this app; known: ${[...abilities.keys()].join(', ') || 'none'}`);
    } else {
      const { ability } = abilities.get(abilityName);
      if (ability.launchType !== undefined && ability.launchType !== 'singleton') {
        report(abilityNode, 'card-action-ability', `ability ${abilityName} has launchType '${ability.launchType}'; card actions reach only a singleton UIAbility, so remove launchType or set it to "singleton"`);
      }
    }
  }

  if (action !== 'call') {
    return findings;
  }
  const module = findModuleOfFile(context.project, sourceFile.fileName);
  if (module && !requestsPermission(module, KEEP_BACKGROUND_RUNNING)) {
    report(actionNode, 'card-call-permission', `a 'call' action is dropped unless module ${module.name} lists ${KEEP_BACKGROUND_RUNNING} in requestPermissions of module.json5`);
  }
  const params = propertyOf(options, 'params');
  const methodNode = propertyOf(params, 'method');
  const method = stringValueOf(checker, methodNode);
  if (!methodNode) {
    report(params || options, 'card-call-method', 'a \'call\' action needs params.method, the name the target ability registered with callee.on');
  } else if (method === undefined) {
    report(methodNode, 'card-call-method', 'params.method must be a string literal or a string constant');
  } else if (!calleeMethods.has(method)) {
    const known = [...calleeMethods.keys()];
    report(methodNode, 'card-call-method', `no ability registers method '${method}' with callee.on${known.length > 0 ? `; registered: ${known.join(', ')}` : ''}`);
  }
  return findings;
}

/** Maps each card page file to the names of the static forms (`isDynamic: false`) that use it. */
function collectStaticCardPages(project) {
  const staticPages = new Map();
  for (const { form, srcFile } of listCardPages(project)) {
    if (form.isDynamic === false) {
      staticPages.set(srcFile, [...(staticPages.get(srcFile) || []), form.name]);
    }
  }
  return staticPages;
}

function run(context) {
  const { program, projectFiles } = context.getProgram();
  const checker = program.getTypeChecker();
  const abilities = collectAbilities(context.project);
  const calleeMethods = collectCalleeMethods(program, projectFiles, checker);
  const staticPages = collectStaticCardPages(context.project);
  const findings = [];
  for (const fileName of projectFiles) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile || !sourceFile.text.includes('postCardAction')) {
      continue;
    }
    forEachNode(sourceFile, (node) => {
      if (isNamedCall(node, 'postCardAction')) {
        findings.push(...checkAction(context, sourceFile, node, checker, abilities, calleeMethods));
        if (staticPages.has(fileName)) {
          findings.push(diagnosticAtNode(sourceFile, node.getStart(sourceFile), 'card-action-static',
            `form ${staticPages.get(fileName).join(', ')} is static ("isDynamic": false), and a static card cannot send postCardAction; remove isDynamic or set it to true`));
        }
      }
    });
  }
  return findings;
}

module.exports = { id: 'card-actions', phase: 'card', reports: ['card-action-ability', 'card-call-permission', 'card-call-method', 'card-action-static'], needsProgram: true, run };
