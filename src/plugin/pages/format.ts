// Dates and times as link previews and the server-rendered pages show them, in
// Spanish (es-MX) and in the edition's own zone. Attendees plan by the clock at
// the venue, whatever zone the build machine or their phone is set to.

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { es } from 'date-fns/locale';

import type { Conference, EditionSummary, Instant, LocalDate, TimeZone } from '../../domain/types.ts';

/** Formats a wall-clock range in a zone as `12:00–12:40`. */
export function formatTimeRange(start: Instant, end: Instant, zone: TimeZone): string {
  return `${formatClock(start, zone)}–${formatClock(end, zone)}`;
}

function formatClock(instant: Instant, zone: TimeZone): string {
  return format(new TZDate(instant, zone), 'H:mm', { locale: es });
}

/**
 * Names a zone as `Intl` does in es-MX with the `shortGeneric` style: `hora de
 * Monterrey` for America/Monterrey. Zones without a city name, such as UTC, come
 * out as an offset (`GMT+0`).
 */
export function formatZoneLabel(zone: TimeZone, instant: Instant): string {
  const parts = zoneNameFormat(zone).formatToParts(new Date(instant));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

// Creating a formatter costs far more than using one, and a build formats
// thousands of times in a handful of zones.
const zoneNameFormats = new Map<TimeZone, Intl.DateTimeFormat>();

function zoneNameFormat(zone: TimeZone): Intl.DateTimeFormat {
  let formatter = zoneNameFormats.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('es-MX', { timeZone: zone, timeZoneName: 'shortGeneric' });
    zoneNameFormats.set(zone, formatter);
  }

  return formatter;
}

/** Formats when a session takes place: `mar 5 nov 2024, 12:00–12:40 (hora de Monterrey)`. */
export function formatSessionWhen(start: Instant, end: Instant, zone: TimeZone): string {
  const day = format(new TZDate(start, zone), 'EEE d MMM yyyy', { locale: es });
  return `${day}, ${formatTimeRange(start, end, zone)} (${formatZoneLabel(zone, start)})`;
}

/** Formats a local day as a heading: `martes 5 de noviembre de 2024`. */
export function formatDayHeading(day: LocalDate): string {
  return format(dayDate(day), "EEEE d 'de' MMMM 'de' yyyy", { locale: es });
}

/** Formats the days an edition runs: `5 nov 2024`, or `28 mar – 1 abr 2022`. */
export function formatEditionDays(edition: EditionSummary): string | null {
  if (edition.firstDay === null || edition.lastDay === null) return null;

  const first = dayDate(edition.firstDay);
  const last = dayDate(edition.lastDay);
  if (edition.firstDay === edition.lastDay) return format(first, 'd MMM yyyy', { locale: es });

  const firstPattern = first.getFullYear() === last.getFullYear() ? 'd MMM' : 'd MMM yyyy';
  return `${format(first, firstPattern, { locale: es })} – ${format(last, 'd MMM yyyy', { locale: es })}`;
}

function dayDate(day: LocalDate): TZDate {
  const [year, month, date] = day.split('-').map(Number);
  return new TZDate(year ?? 0, (month ?? 1) - 1, date ?? 1, 'UTC');
}

/**
 * Picks the edition that the home page and `/agenda/` show, as of `now`, by the
 * app's rule: the one that the config names, else the edition in progress, else
 * the next to start, else the latest. Returns null for a conference without editions.
 */
// NOTE: the build applies the rule at build time and the app at view time, so a
// page built before an edition ends names that edition until the next build.
export function pickDefaultEdition(conference: Conference, now: number): EditionSummary | null {
  const { editions } = conference;
  const configured = editions.find((edition) => edition.id === conference.defaultEdition);
  if (configured) return configured;

  const dated = editions.filter((edition) => edition.start !== null && edition.end !== null);
  const running = dated.find((edition) => Date.parse(edition.start ?? '') <= now && now < Date.parse(edition.end ?? ''));
  if (running) return running;

  const upcoming = dated.filter((edition) => Date.parse(edition.start ?? '') > now);
  upcoming.sort((left, right) => Date.parse(left.start ?? '') - Date.parse(right.start ?? ''));
  if (upcoming[0]) return upcoming[0];

  // Editions are ordered oldest first, so the last one is the latest.
  return dated.at(-1) ?? editions.at(-1) ?? null;
}
