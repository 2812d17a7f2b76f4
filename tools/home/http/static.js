'use strict';

// Serves the files of one folder and nothing outside it. The request path is decoded once and
// rejected if it contains a NUL byte, a backslash or a `..` segment. The resolved real path
// (after symbolic links) must still lie inside the folder.

const fs = require('node:fs');
const path = require('node:path');
const { HttpError } = require('./errors');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Maps a URL pathname to a file inside `rootDir`. Throws HttpError 400 for a malformed path and
 * 404 for anything that is not a file inside the folder.
 */
function resolveStaticPath(rootDir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, `malformed percent-encoding in path '${pathname}'`);
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    throw new HttpError(400, `invalid character in path '${pathname}'`);
  }
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) {
    throw new HttpError(404, `not found: ${pathname}`);
  }

  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = fs.realpathSync(rootDir);
  const candidate = path.resolve(root, relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) {
    throw new HttpError(404, `not found: ${pathname}`);
  }

  let real;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    throw new HttpError(404, `not found: ${pathname}`);
  }
  if (!real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) {
    throw new HttpError(404, `not found: ${pathname}`);
  }
  return real;
}

/** Sends a file of `rootDir` for the request path. */
function serveStatic(rootDir, pathname, response) {
  const file = resolveStaticPath(rootDir, pathname);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(file).pipe(response);
}

module.exports = { serveStatic, resolveStaticPath };
