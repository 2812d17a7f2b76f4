'use strict';

// callee-on-create and callee-off-destroy: where a UIAbility registers and releases the
// callee that a card's 'call' event reaches. Each case replaces the clean fixture's
// EntryAbility, so only the lifecycle methods differ.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');

const { replace, checkEdited } = require('../testing');

const ABILITY = 'entry/src/main/ets/entryability/EntryAbility.ets';
const ONLY = { rules: ['callee-lifecycle', 'compile'] };

const HEADER = `import { AbilityConstant, UIAbility, Want } from '@kit.AbilityKit';
import { window } from '@kit.ArkUI';
import { rpc } from '@kit.IPCKit';
import { SYNC_METHOD } from 'lib';

class EmptyReply implements rpc.Parcelable {
  marshalling(dataOut: rpc.MessageSequence): boolean {
    return true;
  }

  unmarshalling(dataIn: rpc.MessageSequence): boolean {
    return true;
  }
}

function reply(data: rpc.MessageSequence): rpc.Parcelable {
  return new EmptyReply();
}
`;

const OFF = `
  onDestroy(): void {
    this.callee.off(SYNC_METHOD);
  }
`;

/** Builds EntryAbility.ets from class members. */
function ability(members, extra = '') {
  return `${HEADER}${extra}
export default class EntryAbility extends UIAbility {
${members}
}
`;
}

function describeFindings(findings) {
  return findings.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`).join('\n') || 'no findings';
}

function check(edits) {
  return checkEdited('clean', edits, ONLY);
}

describe('callee-on-create', () => {
  it('accepts registration in onCreate', () => {
    assert.deepEqual(check({}), []);
  });

  it('reports registration in onWindowStageCreate', () => {
    const findings = check({ [ABILITY]: ability(`
  onWindowStageCreate(windowStage: window.WindowStage): void {
    this.callee.on(SYNC_METHOD, reply);
  }
${OFF}`) });
    const late = findings.filter((d) => d.rule === 'callee-on-create');
    assert.equal(late.length, 1, describeFindings(findings));
    assert.equal(late[0].file, ABILITY);
    assert.equal(late[0].line, 23);
    assert.match(late[0].message, /callee\.on\('sync'\) in EntryAbility\.onWindowStageCreate is not reached from onCreate of a UIAbility \(EntryAbility\)/);
    assert.equal(late[0].severity, 'error');
  });

  it('reports registration in onForeground', () => {
    const findings = check({ [ABILITY]: ability(`
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
  }

  onForeground(): void {
    this.callee.on(SYNC_METHOD, reply);
  }
${OFF}`) });
    assert.equal(findings.filter((d) => d.rule === 'callee-on-create').length, 1, describeFindings(findings));
  });

  it('follows a private method called from onCreate', () => {
    const findings = check({ [ABILITY]: ability(`
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
    this.registerCallee();
  }

  private registerCallee(): void {
    try {
      this.callee.on(SYNC_METHOD, reply);
    } catch (error) {
      this.registerCallee();
    }
  }
${OFF}`) });
    assert.deepEqual(findings, []);
  });

  it('reports a method that only onForeground calls', () => {
    const findings = check({ [ABILITY]: ability(`
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
  }

  onForeground(): void {
    this.registerCallee();
  }

  private registerCallee(): void {
    this.callee.on(SYNC_METHOD, reply);
  }
${OFF}`) });
    const late = findings.filter((d) => d.rule === 'callee-on-create');
    assert.equal(late.length, 1, describeFindings(findings));
    assert.match(late[0].message, /in EntryAbility\.registerCallee is not reached/);
  });

  it('follows a HAR function two calls deep', () => {
    const findings = check({
      'lib/src/main/ets/Callee.ets': `import { rpc } from '@kit.IPCKit';
import { Callee } from '@kit.AbilityKit';

function registerOne(callee: Callee, method: string, callback: (data: rpc.MessageSequence) => rpc.Parcelable): void {
  callee.on(method, callback);
}

export function registerAll(callee: Callee, callback: (data: rpc.MessageSequence) => rpc.Parcelable): void {
  registerOne(callee, 'sync', callback);
}
`,
      'lib/Index.ets': (text) => `${text}export { registerAll } from './src/main/ets/Callee';\n`,
      [ABILITY]: ability(`
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
    registerAll(this.callee, reply);
  }
${OFF}`).replace("import { SYNC_METHOD } from 'lib';", "import { SYNC_METHOD, registerAll } from 'lib';")
    });
    assert.deepEqual(findings.filter((d) => d.rule !== 'callee-off-destroy'), []);
  });

  it('reports a HAR function that onCreate never calls', () => {
    const findings = check({
      'lib/src/main/ets/Callee.ets': `import { rpc } from '@kit.IPCKit';
import { Callee } from '@kit.AbilityKit';

