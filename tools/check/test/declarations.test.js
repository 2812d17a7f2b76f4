'use strict';

// The project's own declarations in tools/declarations: they compile without errors, and
// the app can use exactly what they declare.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const ts = require('ohos-typescript');

const { loadProject } = require('../lib/project');
const { createProjectProgram } = require('../lib/program');
const { fixturePath, replace, checkEdited } = require('../testing');

const ABILITY = 'entry/src/main/ets/entryability/EntryAbility.ets';

function withHealthCall(call) {
  return {
    [ABILITY]: (text) => `import { healthStore } from '@kit.HealthServiceKit';\n${replace(
      '  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {\n',
      `  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {\n    ${call}\n`
    )(text)}`
  };
}

describe('project declarations', () => {
  it('compile without errors', () => {
    // skipLibCheck is on for the SDK; turn it off to check our own .d.ts files.
    const { program, declarationFiles } = createProjectProgram(loadProject(fixturePath('clean')), { optionOverrides: { skipLibCheck: false } });
    assert.ok(declarationFiles.length > 0);
    for (const file of declarationFiles) {
      const sourceFile = program.getSourceFile(file);
      assert.ok(sourceFile, `${file} is not part of the program`);
      const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
      assert.deepEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')), [], file);
    }
  });

  it('declare healthStore.syncAll', () => {
    const findings = checkEdited('clean', withHealthCall('healthStore.syncAll().catch(() => {});'), { rules: ['compile'] });
    assert.deepEqual(findings.filter((d) => d.severity === 'error'), []);
  });

  it('reject an undeclared member', () => {
    const findings = checkEdited('clean', withHealthCall('healthStore.syncEverything();'), { rules: ['compile'] });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^TS2339: Property 'syncEverything' does not exist/);
  });

  it('type the cloudsync scope request', () => {
    const findings = checkEdited('clean', withHealthCall(
      "const request: healthStore.AuthorizationRequest = { readDataTypes: [], writeDataTypes: [], scopes: ['https://www.huawei.com/healthkit/huaweihealthdata.cloudsync'] };"
    ), { rules: ['compile', 'linter'] });
    assert.deepEqual(findings.filter((d) => d.severity === 'error'), []);
  });
});

// TS28040 comes from ohos-typescript's checker, for a call to a function whose declaration has
// a `@throws` tag. Such a call counts as handled only inside a try/catch of the same function,
// with a `.catch(...)` on it, or under a `@throws` tag of the enclosing function or method.
describe('TS28040 on documented throws', () => {
  const HEADER = "import { healthStore } from '@kit.HealthServiceKit';\n\n";
  const CASES = [
    ['warns on a bare await', 'export class G {\n  async sync(): Promise<void> {\n    await healthStore.syncAll();\n  }\n}\n', 1],
    ['accepts a @throws tag on the method', 'export class G {\n  /**\n   * Rejects with the error of healthStore.syncAll.\n   *\n   * @throws { BusinessError } the codes of healthStore.syncAll.\n   */\n  async sync(): Promise<void> {\n    await healthStore.syncAll();\n  }\n}\n', 0],
    ['accepts a try/catch', 'export class G {\n  async sync(): Promise<boolean> {\n    try {\n      await healthStore.syncAll();\n      return true;\n    } catch (e) {\n      return false;\n    }\n  }\n}\n', 0],
    ['accepts a .catch', 'export class G {\n  sync(): Promise<boolean> {\n    return healthStore.syncAll().then(() => true).catch(() => false);\n  }\n}\n', 0]
  ];
  for (const [name, code, expected] of CASES) {
    it(name, () => {
      const findings = checkEdited('clean', { 'entry/src/main/ets/entryability/Gateway.ets': HEADER + code }, { rules: ['compile'] });
      assert.equal(findings.filter((d) => /^TS28040:/.test(d.message)).length, expected, findings.map((d) => d.message).join('\n'));
      assert.deepEqual(findings.filter((d) => d.severity === 'error'), []);
    });
  }
});

