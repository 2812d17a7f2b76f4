'use strict';

// Valid ArkTS that DevEco Studio builds must pass every rule: ForEach with inline component
// blocks, @Builder with parameters, @Styles, @Extend, template literals, child components with
// @Link and @BuilderParam, and `$` state variable references. Each case replaces the card page
// or the Index page of the clean fixture.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');

const { checkEdited } = require('../testing');

const CARD = 'entry/src/main/ets/widget/pages/Card.ets';

function describeFindings(findings) {
  return findings.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n') || 'no findings';
}

/** Wraps `members` and the `body` of build() into a card page with the fixture's binding keys. */
function cardPage({ header = '', members = '', body }) {
  return `${header}let storage = new LocalStorage();

@Entry(storage)
@Component
struct Card {
  @LocalStorageProp('formId') formId: string = '';
  @LocalStorageProp('title') title: string = '';
${members}
  build() {
    Column({ space: 6 }) {
${body}
      Button($r('app.string.card_sync'))
        .width('100%')
        .onClick(() => {
          postCardAction(this, {
            action: 'call',
            abilityName: 'EntryAbility',
            params: { method: 'sync', formId: this.formId }
          });
        })
    }
    .onClick(() => {
      postCardAction(this, { action: 'router', abilityName: 'EntryAbility', params: { formId: this.formId } });
    })
  }
}
`;
}

const CASES = {
  'ForEach with inline blocks': {
    members: "  @State items: string[] = ['steps', 'sleep'];\n",
    body: [
      '      List({ space: 4 }) {',
      '        ForEach(this.items, (item: string, index: number) => {',
      '          ListItem() {',
      '            Row() {',
      '              Text(`${index + 1}. ${item}`)',
      '              Blank()',
      '            }',
      '          }',
      '        }, (item: string) => item)',
      '      }',
      '      ForEach(this.items, (item: string) => {',
      '        if (item.length > 4) {',
      '          Row() {',
      '            Text(item).fontSize(10)',
      '          }',
      '        } else {',
      '          Text(item)',
      '        }',
      '      })'
    ].join('\n')
  },

  '@Builder, @Styles and @Extend': {
    header: [
      'interface BadgeParams {',
      '  label: string;',
      '  count: number;',
      '}',
      '',
      '@Styles',
      'function cardFrame() {',
      "  .width('100%')",
      '  .padding(8)',
      '  .borderRadius(12)',
      "  .backgroundColor($r('app.color.background'))",
      '}',
      '',
      '@Extend(Text)',
      'function caption(size: number, color: ResourceColor) {',
      '  .fontSize(size)',
      '  .fontColor(color)',
      '  .maxLines(1)',
      '}',
      '',
      '@Builder',
      'function badge(params: BadgeParams) {',
      '  Row({ space: 4 }) {',
      '    Text(params.label).caption(12, Color.Gray)',
      '    Text(`${params.count}`).caption(12, Color.Black)',
      '  }',
      '}',
      '',
      ''
    ].join('\n'),
    members: [
      '  @State pressed: boolean = false;',
      '',
      '  @Styles',
      '  dimmed() {',
      '    .opacity(0.6)',
      '  }',
      '',
      '  @Builder',
      '  line(label: string, value: number) {',
      '    Row() {',
      '      Text(`${label}: ${value > 0 ? `+${value.toFixed(1)}` : \'-\'}`).layoutWeight(1)',
      '    }',
      '    .dimmed()',
      '  }',
      ''
    ].join('\n'),
    body: [
      "      Text(`Last: ${this.title} (${this.formId.length > 0 ? this.formId : 'none'})`)",
      '        .caption(14, Color.Black)',
      "      badge({ label: 'rows', count: this.title.length })",
      "      this.line('steps', 2.5)",
      '      Stack() {',
      "        Image($r('app.media.app_icon')).width(24).height(24).objectFit(ImageFit.Contain)",
      '        LoadingProgress().width(16).visibility(this.pressed ? Visibility.Visible : Visibility.None)',
      '      }',
      '      .cardFrame()',
      '      .stateStyles({ pressed: { .opacity(0.5) }, normal: { .opacity(1) } })'
    ].join('\n')
  },

  'child component with @Link and @BuilderParam': {
    header: [
      '@Component',
      'struct CountRow {',
      "  @Prop label: string = '';",
      '  @Link count: number;',
      '  @BuilderParam content: () => void = this.placeholder;',
      '',
      '  @Builder',
      '  placeholder() {',
      '    Blank()',
      '  }',
      '',
      '  build() {',
      '    Flex({ direction: FlexDirection.Row, justifyContent: FlexAlign.SpaceBetween, alignItems: ItemAlign.Center }) {',
      '      Text() {',
      '        Span(this.label).fontWeight(FontWeight.Medium)',
      '        Span(` x${this.count}`)',
      '      }',
      '      this.content()',
      '      Divider().vertical(true).height(12)',
      '    }',
      '  }',
      '}',
      '',
      ''
    ].join('\n'),
    members: [
      "  @LocalStorageProp('state') @Watch('onState') state: string = '';",
      '  @State count: number = 0;',
      '',
      '  onState(): void {',
      '    this.count = this.state.length;',
      '  }',
      ''
    ].join('\n'),
    body: [
      '      CountRow({ label: this.title, count: this.count }) {',
      "        Text('slot')",
      '      }',
      '      if (this.count > 2) {',
      "        Text(`${this.count} ${this.count === 1 ? 'item' : 'items'}`)",
      '      } else if (this.count === 0) {',
      "        Text('none')",
      '      }'
    ].join('\n')
  }
};