export function registerLate(callee: Callee, callback: (data: rpc.MessageSequence) => rpc.Parcelable): void {
  callee.on('late', callback);
}
`,
      'lib/Index.ets': (text) => `${text}export { registerLate } from './src/main/ets/Callee';\n`
    });
    const late = findings.filter((d) => d.rule === 'callee-on-create');
    assert.equal(late.length, 1, describeFindings(findings));
    assert.equal(late[0].file, 'lib/src/main/ets/Callee.ets');
    assert.match(late[0].message, /callee\.on\('late'\) in registerLate is not reached/);
  });

  it('follows an onCreate inherited from a project base class', () => {
    const findings = check({
      'entry/src/main/ets/entryability/BaseAbility.ets': `import { AbilityConstant, UIAbility, Want } from '@kit.AbilityKit';
import { rpc } from '@kit.IPCKit';

export class BaseAbility extends UIAbility {
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
    this.callee.on('sync', (data: rpc.MessageSequence): rpc.Parcelable => this.handle(data));
  }

  onDestroy(): void {
    this.callee.off('sync');
  }

  handle(data: rpc.MessageSequence): rpc.Parcelable {
    throw new Error('not implemented');
  }
}
`,
      [ABILITY]: `import { rpc } from '@kit.IPCKit';
import { BaseAbility } from './BaseAbility';

class EmptyReply implements rpc.Parcelable {
  marshalling(dataOut: rpc.MessageSequence): boolean {
    return true;
  }

  unmarshalling(dataIn: rpc.MessageSequence): boolean {
    return true;
  }
}

export default class EntryAbility extends BaseAbility {
  handle(data: rpc.MessageSequence): rpc.Parcelable {
    return new EmptyReply();
  }
}
`
    });
    assert.deepEqual(findings, []);
  });

  it('accepts registration in a forEach callback of onCreate', () => {
    const findings = check({ [ABILITY]: ability(`
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
    [SYNC_METHOD, 'refresh'].forEach((method: string) => {
      this.callee.on(method, reply);
    });
  }

  onDestroy(): void {
    [SYNC_METHOD, 'refresh'].forEach((method: string) => {
      this.callee.off(method);
    });
  }`) });
    assert.deepEqual(findings, []);
  });

  it('reports registration when module.json5 declares no UIAbility', () => {
    const findings = check({
      'entry/src/main/module.json5': (text) => text.replace(/"abilities": \[[\s\S]*?\n {4}\],\n/, '')
    });
    const late = findings.filter((d) => d.rule === 'callee-on-create');
    assert.equal(late.length, 1, describeFindings(findings));
    assert.match(late[0].message, /\(none declared in module\.json5\)/);
  });

  it('stays quiet while a srcEntry is missing', () => {
    // config-src-entry reports the path; the ability behind it may be the one that registers.
    const findings = check({
      'entry/src/main/module.json5': replace('"srcEntry": "./ets/entryability/EntryAbility.ets"', '"srcEntry": "./ets/entryability/MainAbility.ets"'),
      [ABILITY]: ability(`
  onForeground(): void {
    this.callee.on(SYNC_METHOD, reply);
  }`)
    });
    assert.deepEqual(findings.filter((d) => d.rule === 'callee-on-create'), []);
  });

  it('ignores registrations in test sources', () => {
    const findings = check({
      'entry/src/test/Callee.test.ets': `import { Callee } from '@kit.AbilityKit';
import { rpc } from '@kit.IPCKit';

export function registerOnMock(callee: Callee, callback: (data: rpc.MessageSequence) => rpc.Parcelable): void {
  callee.on('sync', callback);
}
`
    });
    assert.deepEqual(findings, []);
  });
});

describe('callee-off-destroy', () => {
  const ON_CREATE = `
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
    this.callee.on(SYNC_METHOD, reply);
  }
`;

  it('warns without onDestroy', () => {
    const findings = check({ [ABILITY]: ability(ON_CREATE) });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.equal(findings[0].rule, 'callee-off-destroy');
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].line, 23);
    assert.match(findings[0].message, /EntryAbility registers 'sync' with callee\.on in onCreate, but it has no onDestroy/);
  });

  it('warns when onDestroy releases another method', () => {
    const findings = check({ [ABILITY]: ability(`${ON_CREATE}
  onDestroy(): void {
    this.callee.off('refresh');
  }`) });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.match(findings[0].message, /its onDestroy never calls callee\.off\('sync'\)/);
  });

  it('warns when only onBackground releases it', () => {
    const findings = check({ [ABILITY]: ability(`${ON_CREATE}
  onDestroy(): void {
  }

  onBackground(): void {
    this.callee.off(SYNC_METHOD);
  }`) });
    assert.equal(findings.filter((d) => d.rule === 'callee-off-destroy').length, 1, describeFindings(findings));
  });

  it('follows a helper called from onDestroy', () => {
    const findings = check({ [ABILITY]: ability(`${ON_CREATE}
  onDestroy(): void {
    this.release();
  }

  private release(): void {
    this.callee.off(SYNC_METHOD);
  }`) });
    assert.deepEqual(findings, []);
  });

  it('accepts off with a method it cannot read', () => {
    const findings = check({
      [ABILITY]: replace('this.callee.off(SYNC_METHOD);', 'this.callee.off(this.method());')(ability(`${ON_CREATE}${OFF}
  private method(): string {
    return SYNC_METHOD;
  }`))
    });
    assert.deepEqual(findings, []);
  });
});
