'use strict';

// CSS values for the ArkUI enum members that the layout attributes take.

const FLEX_ALIGN = {
  Start: 'flex-start',
  Center: 'center',
  End: 'flex-end',
  SpaceBetween: 'space-between',
  SpaceAround: 'space-around',
  SpaceEvenly: 'space-evenly',
};

const HORIZONTAL_ALIGN = { Start: 'flex-start', Center: 'center', End: 'flex-end' };

const VERTICAL_ALIGN = { Top: 'flex-start', Center: 'center', Bottom: 'flex-end' };

const ITEM_ALIGN = {
  Auto: 'auto',
  Start: 'flex-start',
  Center: 'center',
  End: 'flex-end',
  Baseline: 'baseline',
  Stretch: 'stretch',
};

// Grid alignment of Stack children: `vertical` is align-items, `horizontal` is justify-items.
const STACK_ALIGNMENT = {
  TopStart: { vertical: 'start', horizontal: 'start' },
  Top: { vertical: 'start', horizontal: 'center' },
  TopEnd: { vertical: 'start', horizontal: 'end' },
  Start: { vertical: 'center', horizontal: 'start' },
  Center: { vertical: 'center', horizontal: 'center' },
  End: { vertical: 'center', horizontal: 'end' },
  BottomStart: { vertical: 'end', horizontal: 'start' },
  Bottom: { vertical: 'end', horizontal: 'center' },
  BottomEnd: { vertical: 'end', horizontal: 'end' },
};

const FONT_WEIGHT = {
  Lighter: '300',
  Normal: '400',
  Regular: '400',
  Medium: '500',
  Bold: '700',
  Bolder: '900',
};

const TEXT_ALIGN = { Start: 'start', Center: 'center', End: 'end', JUSTIFY: 'justify' };

const IMAGE_FIT = {
  Contain: 'contain',
  Cover: 'cover',
  Auto: 'contain',
  Fill: 'fill',
  ScaleDown: 'scale-down',
  None: 'none',
};

const FLEX_DIRECTION = {
  Row: 'row',
  Column: 'column',
  RowReverse: 'row-reverse',
  ColumnReverse: 'column-reverse',
};

const FLEX_WRAP = { NoWrap: 'nowrap', Wrap: 'wrap', WrapReverse: 'wrap-reverse' };

const BORDER_STYLE = { Solid: 'solid', Dashed: 'dashed', Dotted: 'dotted' };

module.exports = {
  FLEX_ALIGN,
  HORIZONTAL_ALIGN,
  VERTICAL_ALIGN,
  ITEM_ALIGN,
  STACK_ALIGNMENT,
  FONT_WEIGHT,
  TEXT_ALIGN,
  IMAGE_FIT,
  FLEX_DIRECTION,
  FLEX_WRAP,
  BORDER_STYLE,
};
