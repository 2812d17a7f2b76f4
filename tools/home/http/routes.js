'use strict';

// The home screen's HTTP API and static files. Every route names its methods, so a known path
// with another method gets 405 with an Allow header, and an unknown /api path gets 404.

const path = require('node:path');
const { HttpError } = require('./errors');
const { readJsonBody } = require('./body');
const { serveStatic } = require('./static');
const {
  validateWorldPatch,
  validateNewCard,
  validateClockMove,
  validateClick,
  validateKill,
} = require('./validate');

const PUBLIC_DIR = path.join(__dirname, '..', 'public');
// A card key is '<device>-<form id>'. The device part names the simulated device that contains the
// card, so the server reaches it without a lookup.
const CARD_KEY_PATTERN = /^(phone|watch)-\d{1,19}$/;

function sendJson(response, status, value) {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

function cardKeyParameter(value) {
  if (!CARD_KEY_PATTERN.test(value)) {
    throw new HttpError(400, `invalid card key '${value}': expected 'phone-<form id>' or 'watch-<form id>'`);
  }
  return value;
}

/** Builds the route table: [pattern, { METHOD: handler(request, response, match) }]. */
function createRoutes(home) {
  return [
    [/^\/api\/state$/, {
      GET: (request, response) => sendJson(response, 200, home.state()),
    }],
    [/^\/api\/events$/, {
      GET: (request, response) => home.events.attach(request, response),
    }],
    [/^\/api\/log$/, {
      GET: (request, response, match, url) => {
        const since = Number(url.searchParams.get('since') || 0);
        if (!Number.isInteger(since) || since < 0) {
          throw new HttpError(400, `invalid since '${url.searchParams.get('since')}': expected a non-negative integer`);
        }
        sendJson(response, 200, { entries: home.events.since(since) });
      },
    }],
    [/^\/api\/cards$/, {
      POST: async (request, response) => {
        const body = validateNewCard(await readJsonBody(request), home.forms);
        sendJson(response, 201, await home.addCard(body));
      },
    }],
    [/^\/api\/cards\/([^/]+)$/, {
      GET: (request, response, match) => sendJson(response, 200, home.cardView(cardKeyParameter(match[1]))),
      DELETE: async (request, response, match) => {
        await home.removeCard(cardKeyParameter(match[1]));
        response.writeHead(204);
        response.end();
      },
    }],
    [/^\/api\/cards\/([^/]+)\/click$/, {
      POST: async (request, response, match) => {
        const key = cardKeyParameter(match[1]);
        const body = validateClick(await readJsonBody(request));
        sendJson(response, 200, await home.click(key, body));
      },
    }],
    [/^\/api\/world$/, {
      GET: (request, response) => sendJson(response, 200, home.devices.snapshot().world),
      POST: async (request, response) => {
        await home.setWorld(validateWorldPatch(await readJsonBody(request)));
        sendJson(response, 200, home.devices.snapshot().world);
      },
    }],
    [/^\/api\/clock$/, {
      POST: async (request, response) => {
        await home.moveClock(validateClockMove(await readJsonBody(request)));
        sendJson(response, 200, { clock: home.devices.snapshot().clock });
      },
    }],
    [/^\/api\/app\/kill$/, {
      POST: async (request, response) => {
        await home.killApp(validateKill(await readJsonBody(request)));
        sendJson(response, 200, { killed: true });
      },
    }],
  ];
}

/** Returns a request listener for the home screen. */
function createRequestHandler(home, { allowedHosts }) {
  const routes = createRoutes(home);

  return async function handleRequest(request, response) {
    try {
      // A page on another site could reach a loopback server through DNS rebinding; such a
      // request carries that site's name in Host.
      if (!allowedHosts.has(String(request.headers.host || '').toLowerCase())) {
        throw new HttpError(403, `request for host '${request.headers.host}' rejected: use http://127.0.0.1`);
      }

      let url;
      try {
        url = new URL(request.url, 'http://127.0.0.1');
      } catch {
        throw new HttpError(400, `malformed request URL '${request.url}'`);
      }

      for (const [pattern, methods] of routes) {
        const match = pattern.exec(url.pathname);
        if (!match) {
          continue;
        }
        const handler = methods[request.method];
        if (!handler) {
          response.setHeader('Allow', Object.keys(methods).join(', '));
          throw new HttpError(405, `method ${request.method} not allowed on ${url.pathname}: use ${Object.keys(methods).join(' or ')}`);
        }
        await handler(request, response, match, url);
        return;
      }

      if (url.pathname.startsWith('/api/')) {
        throw new HttpError(404, `unknown API route ${url.pathname}`);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        throw new HttpError(405, `method ${request.method} not allowed on static files: use GET`);
      }
      serveStatic(PUBLIC_DIR, url.pathname, response);
    } catch (error) {
      sendError(response, error);
    }
  };
}

function sendError(response, error) {
  if (response.headersSent) {
    response.destroy(error);
    return;
  }
  if (error instanceof HttpError) {
    sendJson(response, error.status, { ...error.details, error: error.message });
    return;
  }
  console.error(`home screen: request failed: ${error && error.stack ? error.stack : error}`);
  sendJson(response, 500, { error: `internal error: ${error && error.message ? error.message : error}` });
}

module.exports = { createRequestHandler, PUBLIC_DIR };