describe('declaration additions', () => {
  const fs = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');
  const { PROJECT_DECLARATIONS_DIR } = require('../lib/paths');
  const { check } = require('../index');
  const { copyFixture, removeCopy } = require('../testing');

  const USE = 'const shape: formInfo.FormShape = formInfo.FormShape.TEST_ONLY_SHAPE;\n';
  const EDITS = {
    'entry/src/main/ets/entryformability/EntryFormAbility.ets': (text) => replace("import { formBindingData, FormExtensionAbility } from '@kit.FormKit';", "import { formBindingData, FormExtensionAbility, formInfo } from '@kit.FormKit';")(text) + USE
  };

  function compileErrors(declarationsDir) {
    const dir = copyFixture('clean', EDITS);
    try {
      return check({ projectDir: dir, rules: ['compile'], declarationsDir }).diagnostics.filter((d) => d.severity === 'error');
    } finally {
      removeCopy(dir);
    }
  }

  it('add members to an SDK module', () => {
    const declarationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-declarations-'));
    try {
      fs.cpSync(PROJECT_DECLARATIONS_DIR, declarationsDir, { recursive: true });
      fs.mkdirSync(path.join(declarationsDir, 'additions'), { recursive: true });
      // Appended, so that the project's own additions to formInfo stay in place.
      fs.appendFileSync(path.join(declarationsDir, 'additions', '@ohos.app.form.formInfo.d.ts'),
        '\ndeclare namespace formInfo {\n  enum FormShape {\n    TEST_ONLY_SHAPE = 99\n  }\n}\n');
      assert.deepEqual(compileErrors(declarationsDir).map((d) => d.message), []);
    } finally {
      fs.rmSync(declarationsDir, { recursive: true, force: true });
    }
  });

  it('declare the API 18 watch dimensions', () => {
    const findings = checkEdited('clean', {
      'entry/src/main/ets/entryformability/EntryFormAbility.ets': (text) => replace("import { formBindingData, FormExtensionAbility } from '@kit.FormKit';", "import { formBindingData, FormExtensionAbility, formInfo } from '@kit.FormKit';")(text)
        + 'export const WATCH_DIMENSIONS: formInfo.FormDimension[] = [formInfo.FormDimension.DIMENSION_2_3, formInfo.FormDimension.DIMENSION_3_3];\n'
        + 'export const TALL_WATCH: number = formInfo.FormDimension.DIMENSION_2_3 + formInfo.FormDimension.Dimension_2_4;\n'
        + 'export const MISSPELLED: formInfo.FormDimension = formInfo.FormDimension.Dimension_2_3;\n'
    }, { rules: ['compile', 'linter'] });
    const errors = findings.filter((d) => d.severity === 'error');
    // Only the misspelling fails: the SDK spells the API 18 members in capitals.
    assert.equal(errors.length, 1, errors.map((d) => d.message).join('\n'));
    assert.match(errors[0].message, /TS2551: Property 'Dimension_2_3' does not exist on type 'typeof FormDimension'/);
  });

  it('number the watch dimensions 8 and 9', () => {
    const { program } = createProjectProgram(loadProject(fixturePath('clean')));
    const checker = program.getTypeChecker();
    const formInfoFile = program.getSourceFiles().find((file) => file.fileName.endsWith('@ohos.app.form.formInfo.d.ts'));
    const values = {};
    const visit = (node) => {
      if (ts.isEnumMember(node) && ts.isIdentifier(node.name) && /^DIMENSION_[23]_3$/.test(node.name.text)) {
        values[node.name.text] = checker.getConstantValue(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(formInfoFile);
    // The numbers that onAddForm receives as DIMENSION_KEY for the two watch sizes.
    assert.deepEqual(values, { DIMENSION_2_3: 8, DIMENSION_3_3: 9 });
  });

  it('reject an unknown module name', () => {
    const declarationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-declarations-'));
    try {
      fs.mkdirSync(path.join(declarationsDir, 'additions'));
      fs.writeFileSync(path.join(declarationsDir, 'additions', '@ohos.app.form.formInfos.d.ts'), 'declare namespace formInfos {}\n');
      assert.throws(() => compileErrors(declarationsDir), /adds to '@ohos.app.form.formInfos', which is not a module of @arkts\/declarations/);
    } finally {
      fs.rmSync(declarationsDir, { recursive: true, force: true });
    }
  });

  it('fail without the addition', () => {
    const errors = compileErrors(PROJECT_DECLARATIONS_DIR);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /TEST_ONLY_SHAPE/);
  });
});
