// Time arithmetic on explicit IANA zones. Nothing here reads the device's zone,
// so the content build gives the same output whatever `TZ` the machine has, and
// the app places a session on its edition's day wherever the viewer is.

import { TZDate, tzOffset } from '@date-fns/tz';

import type { Instant, LocalDate, TimeZone } from './types.ts';

/** A wall-clock reading in a time zone, as written in a talk file. */
export interface ParsedTime {
  instant: Instant;
  /** The offset written in the value, in minutes east of UTC, or null when none was. */
  writtenOffsetMinutes: number | null;
  /** The zone's own offset at that instant, in minutes east of UTC. */
  zoneOffsetMinutes: number;
}

// Every shape found in hand-written front matter. Date and time are separated by
// `T` or a space, the hour may have one digit, and seconds and fraction are
// optional. Then come an optional `Z` or numeric offset, with or without a colon,
// and an optional abbreviation such as `CST`, which Go's time format writes and
// which adds nothing to the offset.
const TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Za-z]{2,6})?$/;

/** The accepted time shapes, as build messages describe them in each language. */
export const TIME_SHAPES_HINT = {
  en: 'a date and time such as 2024-11-05T12:00:00 (wall-clock time at the venue) or 2024-11-05T12:00:00-06:00',
  es: 'una fecha y hora como 2024-11-05T12:00:00 (hora local de la sede) o 2024-11-05T12:00:00-06:00',
};

/**
 * Parses a front matter time. A value without offset is wall-clock time in `zone`,
 * resolved with the zone's rules on that date, so daylight saving is honoured.
 * Returns null when the value has none of the accepted shapes or names an
 * impossible date such as February 30.
 */
export function parseTime(value: string, zone: TimeZone): ParsedTime | null {
  const match = TIME_PATTERN.exec(value.trim());
  if (!match) return null;

  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const milliseconds = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  if (!isValidWallClock(year, month, day, hour, minute, second)) return null;

  const writtenOffsetMinutes = parseOffset(match[8]);
  const utcMilliseconds =
    writtenOffsetMinutes === null
      ? new TZDate(year, month - 1, day, hour, minute, second, milliseconds, zone).getTime()
      : Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - writtenOffsetMinutes * 60_000;

  return {
    instant: toInstant(utcMilliseconds),
    writtenOffsetMinutes,
    zoneOffsetMinutes: tzOffset(zone, new Date(utcMilliseconds)),
  };
}

function isValidWallClock(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;

  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

function parseOffset(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (text === 'Z') return 0;

  const digits = text.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** Formats milliseconds since the epoch as an instant, without milliseconds when they are zero. */
export function toInstant(utcMilliseconds: number): Instant {
  const iso = new Date(utcMilliseconds).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

// An ISO 8601 date-time with a required zone designator: an instant without one
// would be read in the device's zone.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant such as `2024-11-05T18:00:00Z` or
 * `2024-11-05T12:00:00-06:00`. Returns null when the text has no zone designator
 * or names a date that does not exist.
 */
export function parseInstant(value: string): Date | null {
  if (!INSTANT_PATTERN.test(value)) return null;

  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Returns the calendar date of an instant in a zone, as `YYYY-MM-DD`. A talk at
 * 22:30 UTC on 2025-03-30 falls on 2025-03-31 in Europe/Madrid, whatever zone the
 * device is set to.
 */
export function localDateOf(instant: Instant | number | Date, zone: TimeZone): LocalDate {
  const milliseconds = typeof instant === 'string' ? Date.parse(instant) : Number(instant);
  const date = new TZDate(milliseconds, zone);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Formats an offset in minutes as `-06:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/** Checks whether the runtime's time zone database contains an IANA zone name. */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;

  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
