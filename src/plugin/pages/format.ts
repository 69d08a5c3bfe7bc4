// Dates and times as link previews and the server-rendered pages show them, in
// Spanish (es-MX) and in the edition's own zone. Attendees plan by the clock at
// the venue, whatever zone the build machine or their phone is set to.

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { es } from 'date-fns/locale';

import type { Conference, EditionSummary, Instant, LocalDate, TimeZone } from '../../domain/types.ts';

/** Formats a wall-clock range in a zone as `12:00–12:40`. */
export function formatTimeRange(start: Instant, end: Instant, zone: TimeZone): string {
  return `${formatClock(readWallClock(start, zone))}–${formatClock(readWallClock(end, zone))}`;
}

/** Formats when a session takes place: `mar 5 nov 2024, 12:00–12:40 (hora de Monterrey)`. */
export function formatSessionWhen(start: Instant, end: Instant, zone: TimeZone): string {
  const startClock = readWallClock(start, zone);
  const day = `${startClock.weekday} ${startClock.day} ${startClock.month} ${startClock.year}`;

  return `${day}, ${formatClock(startClock)}–${formatClock(readWallClock(end, zone))} (${startClock.zoneName})`;
}

/** The es-MX reading of an instant on the wall clock of a zone. */
interface WallClock {
  /** Abbreviated, such as `mar`. */
  weekday: string;
  day: string;
  /** Abbreviated, such as `nov`. */
  month: string;
  year: string;
  hour: number;
  minute: string;
  /** The zone as `hora de Monterrey`, or an offset such as `GMT+0` for a zone without a city name. */
  zoneName: string;
}

function formatClock(clock: WallClock): string {
  return `${clock.hour}:${clock.minute}`;
}

// The pages format every session several times (its page, its day, its room and
// its speakers), and sessions share start times, so each reading is cached. A
// formatter is made once per zone, because creating one costs far more than using it.
const wallClockFormats = new Map<TimeZone, Intl.DateTimeFormat>();
const wallClocks = new Map<string, WallClock>();

function readWallClock(instant: Instant, zone: TimeZone): WallClock {
  const key = `${zone} ${instant}`;
  let clock = wallClocks.get(key);
  if (clock === undefined) {
    clock = formatWallClock(instant, zone);
    wallClocks.set(key, clock);
  }

  return clock;
}

function formatWallClock(instant: Instant, zone: TimeZone): WallClock {
  let formatter = wallClockFormats.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('es-MX', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortGeneric',
    });
    wallClockFormats.set(zone, formatter);
  }

  const parts = new Map(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    weekday: parts.get('weekday') ?? '',
    day: parts.get('day') ?? '',
    month: parts.get('month') ?? '',
    year: parts.get('year') ?? '',
    // Node 20's Intl writes `08` for 8 o'clock with hourCycle 'h23', even with hour: 'numeric'.
    hour: Number(parts.get('hour') ?? 0),
    minute: parts.get('minute') ?? '00',
    zoneName: parts.get('timeZoneName') ?? zone,
  };
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
