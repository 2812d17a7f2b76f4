'use strict';

// Server tests: request validation, routes and methods, static files and path traversal,
// the loopback binding, and one card's life through the real simulator.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { startHomeServer, parsePort } = require('../server');
const http = require('node:http');
const { resolveStaticPath } = require('../http/static');
const { MAX_CLIENTS } = require('../http/events');
const { request, postJson } = require('./helpers/http');

const PUBLIC_DIR = path.join(__dirname, '..', 'public');
const PACKAGE_JSON = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8');

let home;

test.before(async () => {
  home = await startHomeServer({ port: 0, startTime: '2026-03-02T01:00:00Z', tickMs: 0 });
});

test.after(async () => {
  await home.close();
});

test('binds only the loopback address', () => {
  const address = home.server.address();
  assert.equal(address.address, '127.0.0.1');
  assert.equal(address.family, 'IPv4');
  assert.match(home.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('foreign Host header is rejected', async () => {
  const response = await request(home.url, { path: '/api/state', headers: { Host: 'evil.example:80' } });
  assert.equal(response.status, 403);
  assert.match(response.json.error, /rejected/);
});

test('serves the page and the card stylesheet', async () => {
  const page = await request(home.url, { path: '/' });
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /text\/html/);
  assert.match(page.text, /Health Sync home screen/);

  const css = await request(home.url, { path: '/card.css' });
  assert.equal(css.status, 200);
  assert.match(css.text, /\.ark-card/);
});

test('page references no external assets', () => {
  for (const file of fs.readdirSync(PUBLIC_DIR)) {
    const text = fs.readFileSync(path.join(PUBLIC_DIR, file), 'utf8');
    assert.doesNotMatch(text, /https?:\/\/(?!127\.0\.0\.1)/, file);
  }
});

test('path traversal never leaves public/', async () => {
  const attempts = [
    '/../package.json',
    '/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/.%2e/package.json',
    '/%252e%252e/package.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/%2e%2e%5c%2e%2e%5cpackage.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/index.html%00.png',
    '/%c0%ae%c0%ae/package.json',
    '/%E0%A4%A',
  ];
  for (const attempt of attempts) {
    const response = await request(home.url, { path: attempt });
    assert.ok([400, 404].includes(response.status), `${attempt} returned ${response.status}`);
    assert.ok(!response.text.includes('"devDependencies"'), `${attempt} leaked package.json`);
    assert.ok(!response.text.includes('root:'), `${attempt} leaked /etc/passwd`);
  }
  assert.ok(PACKAGE_JSON.includes('"devDependencies"'));
});

test('static resolver rejects escapes directly', () => {
  assert.throws(() => resolveStaticPath(PUBLIC_DIR, '/../package.json'), (error) => error.status === 404);
  assert.throws(() => resolveStaticPath(PUBLIC_DIR, '/%2e%2e/package.json'), (error) => error.status === 404);
  assert.throws(() => resolveStaticPath(PUBLIC_DIR, '/a%00b'), (error) => error.status === 400);
  assert.throws(() => resolveStaticPath(PUBLIC_DIR, '/%E0%A4%A'), (error) => error.status === 400);
  assert.throws(() => resolveStaticPath(PUBLIC_DIR, '/'.concat('nothing.js')), (error) => error.status === 404);
  assert.equal(resolveStaticPath(PUBLIC_DIR, '/app.js'), fs.realpathSync(path.join(PUBLIC_DIR, 'app.js')));
});

test('unknown API route is 404', async () => {
  const response = await request(home.url, { path: '/api/nothing' });
  assert.equal(response.status, 404);
  assert.match(response.json.error, /unknown API route \/api\/nothing/);
});

test('wrong method is 405 with Allow', async () => {
  const put = await request(home.url, { method: 'PUT', path: '/api/state' });
  assert.equal(put.status, 405);
  assert.equal(put.headers.allow, 'GET');

  const getWorld = await request(home.url, { method: 'DELETE', path: '/api/world' });
  assert.equal(getWorld.status, 405);
  assert.equal(getWorld.headers.allow, 'GET, POST');

  const postStatic = await request(home.url, { method: 'POST', path: '/index.html' });
  assert.equal(postStatic.status, 405);
});

test('malformed JSON is 400', async () => {
  const response = await postJson(home.url, '/api/world', '{"signedIn": tru');
  assert.equal(response.status, 400);
  assert.match(response.json.error, /malformed JSON body/);
});

test('non-object JSON is 400', async () => {
  for (const body of ['[]', '"text"', '42', 'null']) {
    const response = await postJson(home.url, '/api/world', body);
    assert.equal(response.status, 400, body);
    assert.match(response.json.error, /expected an object/);
  }
});

test('body over the size limit is 413', async () => {
  const big = JSON.stringify({ signedIn: true, padding: 'x'.repeat(20000) });
  const response = await postJson(home.url, '/api/world', big);
  assert.equal(response.status, 413);
  assert.match(response.json.error, /exceeds the limit/);
});

test('missing JSON content type is 415', async () => {
  const response = await request(home.url, { method: 'POST', path: '/api/world', body: '{"signedIn":true}', headers: { 'Content-Type': 'text/plain' } });
  assert.equal(response.status, 415);
});

test('invalid world fields are 400', async () => {
  const cases = [
    [{ signedIn: 'yes' }, /invalid signedIn "yes"/],
    [{ latencyMs: -5 }, /invalid latencyMs/],
    [{ latencyMs: 1.5 }, /invalid latencyMs/],
    [{ nextResult: 'boom' }, /invalid nextResult/],
    [{ nextResult: -1 }, /invalid nextResult/],
    [{ locale: 'fr_FR' }, /invalid locale "fr_FR": expected zh_CN or en_US/],
    [{ colorMode: 'blue' }, /invalid colorMode/],
    [{ gravity: 1 }, /unknown field 'gravity'/],
    [{}, /empty world patch/],
  ];
  for (const [body, pattern] of cases) {
    const response = await postJson(home.url, '/api/world', body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.match(response.json.error, pattern);
  }
});

test('valid world patch is applied', async () => {
  const response = await postJson(home.url, '/api/world', { network: false, nextResult: 1002701001, locale: 'zh_CN' });
  assert.equal(response.status, 200);
  assert.equal(response.json.network, false);
  assert.equal(response.json.nextResult, 1002701001);
  assert.equal(response.json.locale, 'zh_CN');

  const restore = await postJson(home.url, '/api/world', { network: true, nextResult: 'success', locale: 'en_US' });
  assert.equal(restore.status, 200);
});

test('invalid card requests are 400', async () => {
  const cases = [
    [{ device: 'tv', formName: 'HealthSyncCard' }, /invalid device/],
    [{ device: 'phone', formName: 'Nope' }, /invalid formName/],
    [{ device: 'watch', formName: 'HealthSyncCard' }, /not offered on the watch/],
    [{ device: 'phone', formName: 'HealthSyncCard', dimension: '4*4' }, /invalid dimension/],
    [{ device: 'watch', formName: 'HealthSyncWatchCard', shape: 'hexagon' }, /invalid shape/],
  ];
  for (const [body, pattern] of cases) {
    const response = await postJson(home.url, '/api/cards', body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.match(response.json.error, pattern);
  }
});

test('invalid clock moves and keys are 400', async () => {
  for (const body of [{}, { hours: 0 }, { hours: 1.5 }, { beforeMidnight: false }, { beforeMidnight: true, hours: 2 }]) {
    const response = await postJson(home.url, '/api/clock', body);
    assert.equal(response.status, 400, JSON.stringify(body));
  }
  const badKey = await request(home.url, { path: '/api/cards/tablet-1' });
  assert.equal(badKey.status, 400);
  const missing = await request(home.url, { path: '/api/cards/phone-99' });
  assert.equal(missing.status, 404);
  const badClick = await postJson(home.url, '/api/cards/phone-99/click', { handler: 'x' });
  assert.equal(badClick.status, 400);
});

test('card lifecycle through the simulator', async () => {
  const created = await postJson(home.url, '/api/cards', { device: 'phone', formName: 'HealthSyncCard', dimension: '2*4' });
  assert.equal(created.status, 201);
  const card = created.json;
  assert.match(card.key, /^phone-\d+$/);
  assert.equal(card.dimension, '2*4');
  assert.equal(card.frame.width, 340);
  assert.equal(card.bindingData.formId, card.formId);
  assert.match(card.html, /class="ark-card/);

  const state = await request(home.url, { path: '/api/state' });
  assert.ok(state.json.cards.some((item) => item.key === card.key));

  // A handler id from an older rendering is refused, so a tap never runs the wrong handler.
  const stale = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: 0, renderId: card.renderId - 1 });
  assert.equal(stale.status, 409);
  const unknownHandler = await postJson(home.url, `/api/cards/${card.key}/click`, { handler: 99 });
  assert.equal(unknownHandler.status, 400);

  const removed = await request(home.url, { method: 'DELETE', path: `/api/cards/${card.key}` });
  assert.equal(removed.status, 204);
  const afterRemoval = await request(home.url, { path: `/api/cards/${card.key}` });
  assert.equal(afterRemoval.status, 404);
});

/** Opens an event stream and resolves with the response once the headers arrived. */
function openStream(baseUrl, headers = {}) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = http.get({ host: url.hostname, port: url.port, path: '/api/events', headers: { Host: url.host, ...headers } }, resolve);
    outgoing.on('error', reject);
  });
}

