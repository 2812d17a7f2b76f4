'use strict';

// Checks the fields of the home screen's requests. Each check throws HttpError 400 naming the
// field, the value and what is expected.

const { HttpError } = require('./errors');

const LOCALES = ['zh_CN', 'en_US'];
const COLOR_MODES = ['light', 'dark'];
const DEVICES = ['phone', 'watch'];
// Latency of the simulated Health service per call, in milliseconds.
const MAX_LATENCY_MS = 120000;
const MAX_CLOCK_HOURS = 24 * 366;

const WORLD_FIELDS = {
  signedIn: 'boolean',
  privacyAccepted: 'boolean',
  scopeGranted: 'boolean',
  network: 'boolean',
  latencyMs: 'latency',
  nextResult: 'result',
  locale: 'locale',
  colorMode: 'colorMode',
};

function invalid(field, value, expected) {
  return new HttpError(400, `invalid ${field} ${JSON.stringify(value)}: expected ${expected}`);
}

function rejectUnknownFields(body, allowed) {
  for (const field of Object.keys(body)) {
    if (!allowed.includes(field)) {
      throw new HttpError(400, `unknown field '${field}': expected one of ${allowed.join(', ')}`);
    }
  }
}

/**
 * Validates a world patch. `nextResult` is 'success', 'hang' (the next Health call never settles)
 * or an integer error code such as 1002701001.
 */
function validateWorldPatch(body) {
  rejectUnknownFields(body, Object.keys(WORLD_FIELDS));
  if (Object.keys(body).length === 0) {
    throw new HttpError(400, `empty world patch: send at least one of ${Object.keys(WORLD_FIELDS).join(', ')}`);
  }

  for (const [field, value] of Object.entries(body)) {
    switch (WORLD_FIELDS[field]) {
      case 'boolean':
        if (typeof value !== 'boolean') {
          throw invalid(field, value, 'true or false');
        }
        break;
      case 'latency':
        if (!Number.isInteger(value) || value < 0 || value > MAX_LATENCY_MS) {
          throw invalid(field, value, `an integer from 0 to ${MAX_LATENCY_MS} (milliseconds)`);
        }
        break;
      case 'result':
        if (value !== 'success' && value !== 'hang' && !(Number.isSafeInteger(value) && value > 0)) {
          throw invalid(field, value, "'success', 'hang' or a positive integer error code");
        }
        break;
      case 'locale':
        if (!LOCALES.includes(value)) {
          throw invalid(field, value, LOCALES.join(' or '));
        }
        break;
      case 'colorMode':
        if (!COLOR_MODES.includes(value)) {
          throw invalid(field, value, COLOR_MODES.join(' or '));
        }
        break;
      default:
        break;
    }
  }
  return body;
}

/** Validates a request to place a card, against the forms the app declares. */
function validateNewCard(body, forms) {
  rejectUnknownFields(body, ['device', 'formName', 'dimension', 'shape']);
  if (!DEVICES.includes(body.device)) {
    throw invalid('device', body.device, DEVICES.join(' or '));
  }
  const form = forms.find((item) => item.name === body.formName);
  if (!form) {
    throw invalid('formName', body.formName, forms.map((item) => item.name).join(' or '));
  }
  if (form.device !== body.device) {
    throw new HttpError(400, `form ${form.name} is not offered on the ${body.device}: the app declares it for the ${form.device}`);
  }
  const dimension = body.dimension === undefined ? form.defaultDimension : body.dimension;
  if (!form.dimensions.includes(dimension)) {
    throw invalid('dimension', body.dimension, `one of ${form.dimensions.join(', ')} for ${form.name}`);
  }
  const shape = body.shape === undefined ? 'rect' : body.shape;
  if (!form.shapes.includes(shape)) {
    throw invalid('shape', body.shape, `one of ${form.shapes.join(', ')} for ${form.name}`);
  }
  return { device: body.device, formName: form.name, dimension, shape };
}

/** Validates a clock move: `{ beforeMidnight: true }` or `{ hours: n }` with n a nonzero integer. */
function validateClockMove(body) {
  rejectUnknownFields(body, ['beforeMidnight', 'hours']);
  if (body.beforeMidnight === true && body.hours === undefined) {
    return { beforeMidnight: true };
  }
  if (body.beforeMidnight === undefined && Number.isInteger(body.hours) && body.hours !== 0
    && Math.abs(body.hours) <= MAX_CLOCK_HOURS) {
    return { hours: body.hours };
  }
  throw new HttpError(400, `invalid clock move ${JSON.stringify(body)}: expected {"beforeMidnight":true} or {"hours":n} with n a nonzero integer up to ${MAX_CLOCK_HOURS}`);
}

/** Validates a tap: `{ handler }` is the id of an onClick handler in the card's latest render. */
function validateClick(body) {
  rejectUnknownFields(body, ['handler', 'renderId']);
  if (!Number.isInteger(body.handler) || body.handler < 0) {
    throw invalid('handler', body.handler, 'a non-negative integer handler id');
  }
  if (body.renderId !== undefined && !Number.isInteger(body.renderId)) {
    throw invalid('renderId', body.renderId, 'an integer');
  }
  return body;
}

function validateKill(body) {
  rejectUnknownFields(body, ['device']);
  const device = body.device === undefined ? 'phone' : body.device;
  if (!DEVICES.includes(device)) {
    throw invalid('device', body.device, DEVICES.join(' or '));
  }
  return { device };
}

module.exports = {
  validateWorldPatch,
  validateNewCard,
  validateClockMove,
  validateClick,
  validateKill,
  WORLD_FIELDS,
  LOCALES,
};
