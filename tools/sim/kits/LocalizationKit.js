'use strict';

// @kit.LocalizationKit: the i18n and intl calls the app makes, with results
// from the world's locale and time zone (an IANA name such as 'Asia/Shanghai').

const world = require('./world');
const { createResourceManager } = require('./resources');
const { RealDate } = require('./clock');

// Offset of `timeZone` from UTC at `epochMs`, in milliseconds, DST included.
function timeZoneOffsetMs(timeZone, epochMs) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new RealDate(epochMs));
  const field = (type) => Number(parts.find((part) => part.type === type).value);
  const wallMs = RealDate.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wallMs - Math.floor(epochMs / 1000) * 1000;
}

class TimeZone {
  constructor(id) {
    this.id = id;
  }

  getID() {
    return this.id;
  }

  getDisplayName(locale) {
    const parts = new Intl.DateTimeFormat(locale || world.current().locale, { timeZone: this.id, timeZoneName: 'long' })
      .formatToParts(new RealDate(world.current().clock.now()));
    const name = parts.find((part) => part.type === 'timeZoneName');
    return name ? name.value : this.id;
  }

  getRawOffset() {
    // The offset in January, which is outside DST in the northern hemisphere.
    const year = new RealDate(world.current().clock.now()).getUTCFullYear();
    return timeZoneOffsetMs(this.id, RealDate.UTC(year, 0, 1));
  }

  getOffset(date) {
    return timeZoneOffsetMs(this.id, date === undefined ? world.current().clock.now() : Number(date));
  }
}

const System = {
  getSystemLocale: () => world.current().locale,
  getSystemLanguage: () => world.current().locale.split('-')[0],
  getSystemRegion: () => {
    const region = world.current().locale.split('-').find((part, index) => index > 0 && /^[A-Z]{2}$/.test(part));
    return region || '';
  },
  is24HourClock: () => world.current().is24HourClock !== false,
};

const i18n = {
  System,
  TimeZone,
  getTimeZone: (zoneId) => new TimeZone(zoneId || world.current().timeZone),
};

// intl wraps the ECMAScript Intl objects; the default time zone is the world's.
class DateTimeFormat {
  constructor(locale, options = {}) {
    this.format_ = new Intl.DateTimeFormat(locale || world.current().locale, { timeZone: world.current().timeZone, ...options });
  }

  format(date) {
    return this.format_.format(date);
  }

  resolvedOptions() {
    return this.format_.resolvedOptions();
  }
}

class Locale {
  constructor(tag) {
    const locale = new Intl.Locale(tag || world.current().locale);
    this.language = locale.language;
    this.script = locale.script || '';
    this.region = locale.region || '';
    this.baseName = locale.baseName;
  }

  toString() {
    return this.baseName;
  }
}

const intl = { DateTimeFormat, Locale };

const resourceManager = {
  getSystemResourceManager: () => createResourceManager(),
};

module.exports = { i18n, intl, resourceManager, timeZoneOffsetMs };
