'use strict';

// `npm start`: serves the browser home screen on 127.0.0.1 only.
// Usage: node tools/home/server.js [--port N]   (or PORT=N; default 8420, 0 picks a free port)

const http = require('node:http');
const path = require('node:path');
const { HomeScreen } = require('./homeScreen');
const { createDevices } = require('./simHost');
const { loadForms } = require('./forms');
const { createRequestHandler } = require('./http/routes');

const LOOPBACK = '127.0.0.1';
const DEFAULT_PORT = 8420;
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Starts the home screen server. Returns `{ server, home, url, close() }` once it listens.
 * The address is always 127.0.0.1. `startTime` sets the simulated clock (default: now) and
 * `tickMs` how often it follows real time (0: it moves only on request).
 */
async function startHomeServer({ port = DEFAULT_PORT, projectRoot = PROJECT_ROOT, devices, startTime, tickMs } = {}) {
  const forms = loadForms(projectRoot);
  const deviceSet = devices || createDevices({ projectRoot, startTime, tickMs });
  await deviceSet.start();
  const home = new HomeScreen({ projectRoot, devices: deviceSet, forms });

  const allowedHosts = new Set();
  const handler = createRequestHandler(home, { allowedHosts });
  const server = http.createServer(handler);
  // Bounds how long a slow client can hold a connection open; the event stream is exempt.
  server.headersTimeout = 10000;
  server.requestTimeout = 0;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, resolve);
  });
  const actualPort = server.address().port;
  allowedHosts.add(`${LOOPBACK}:${actualPort}`);
  allowedHosts.add(`localhost:${actualPort}`);

  async function close() {
    home.events.closeAll();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await deviceSet.stop();
  }

  return { server, home, url: `http://${LOOPBACK}:${actualPort}/`, close };
}

/** Places one card of every form in each dimension it supports, watch cards in their last shape. */
async function placeStartingCards(home) {
  for (const form of home.forms) {
    for (const dimension of form.dimensions) {
      const shape = form.device === 'watch' && dimension === '3*3' ? form.shapes[form.shapes.length - 1] : 'rect';
      await home.addCard({ device: form.device, formName: form.name, dimension, shape });
    }
  }
}

function parsePort(argv, env) {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : env.PORT;
  if (raw === undefined || raw === '') {
    return DEFAULT_PORT;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid port '${raw}': expected an integer from 0 to 65535`);
  }
  return port;
}

async function main() {
  let port;
  try {
    port = parsePort(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`home screen: ${error.message}`);
    process.exit(2);
  }

  const { url, home, close } = await startHomeServer({ port });
  await placeStartingCards(home);
  console.log(`Health Sync home screen: ${url}`);

  const shutdown = async (signal) => {
    console.log(`home screen: ${signal} received, stopping`);
    await close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`home screen: failed to start: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { startHomeServer, parsePort, DEFAULT_PORT };