test('event stream replays and sends entries', async () => {
  await postJson(home.url, '/api/world', { latencyMs: 5 });
  const response = await openStream(home.url);
  assert.equal(response.statusCode, 200);
  assert.match(response.headers['content-type'], /text\/event-stream/);

  let text = '';
  const sawWorld = new Promise((resolve) => {
    response.on('data', (chunk) => {
      text += chunk;
      if (/event: world\ndata: .*"latencyMs":7/.test(text)) {
        resolve();
      }
    });
  });
  await postJson(home.url, '/api/world', { latencyMs: 7 });
  await sawWorld;
  // Entries from before the stream opened are replayed too.
  assert.match(text, /"latencyMs":5/);
  assert.match(text, /^id: \d+$/m);
  response.destroy();
  await postJson(home.url, '/api/world', { latencyMs: 0 });
});

test('too many event streams get 503', async () => {
  const open = [];
  try {
    for (let index = 0; index < MAX_CLIENTS; index += 1) {
      open.push(await openStream(home.url, { 'Last-Event-ID': '999999999' }));
    }
    const extra = await openStream(home.url);
    assert.equal(extra.statusCode, 503);
    extra.resume();
  } finally {
    for (const response of open) {
      response.destroy();
    }
  }
});

test('port option parsing', () => {
  assert.equal(parsePort([], {}), 8420);
  assert.equal(parsePort(['--port', '9000'], {}), 9000);
  assert.equal(parsePort([], { PORT: '0' }), 0);
  assert.equal(parsePort(['--port', '9001'], { PORT: '9000' }), 9001);
  assert.throws(() => parsePort(['--port', 'http'], {}), /invalid port 'http'/);
  assert.throws(() => parsePort([], { PORT: '70000' }), /invalid port/);
});
