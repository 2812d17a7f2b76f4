'use strict';

/**
 * An error with the HTTP status and message the client receives. `details` are further fields of
 * the JSON error body, next to `error`.
 */
class HttpError extends Error {
  constructor(status, message, details = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.details = details;
  }
}

module.exports = { HttpError };
