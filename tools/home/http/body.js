'use strict';

// Reads a JSON request body with a size limit.

const { HttpError } = require('./errors');

// Every request of the page is a few hundred bytes; 16 KiB leaves room without letting a client
// make the server buffer much.
const MAX_BODY_BYTES = 16 * 1024;

/** Reads and parses a JSON object body. Rejects with HttpError 400, 413 or 415. */
function readJsonBody(request, maxBytes = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const type = String(request.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
    const declaredLength = Number(request.headers['content-length']);

    if (type !== 'application/json') {
      request.resume();
      reject(new HttpError(415, `invalid Content-Type '${type || '(none)'}': send application/json`));
      return;
    }
    if (declaredLength > maxBytes) {
      request.resume();
      reject(new HttpError(413, `request body of ${declaredLength} bytes exceeds the limit of ${maxBytes} bytes`));
      return;
    }

    const chunks = [];
    let received = 0;
    let failed = false;
    request.on('data', (chunk) => {
      if (failed) {
        return;
      }
      received += chunk.length;
      if (received > maxBytes) {
        failed = true;
        reject(new HttpError(413, `request body exceeds the limit of ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', (error) => {
      if (!failed) {
        failed = true;
        reject(new HttpError(400, `request body could not be read: ${error.message}`));
      }
    });
    request.on('end', () => {
      if (failed) {
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      let value;
      try {
        value = text.length === 0 ? {} : JSON.parse(text);
      } catch (error) {
        reject(new HttpError(400, `malformed JSON body: ${error.message}`));
        return;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        reject(new HttpError(400, 'invalid JSON body: expected an object'));
        return;
      }
      resolve(value);
    });
  });
}

module.exports = { readJsonBody, MAX_BODY_BYTES };
