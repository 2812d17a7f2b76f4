'use strict';

// The live log of the home screen: a bounded list of entries and the Server-Sent Events clients
// that receive each new entry. Clients that reconnect send Last-Event-ID and get what they missed
// that is still in the list.

const MAX_ENTRIES = 2000;
// Each open page keeps one stream open. More than this many means pages that never close.
const MAX_CLIENTS = 32;

class EventLog {
  constructor() {
    this.entries = [];
    this.nextId = 1;
    this.clients = new Set();
  }

  /** Appends an entry `{ kind, ... }` and sends it to every connected client. */
  push(entry) {
    const stored = { id: this.nextId++, at: Date.now(), ...entry };
    this.entries.push(stored);
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    }
    for (const client of this.clients) {
      writeEvent(client, stored);
    }
    return stored;
  }

  since(id) {
    return this.entries.filter((entry) => entry.id > id);
  }

  /** Turns a response into an event stream, or responds 503 when too many streams are open. */
  attach(request, response) {
    if (this.clients.size >= MAX_CLIENTS) {
      response.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' });
      response.end(JSON.stringify({ error: `too many open event streams (${MAX_CLIENTS}): close other home screen tabs` }));
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');

    const lastId = Number(request.headers['last-event-id']) || 0;
    for (const entry of this.since(lastId)) {
      writeEvent(response, entry);
    }
    this.clients.add(response);
    request.on('close', () => this.clients.delete(response));
  }

  closeAll() {
    for (const client of this.clients) {
      client.end();
    }
    this.clients.clear();
  }
}

function writeEvent(response, entry) {
  response.write(`id: ${entry.id}\nevent: ${entry.kind}\ndata: ${JSON.stringify(entry)}\n\n`);
}

module.exports = { EventLog, MAX_CLIENTS };
