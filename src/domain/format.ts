// Dates and times as attendees read them. Every instant is shown in the edition's
// own time zone, never the device's, because attendees plan their day by the clock
// at the venue even when their phone is still set to home.

import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';

import type { Instant, LocalDate, TimeZone } from './types';

/** A language of the interface. Talk content is shown as written, whatever this is. */
export type UiLanguage = 'es' | 'en';

// The app formats only a few fixed patterns, so it keeps the day and month names
// here and uses date-fns' `lightFormat` for the numbers. Its `format` with the
// `es` and `enUS` locales added about 22 KB minified to the first load (about
// 6.7 KB gzip, estimated from the build's source map), mostly tokens and locale
// parts such as parsing that these patterns never use. The names match what
// date-fns 4.4 `format` prints for `EEE`, `EEEE`, `MMM` and `MMMM`, and a test
// compares the two for every day of a year.
interface LanguageFormats {
  /** BCP 47 tag for `Intl` and for `<html lang>`. */
  tag: string;
  /** `lightFormat` pattern of a wall-clock time. */
  time: string;
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  months: readonly string[];
  monthsShort: readonly string[];
}

const FORMATS: Record<UiLanguage, LanguageFormats> = {
  es: {
    tag: 'es-MX',
    time: 'H:mm',
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    weekdaysShort: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    monthsShort: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  },
  en: {
    tag: 'en-US',
    time: 'h:mm a',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the BCP 47 tag of a UI language, such as `es-MX`. */
export function languageTag(language: UiLanguage): string {
  return FORMATS[language].tag;
}

/**
 * Parses a `yyyy-MM-dd` local date into a date at midnight UTC, so that formatting it
 * never depends on the device's zone. Throws for any other shape, naming the value.
 */
function parseLocalDate(day: LocalDate): TZDate {
  const match = LOCAL_DATE.exec(day);
  if (!match) {
    throw new RangeError(`Invalid local date "${day}": expected the form yyyy-MM-dd, for example 2027-03-10.`);
  }

  const [, year, month, date] = match;
  return new TZDate(Number(year), Number(month) - 1, Number(date), 'UTC');
}

/** Formats an edition day for a tab: `mar 5 nov` in Spanish, `Tue, Nov 5` in English. */
export function formatDayShort(day: LocalDate, language: UiLanguage): string {
  return rememberDay(`short ${language} ${day}`, () => writeDayShort(day, language));
}

/** Formats an edition day in full: `martes 5 de noviembre de 2024`. */
export function formatDayLong(day: LocalDate, language: UiLanguage): string {
  return rememberDay(`long ${language} ${day}`, () => writeDayLong(day, language));
}

// Screens format the same few days on every render, including each search
// keystroke, and each one builds a zoned date. The cache holds one string per
// day, style and language that the app has shown, which stays small.
const dayLabels = new Map<string, string>();

function rememberDay(key: string, write: () => string): string {
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = write();
    dayLabels.set(key, label);
  }
  return label;
}

function writeDayShort(day: LocalDate, language: UiLanguage): string {
  const names = FORMATS[language];
  const date = parseLocalDate(day);
  const weekday = names.weekdaysShort[date.getDay()];
  const month = names.monthsShort[date.getMonth()];

  if (language === 'es') return `${weekday} ${date.getDate()} ${month}`;
  return `${weekday}, ${month} ${date.getDate()}`;
}

function writeDayLong(day: LocalDate, language: UiLanguage): string {
  const names = FORMATS[language];
  const date = parseLocalDate(day);
  const weekday = names.weekdays[date.getDay()];
  const month = names.months[date.getMonth()];

  if (language === 'es') return `${weekday} ${date.getDate()} de ${month} de ${date.getFullYear()}`;
  return `${weekday}, ${month} ${date.getDate()}, ${date.getFullYear()}`;
}

/** Formats the wall-clock time of an instant in a zone: `9:30` in Spanish, `9:30 AM` in English. */
export function formatTime(instant: Instant, timeZone: TimeZone, language: UiLanguage): string {
  return lightFormat(new TZDate(instant, timeZone), FORMATS[language].time);
}

/** Formats a start and end in a zone as `9:30 – 10:10`. */
export function formatTimeRange(start: Instant, end: Instant, timeZone: TimeZone, language: UiLanguage): string {
  return `${formatTime(start, timeZone, language)} – ${formatTime(end, timeZone, language)}`;
}

/**
 * Returns the short name of a zone at an instant in the UI language, as `Intl` spells
 * it: Node 20 and Chromium give `CST` in English but `GMT-6` in Spanish for
 * America/Mexico_City, because CLDR has no Spanish abbreviation for that zone.
 */
export function formatZoneName(instant: Instant, timeZone: TimeZone, language: UiLanguage): string {
  const parts = zoneNameFormatter(timeZone, language).formatToParts(new Date(instant));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

// Building an Intl.DateTimeFormat costs far more than using one, and a schedule
// formats the zone of every card, so formatters are kept per language and zone.
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneNameFormatter(timeZone: TimeZone, language: UiLanguage): Intl.DateTimeFormat {
  const key = `${language} ${timeZone}`;
  let formatter = zoneNameFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(languageTag(language), { timeZone, timeZoneName: 'short' });
    zoneNameFormatters.set(key, formatter);
  }
  return formatter;
}

/** Formats the days an edition runs: `5 nov 2024`, `5 nov – 6 nov 2024`, or `Nov 5 – Nov 6, 2024` in English. */
export function formatDaySpan(firstDay: LocalDate, lastDay: LocalDate, language: UiLanguage): string {
  const last = parseLocalDate(lastDay);
  const lastText = `${formatDayMonth(last, language)}${language === 'es' ? ' ' : ', '}${last.getFullYear()}`;

  if (firstDay === lastDay) return lastText;
  return `${formatDayMonth(parseLocalDate(firstDay), language)} – ${lastText}`;
}

/** Formats a date's day and short month: `5 nov` in Spanish, `Nov 5` in English. */
function formatDayMonth(date: TZDate, language: UiLanguage): string {
  const month = FORMATS[language].monthsShort[date.getMonth()];
  return language === 'es' ? `${date.getDate()} ${month}` : `${month} ${date.getDate()}`;
}
