'use strict';

// A raw HTTP client for tests: sends the path exactly as given (no URL normalization) and any
// headers, and returns status, headers and body text.

const http = require('node:http');

function request(baseUrl, { method = 'GET', path = '/', headers = {}, body } = {}) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = http.request({
      host: url.hostname,
      port: url.port,
      method,
      path,
      headers: { Host: url.host, ...headers },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode, headers: response.headers, text, json });
      });
    });
    outgoing.on('error', reject);
    if (body !== undefined) {
      outgoing.write(body);
    }
    outgoing.end();
  });
}

function postJson(baseUrl, path, value, method = 'POST') {
  return request(baseUrl, {
    method,
    path,
    headers: { 'Content-Type': 'application/json' },
    body: typeof value === 'string' ? value : JSON.stringify(value),
  });
}

module.exports = { request, postJson };
