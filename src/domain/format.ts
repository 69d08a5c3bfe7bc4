// Dates and times as attendees read them. Every instant is shown in the edition's
// own time zone, never the device's, because attendees plan their day by the clock
// at the venue even when their phone is still set to home.

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import type { Locale } from 'date-fns';

import type { Instant, LocalDate, TimeZone } from './types';

/** A language of the interface. Talk content is shown as written, whatever this is. */
export type UiLanguage = 'es' | 'en';

interface LanguageFormats {
  locale: Locale;
  /** BCP 47 tag for `Intl` and for `<html lang>`. */
  tag: string;
  time: string;
  dayShort: string;
  dayLong: string;
}

const FORMATS: Record<UiLanguage, LanguageFormats> = {
  es: { locale: es, tag: 'es-MX', time: 'H:mm', dayShort: 'EEE d MMM', dayLong: "EEEE d 'de' MMMM 'de' yyyy" },
  en: { locale: enUS, tag: 'en-US', time: 'h:mm a', dayShort: 'EEE, MMM d', dayLong: 'EEEE, MMMM d, yyyy' },
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
  const formats = FORMATS[language];
  return format(parseLocalDate(day), formats.dayShort, { locale: formats.locale });
}

/** Formats an edition day in full: `martes 5 de noviembre de 2024`. */
export function formatDayLong(day: LocalDate, language: UiLanguage): string {
  const formats = FORMATS[language];
  return format(parseLocalDate(day), formats.dayLong, { locale: formats.locale });
}

/** Formats the wall-clock time of an instant in a zone: `9:30` in Spanish, `9:30 AM` in English. */
export function formatTime(instant: Instant, timeZone: TimeZone, language: UiLanguage): string {
  const formats = FORMATS[language];
  return format(new TZDate(instant, timeZone), formats.time, { locale: formats.locale });
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
  const formats = FORMATS[language];
  const first = parseLocalDate(firstDay);
  const last = parseLocalDate(lastDay);
  const pattern = language === 'es' ? 'd MMM yyyy' : 'MMM d, yyyy';

  if (firstDay === lastDay) {
    return format(first, pattern, { locale: formats.locale });
  }

  const firstPattern = language === 'es' ? 'd MMM' : 'MMM d';
  return `${format(first, firstPattern, { locale: formats.locale })} – ${format(last, pattern, { locale: formats.locale })}`;
}