describe('valid ArkTS in a card page', () => {
  for (const [name, parts] of Object.entries(CASES)) {
    it(`accepts ${name}`, () => {
      const findings = checkEdited('clean', {
        [CARD]: cardPage(parts),
        // The third case reads a 'state' key, so the producer must send one.
        'lib/src/main/ets/CardData.ets': "export class CardData {\n  formId: string = '';\n  title: string = '';\n  state: string = '';\n}\n"
      });
      assert.deepEqual(findings, [], describeFindings(findings));
    });
  }

  it('type-checks inside a ForEach block', () => {
    const findings = checkEdited('clean', {
      [CARD]: cardPage({
        members: "  @State items: string[] = ['steps'];\n",
        body: '      ForEach(this.items, (item: string) => {\n        Row() {\n          Text(item).fontSizes(10)\n        }\n      })'
      })
    }, { rules: ['compile'] });
    assert.equal(findings.length, 1, describeFindings(findings));
    assert.match(findings[0].message, /^TS2551: Property 'fontSizes' does not exist/);
  });
});

describe('state variable references', () => {
  const PAGE = 'entry/src/main/ets/pages/Index.ets';

  function pageWith(lines) {
    return [
      '@Component',
      'struct Child {',
      '  @Link count: number;',
      '',
      '  build() {',
      '    Text(`${this.count}`)',
      '  }',
      '}',
      '',
      '@Entry',
      '@Component',
      'struct Index {',
      '  @State count: number = 0;',
      '  @State on: boolean = false;',
      "  @State text: string = '';",
      '',
      '  build() {',
      '    Column() {',
      ...lines.map((line) => `      ${line}`),
      '    }',
      '  }',
      '}',
      ''
    ].join('\n');
  }

  it('accepts $name and $$this.name', () => {
    const findings = checkEdited('clean', {
      [PAGE]: pageWith([
        'Child({ count: $count })',
        'Toggle({ type: ToggleType.Switch, isOn: $$this.on })',
        'TextInput({ text: $$this.text })'
      ])
    }, { rules: ['compile', 'linter'] });
    assert.deepEqual(findings, [], describeFindings(findings));
  });

  it('reports names the struct lacks', () => {
    const findings = checkEdited('clean', {
      [PAGE]: pageWith(['Child({ count: $counter })', 'Toggle({ type: ToggleType.Switch, isOn: $$this.off })'])
    }, { rules: ['compile'] });
    assert.equal(findings.length, 2, describeFindings(findings));
    assert.match(findings[0].message, /^TS(2304|2552): Cannot find name '\$counter'/);
    assert.match(findings[1].message, /^TS2304: Cannot find name '\$\$this'/);
  });
});
