'use strict';

// Renderer tests on small cards written for them (test/cards/), built only from the documented
// card components, plus inline pages for the error paths.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { renderCard } = require('../render');
const { cardFrame } = require('../render/sizes');
const { toCssColor, toCssLength } = require('../render/units');
const { parseHtml, findAll, styleOf, textOf, classesOf, componentChildren } = require('./helpers/htmlTree');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const CARDS_DIR = path.join(__dirname, 'cards');
const RESOURCES = [path.join(CARDS_DIR, 'resources')];

function render(card, options = {}) {
  const result = renderCard({
    projectRoot: PROJECT_ROOT,
    pagePath: path.join(CARDS_DIR, `${card}.ets`),
    resourceRoots: RESOURCES,
    bindingData: {},
    dimension: '2*2',
    ...options,
  });
  return { ...result, tree: parseHtml(result.html) };
}

function renderSource(source, options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'home-render-'));
  const file = path.join(dir, 'Inline.ets');
  fs.writeFileSync(file, source);
  try {
    const result = renderCard({ projectRoot: PROJECT_ROOT, pagePath: file, resourceRoots: RESOURCES, bindingData: {}, dimension: '2*2', ...options });
    return { ...result, tree: parseHtml(result.html) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function cardRoot(tree) {
  const [frame] = findAll(tree, 'ark-card');
  return componentChildren(frame)[0];
}

test('weather card: Row and Column structure', () => {
  const { tree, notes } = render('WeatherCard');
  assert.deepEqual(notes, []);

  const frame = findAll(tree, 'ark-card')[0];
  assert.equal(styleOf(frame).width, '164px');
  assert.equal(styleOf(frame).height, '164px');

  const column = cardRoot(tree);
  assert.ok(classesOf(column).includes('ark-Column'));
  const columnStyle = styleOf(column);
  assert.equal(columnStyle['flex-direction'], 'column');
  assert.equal(columnStyle['align-items'], 'flex-start');
  assert.equal(columnStyle['justify-content'], 'space-between');
  assert.equal(columnStyle['padding-left'], '12px');
  assert.equal(columnStyle['padding-top'], '10px');
  assert.equal(columnStyle['border-radius'], '16px');

  const [row, temperature, condition] = componentChildren(column);
  assert.ok(classesOf(row).includes('ark-Row'));
  assert.deepEqual(componentChildren(row).map((child) => classesOf(child)[0]), ['ark-Text', 'ark-Blank', 'ark-Image']);

  const image = componentChildren(row)[2];
  assert.equal(image.tag, 'img');
  assert.match(image.attributes.src, /^data:image\/svg\+xml;base64,/);
  assert.equal(styleOf(image)['object-fit'], 'contain');
  assert.equal(styleOf(image).width, '24px');

  assert.equal(textOf(temperature), '26°');
  assert.equal(styleOf(temperature)['font-size'], '40px');
  assert.equal(styleOf(temperature)['font-weight'], '700');
  assert.equal(styleOf(temperature)['margin-top'], '4px');

  assert.equal(textOf(condition), 'Sunny, light breeze');
  assert.equal(styleOf(condition)['white-space'], 'nowrap');
  assert.equal(styleOf(condition)['text-overflow'], 'ellipsis');
});

test('weather card: binding data replaces field initializers', () => {
  const { tree } = render('WeatherCard', { bindingData: { city: 'Hangzhou', temperature: '31', condition: 'Cloudy' } });
  const texts = findAll(tree, 'ark-Text').map(textOf);
  assert.deepEqual(texts, ['Hangzhou', '31°', 'Cloudy']);
});

test('weather card: locale and dark qualifiers', () => {
  const light = render('WeatherCard', { locale: 'en_US', colorMode: 'light' });
  const dark = render('WeatherCard', { locale: 'zh_CN', colorMode: 'dark' });

  assert.equal(textOf(findAll(dark.tree, 'ark-Text')[2]), '晴，微风');
  // weather_background is "$color:sky" in base; sky itself has a dark override.
  assert.equal(styleOf(cardRoot(light.tree))['background-color'], 'rgba(227, 240, 255, 1)');
  assert.equal(styleOf(cardRoot(dark.tree))['background-color'], 'rgba(16, 36, 61, 1)');
  assert.equal(styleOf(findAll(dark.tree, 'ark-Text')[0]).color, 'rgba(255, 255, 255, 1)');
  assert.ok(classesOf(findAll(dark.tree, 'ark-card')[0]).includes('ark-dark'));
  assert.equal(findAll(dark.tree, 'ark-card')[0].attributes.lang, 'zh-CN');
});

test('list card: ForEach with a global builder', () => {
  const { tree, notes } = render('ListCard', { bindingData: { tasks: 'A,B,C,D', doneCount: '2' } });
  assert.deepEqual(notes, []);

  const rows = findAll(tree, 'ark-Row');
  assert.equal(rows.length, 4);
  const marks = rows.map((row) => textOf(componentChildren(row)[0]));
  assert.deepEqual(marks, ['✓', '✓', '○', '○']);

  const title = componentChildren(rows[3])[1];
  assert.equal(textOf(title), 'D');
  assert.equal(styleOf(title).flex, '1 1 0');
  assert.equal(styleOf(title)['text-decoration-line'], 'none');
  assert.equal(styleOf(componentChildren(rows[0])[1])['text-decoration-line'], 'line-through');
  assert.equal(styleOf(rows[0]).gap, '6px');
  assert.equal(styleOf(rows[0]).height, '24px');

  const divider = findAll(tree, 'ark-Divider')[0];
  assert.equal(styleOf(divider).height, '1px');
  assert.equal(styleOf(divider)['align-self'], 'stretch');
});

test('list card: click handler updates @State', () => {
  const first = render('ListCard');
  const toggle = findAll(first.tree, 'ark-clickable')[0];
  assert.equal(textOf(toggle), 'more');

  const outcome = first.click(Number(toggle.attributes['data-click']));
  assert.deepEqual(outcome.actions, []);
  assert.deepEqual(outcome.changedState, { expanded: true });

  const second = render('ListCard', { stateOverrides: outcome.changedState });
  assert.equal(textOf(findAll(second.tree, 'ark-clickable')[0]), 'less');
});

test('overlay card: Stack, ring and linear Progress', () => {
  const { tree, notes } = render('OverlayCard');
  assert.deepEqual(notes, []);

  const [stack, badgeStack] = findAll(tree, 'ark-Stack');
  assert.equal(styleOf(stack).display, 'grid');
  assert.equal(styleOf(stack)['align-items'], 'center');
  assert.equal(styleOf(stack)['justify-items'], 'center');
  for (const child of componentChildren(stack)) {
    assert.equal(styleOf(child)['grid-area'], '1 / 1');
  }
  assert.equal(styleOf(badgeStack)['align-items'], 'start');
  assert.equal(styleOf(badgeStack)['justify-items'], 'end');

  const [ring, bar] = findAll(tree, 'ark-Progress');
  assert.ok(classesOf(ring).includes('ark-Progress-Ring'));
  assert.match(styleOf(ring).background, /conic-gradient\(rgba\(10, 89, 247, 1\) 65%/);
  assert.match(styleOf(ring).mask, /calc\(100% - 8px\)/);
  assert.equal(textOf(componentChildren(stack)[1]), '65%');

  assert.ok(classesOf(bar).includes('ark-Progress-Linear'));
  assert.equal(styleOf(bar).height, '6px');
  const fill = bar.children[0];
  assert.equal(styleOf(fill).width, '65%');
  assert.equal(styleOf(fill)['background-color'], '#008000');

  const flex = findAll(tree, 'ark-Flex')[0];
  assert.equal(styleOf(flex)['justify-content'], 'space-between');
  assert.equal(styleOf(flex)['align-items'], 'center');

  const hidden = componentChildren(badgeStack)[0];
  assert.equal(styleOf(hidden).visibility, 'hidden');
});

test('overlay card: progress is clamped', () => {
  const { tree } = render('OverlayCard', { bindingData: { steps: '15000', goal: '10000' } });
  const bar = findAll(tree, 'ark-Progress')[1];
  assert.equal(styleOf(bar.children[0]).width, '100%');
});

test('branch card: unknown component placeholder', () => {
  const { tree, notes } = render('BranchCard');
  const placeholders = findAll(tree, 'ark-placeholder');
  assert.equal(placeholders.length, 1);
  assert.equal(placeholders[0].attributes['data-component'], 'Sparkline');
  assert.equal(textOf(placeholders[0]), 'Sparkline');

  assert.equal(notes.length, 1);
  assert.equal(notes[0].level, 'error');
  assert.match(notes[0].message, /unknown component Sparkline/);
  assert.match(notes[0].location, /BranchCard\.ets:\d+:\d+$/);
});

test('branch card: else-if branch with builder', () => {
  const { tree } = render('BranchCard', { bindingData: { busy: 'true' } });
  assert.equal(findAll(tree, 'ark-LoadingProgress').length, 1);
  assert.equal(findAll(tree, 'ark-Button').length, 0);
  const circle = findAll(tree, 'ark-LoadingProgress')[0].children[0].children[0];
  // sys.color.ohos_id_color_emphasize of the renderer's light table.
  assert.equal(circle.attributes.stroke, 'rgba(10, 89, 247, 1)');
});

test('branch card: router tap captures postCardAction', () => {
  const { tree, click } = render('BranchCard', { bindingData: { mode: 'signedOut' } });
  assert.equal(textOf(findAll(tree, 'ark-Text')[0]), 'Sign in to use Health');

  const button = findAll(tree, 'ark-Button')[0];
  assert.ok(classesOf(button).includes('ark-Button-Normal'));
  assert.equal(styleOf(button)['border-radius'], '8px');
  assert.equal(button.attributes['aria-label'], 'Open the app to sign in');
  assert.equal(textOf(button), 'Sign in');

  const { actions } = click(Number(button.attributes['data-click']));
  assert.equal(actions.length, 1);
  assert.deepEqual(actions[0].action, { action: 'router', abilityName: 'EntryAbility', params: { target: 'authorization' } });
});

test('branch card: call tap carries the form id', () => {
  const { tree, click } = render('BranchCard', { bindingData: { formId: '42', busy: 'false' } });
  const button = findAll(tree, 'ark-Button')[0];
  const { actions } = click(Number(button.attributes['data-click']));
  assert.deepEqual(actions[0].action.params, { method: 'syncHealthData', formId: '42' });
});

test('unknown attribute gets a visible marker', () => {
  const { tree, notes } = renderSource(`
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Text('x').shimmer(true).fontSize(12)
    }
  }
}`);
  const text = findAll(tree, 'ark-Text')[0];
  assert.ok(classesOf(text).includes('ark-has-unsupported'));
  assert.equal(text.attributes['data-unsupported'], 'shimmer');
  assert.equal(findAll(tree, 'ark-unsupported-badge').length, 1);
  assert.equal(styleOf(text)['font-size'], '12px');
  assert.equal(notes.length, 1);
  assert.match(notes[0].message, /attribute shimmer of Text is not rendered/);
});

test('@Styles and @Extend expand to attributes', () => {
  const { tree, notes } = renderSource(`
@Extend(Text)
function caption(size: number) {
  .fontSize(size)
  .fontColor(Color.Gray)
}

@Styles
function rounded() {
  .borderRadius(8)
  .padding(4)
}

@Entry
@Component
struct Inline {
  @Styles
  panel() {
    .backgroundColor(Color.White)
  }

  build() {
    Column() {
      Text('x').caption(12).rounded()
    }.panel()
  }
}`);
  assert.deepEqual(notes, []);
  const text = findAll(tree, 'ark-Text')[0];
  assert.equal(styleOf(text)['font-size'], '12px');
  assert.equal(styleOf(text).color, '#808080');
  assert.equal(styleOf(text)['border-radius'], '8px');
  assert.equal(styleOf(text).padding, '4px');
  assert.equal(styleOf(findAll(tree, 'ark-Column')[0])['background-color'], '#ffffff');
});

test('custom component with @Prop and @Link', () => {
  const { tree, notes } = renderSource(`
@Component
struct CountTag {
  @Prop label: string = 'none'
  @Link count: number
  size: number = 10

  build() {
    Text(\`\${this.label} \${this.count}\`).fontSize(this.size)
  }
}

@Entry
@Component
struct Inline {
  @State total: number = 3

  build() {
    Row() {
      CountTag({ label: 'items', count: $total, size: 14 }).margin(2)
      CountTag({ count: $total })
    }
  }
}`);
  assert.deepEqual(notes, []);
  const customs = findAll(tree, 'ark-custom');
  assert.equal(customs.length, 2);
  assert.equal(customs[0].attributes['data-component'], 'CountTag');
  assert.equal(styleOf(customs[0]).margin, '2px');
  const texts = findAll(tree, 'ark-Text');
  assert.equal(textOf(texts[0]), 'items 3');
  assert.equal(styleOf(texts[0])['font-size'], '14px');
  assert.equal(textOf(texts[1]), 'none 3');
  assert.equal(styleOf(texts[1])['font-size'], '10px');
});

test('Column and Row default alignment', () => {
  const { tree } = renderSource(`
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Row() { Text('a') }
    }
  }
}`);
  const column = findAll(tree, 'ark-Column')[0];
  const row = findAll(tree, 'ark-Row')[0];
  assert.equal(styleOf(column)['align-items'], 'center');
  assert.equal(styleOf(column)['justify-content'], 'flex-start');
  assert.equal(styleOf(row)['align-items'], 'center');
  assert.equal(styleOf(row)['flex-direction'], 'row');
  assert.equal(styleOf(row)['flex-wrap'], undefined);
});

test('interpreter rejects eval and unknown names', () => {
  const { tree, notes } = renderSource(`
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Text(eval('1 + 1'))
      Text(String(this.missing))
      Text(FlexAlign.Middle)
    }
  }
}`);
  const messages = notes.map((note) => note.message);
  assert.ok(messages.some((message) => /'eval' is not defined/.test(message)), messages.join('\n'));
  assert.ok(messages.some((message) => /no field or method 'missing'/.test(message)), messages.join('\n'));
  assert.ok(messages.some((message) => /FlexAlign has no member Middle/.test(message)), messages.join('\n'));
  assert.equal(findAll(tree, 'ark-placeholder').length, 3);
});

test('postCardAction outside a click handler', () => {
  const { notes } = renderSource(`
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Text(postCardAction(this, { action: 'router' }))
    }
  }
}`);
  assert.match(notes[0].message, /postCardAction works only from a click handler/);
});

test('endless recursion in a handler is stopped', () => {
  const { tree, click } = renderSource(`
@Entry
@Component
struct Inline {
  @State count: number = 0
  spin(): void {
    for (const item of [1]) {
      this.spin();
    }
  }
  build() {
    Column() {
      Text('go').onClick(() => { this.spin(); })
    }
  }
}`);
  const text = findAll(tree, 'ark-Text')[0];
  assert.throws(() => click(Number(text.attributes['data-click'])), /evaluation stopped at a call depth of \d+/);
});

test('runaway loop in a handler is stopped', () => {
  const { tree, click } = renderSource(`
@Entry
@Component
struct Inline {
  @State total: number = 0
  build() {
    Column() {
      Text('go').onClick(() => {
        const items = 'x'.repeat(2000).split('');
        for (const a of items) {
          for (const b of items) {
            this.total += 1;
          }
        }
      })
    }
  }
}`);
  const text = findAll(tree, 'ark-Text')[0];
  assert.throws(() => click(Number(text.attributes['data-click'])), /evaluation stopped after \d+ steps/);
});

test('syntax error is reported with position', () => {
  const { notes } = renderSource(`
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Text('a'
    }
  }
}`);
  assert.ok(notes.length > 0);
  assert.equal(notes[0].level, 'error');
  assert.match(notes[0].location, /Inline\.ets:\d+:\d+/);
});

test('missing resource is a note', () => {
  const { tree, notes } = renderSource(`
@Entry
@Component
struct Inline {
  build() {
    Column() {
      Text($r('app.string.nowhere'))
    }
  }
}`, { locale: 'zh_CN' });
  assert.equal(textOf(findAll(tree, 'ark-Text')[0]), "$r('app.string.nowhere')");
  assert.match(notes[0].message, /app\.string\.nowhere.*not defined for zh_CN, light, phone/);
});

test('page without @Entry fails visibly', () => {
  const { tree, notes } = renderSource(`
@Component
struct Inline {
  build() { Column() {} }
}`);
  assert.equal(findAll(tree, 'ark-placeholder').length, 1);
  assert.match(notes[0].message, /no @Entry struct/);
});

test('card frames per dimension', () => {
  assert.deepEqual(cardFrame('phone', '2*4', 'rect'), { width: 340, height: 164, radius: 20, circle: false });
  assert.deepEqual(cardFrame('phone', '1*2', 'rect'), { width: 164, height: 76, radius: 20, circle: false });
  assert.equal(cardFrame('phone', '4*4', 'rect').width, cardFrame('phone', '4*4', 'rect').height);
  const circle = cardFrame('wearable', '3*3', 'circle');
  assert.equal(circle.circle, true);
  assert.equal(circle.radius, circle.width / 2);
  assert.throws(() => cardFrame('phone', '3*3', 'rect'), /not a phone card size/);
  assert.throws(() => cardFrame('tv', '2*2', 'rect'), /unknown device type/);
});

test('ArkUI colors and lengths in CSS', () => {
  const context = { frameWidth: 164, designWidth: 720, resolveResource: () => ({ kind: 'missing', reason: 'none' }) };
  // ArkUI puts the alpha byte first.
  assert.equal(toCssColor('#80FF0000', context).css, 'rgba(255, 0, 0, 0.5)');
  assert.equal(toCssColor('#F00', context).css, '#ff0000');
  assert.equal(toCssColor(0xff0000, context).css, '#ff0000');
  assert.match(toCssColor('#12345', context).error, /invalid color/);
  assert.equal(toCssLength(12, context).css, '12px');
  assert.equal(toCssLength('50%', context).css, '50%');
  assert.equal(toCssLength('30px', context).css, '10px');
  assert.equal(toCssLength('360lpx', context).css, '82px');
  assert.match(toCssLength('12em', context).error, /invalid length/);
});

test('app card pages render without errors', () => {
  const pages = path.join(PROJECT_ROOT, 'entry', 'src', 'main', 'ets', 'widget', 'pages');
  const files = fs.existsSync(pages) ? fs.readdirSync(pages).filter((file) => file.endsWith('.ets')) : [];
  for (const file of files) {
    for (const locale of ['en_US', 'zh_CN']) {
      const watch = file.includes('Watch');
      const result = renderCard({
        projectRoot: PROJECT_ROOT,
        pagePath: path.join(pages, file),
        resourceRoots: [path.join(PROJECT_ROOT, 'entry', 'src', 'main', 'resources')],
        bindingData: { state: 'synced', lastSyncLabel: 'Today 09:12', statusText: 'Synced', busy: 'false' },
        dimension: watch ? '2*3' : '2*2',
        deviceType: watch ? 'wearable' : 'phone',
        locale,
      });
      const errors = result.notes.filter((note) => note.level === 'error');
      assert.deepEqual(errors, [], `${file} ${locale}`);
    }
  }
});
