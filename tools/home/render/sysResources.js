'use strict';

// A small stand-in for the system resources that `$r('sys.<type>.<name>')` names. The device's
// real values are themed and can differ between devices and releases. These values are
// approximations picked to look like the default HarmonyOS light and dark themes. A name missing
// here is reported in the renderer notes instead of guessed.

const SYS_COLORS = {
  light: {
    ohos_id_color_text_primary: '#E5000000',
    ohos_id_color_text_secondary: '#99000000',
    ohos_id_color_text_tertiary: '#66000000',
    ohos_id_color_text_primary_contrary: '#FFFFFFFF',
    ohos_id_color_emphasize: '#FF0A59F7',
    ohos_id_color_warning: '#FFE84026',
    ohos_id_color_alert: '#FFED6F21',
    ohos_id_color_connected: '#FF64BB5C',
    ohos_id_color_background: '#FFF1F3F5',
    ohos_id_color_card_bg: '#FFFFFFFF',
    ohos_id_color_primary: '#E5000000',
    ohos_id_color_secondary: '#99000000',
    ohos_id_color_list_separator: '#33000000',
    ohos_id_color_button_normal: '#0C000000',
    ohos_id_color_component_normal: '#0C000000',
  },
  dark: {
    ohos_id_color_text_primary: '#E5FFFFFF',
    ohos_id_color_text_secondary: '#99FFFFFF',
    ohos_id_color_text_tertiary: '#66FFFFFF',
    ohos_id_color_text_primary_contrary: '#FF000000',
    ohos_id_color_emphasize: '#FF317AF7',
    ohos_id_color_warning: '#FFD94838',
    ohos_id_color_alert: '#FFDB6B42',
    ohos_id_color_connected: '#FF5BA854',
    ohos_id_color_background: '#FF000000',
    ohos_id_color_card_bg: '#FF202224',
    ohos_id_color_primary: '#E5FFFFFF',
    ohos_id_color_secondary: '#99FFFFFF',
    ohos_id_color_list_separator: '#33FFFFFF',
    ohos_id_color_button_normal: '#33FFFFFF',
    ohos_id_color_component_normal: '#33FFFFFF',
  },
};

// Sizes in vp or fp, the same in both color modes.
const SYS_FLOATS = {
  ohos_id_text_size_headline8: '20fp',
  ohos_id_text_size_sub_title1: '18fp',
  ohos_id_text_size_sub_title2: '16fp',
  ohos_id_text_size_sub_title3: '14fp',
  ohos_id_text_size_body1: '16fp',
  ohos_id_text_size_body2: '14fp',
  ohos_id_text_size_body3: '12fp',
  ohos_id_text_size_caption: '10fp',
  ohos_id_text_size_button1: '16fp',
  ohos_id_text_size_button2: '14fp',
  ohos_id_text_size_button3: '12fp',
  ohos_id_corner_radius_card: '16vp',
  ohos_id_corner_radius_default_l: '16vp',
  ohos_id_corner_radius_default_m: '12vp',
  ohos_id_corner_radius_button: '20vp',
  ohos_id_card_margin_start: '12vp',
  ohos_id_card_margin_end: '12vp',
  ohos_id_elements_margin_horizontal_m: '8vp',
  ohos_id_elements_margin_horizontal_l: '12vp',
  ohos_id_elements_margin_vertical_m: '8vp',
  ohos_id_elements_margin_vertical_l: '16vp',
};

const SYS_STRINGS = {
  ohos_id_text_font_family_regular: 'HarmonyOS Sans',
  ohos_id_text_font_family_medium: 'HarmonyOS Sans Medium',
};

/** Returns the value of a `sys` resource for a color mode, or undefined when the table lacks it. */
function lookupSysResource(type, name, colorMode) {
  if (type === 'color') {
    return SYS_COLORS[colorMode === 'dark' ? 'dark' : 'light'][name];
  }
  if (type === 'float') {
    return SYS_FLOATS[name];
  }
  if (type === 'string') {
    return SYS_STRINGS[name];
  }
  return undefined;
}

module.exports = { lookupSysResource, SYS_COLORS, SYS_FLOATS, SYS_STRINGS };
