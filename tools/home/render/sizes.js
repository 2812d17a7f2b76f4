'use strict';

// Card sizes in vp for each form dimension. These are estimates, not values from a
// specification. The phone grid uses 76 vp cells with 12 vp gutters, which puts a 4*4 card at
// 340 vp. A question on segmentfault.com quotes the onAddForm want of a real 4*4 card as
// 1178.8 x 1206.8 px, which is 337 x 345 vp on a phone with 3.5 px per vp. The watch sizes
// assume a round 466 px screen at 2 px per vp, so a 3*3 card nearly fills the 233 vp face.

const PHONE_CELL = 76;
const PHONE_GUTTER = 12;

function phoneSize(rows, columns) {
  return {
    width: columns * PHONE_CELL + (columns - 1) * PHONE_GUTTER,
    height: rows * PHONE_CELL + (rows - 1) * PHONE_GUTTER,
  };
}

const CARD_SIZES = {
  phone: {
    '1*2': phoneSize(1, 2),
    '2*2': phoneSize(2, 2),
    '2*4': phoneSize(2, 4),
    '4*4': phoneSize(4, 4),
  },
  wearable: {
    '2*3': { width: 216, height: 144 },
    '3*3': { width: 216, height: 216 },
    // A watch may also show the phone dimensions that a form lists; drawn at watch scale.
    '2*2': { width: 144, height: 144 },
    '1*2': { width: 216, height: 96 },
  },
};

// Corner radius of the card frame in vp. HarmonyOS cards use large, rounded corners.
const CARD_RADIUS = { phone: 20, wearable: 24 };

/** FormDimension numbers from the Form Kit (formInfo.FormDimension). */
const FORM_DIMENSION_NUMBERS = { '1*2': 1, '2*2': 2, '2*4': 3, '4*4': 4, '2*3': 8, '3*3': 9 };

/**
 * Returns `{ width, height, radius, circle }` for a card, or throws for a dimension the device
 * cannot show.
 */
function cardFrame(deviceType, dimension, shape) {
  const table = CARD_SIZES[deviceType];
  if (!table) {
    throw new Error(`unknown device type '${deviceType}': expected phone or wearable`);
  }
  const size = table[dimension];
  if (!size) {
    throw new Error(`dimension '${dimension}' is not a ${deviceType} card size: expected one of ${Object.keys(table).join(', ')}`);
  }

  // A circle card on the round watch face is as wide as it is high.
  if (shape === 'circle') {
    const diameter = Math.max(size.width, size.height);
    return { width: diameter, height: diameter, radius: diameter / 2, circle: true };
  }
  return { ...size, radius: CARD_RADIUS[deviceType], circle: false };
}

module.exports = { cardFrame, CARD_SIZES, FORM_DIMENSION_NUMBERS };
