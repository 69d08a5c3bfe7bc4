// Typed builders of compiled agenda data for tests, so that each test states only
// the fields it is about. Times are written as wall-clock times in the edition's
// zone, as organizers write them, and stored as UTC instants, as the plugin emits them.

import { TZDate } from '@date-fns/tz';

import { slugify } from '../../../src/domain/text';
import type {
  Conference,
  Edition,
  EditionDay,
  Instant,
  LocalDate,
  PlenaryItem,
  Room,
  Session,
  Speaker,
  SpeakerRef,
  TimeZone,
  Track,
} from '../../../src/domain/types';

export const TEST_ZONE: TimeZone = 'America/Mexico_City';

/** Converts a wall-clock time (`09:30`) on a local day to a UTC instant. */
export function wallTime(day: LocalDate, time: string, timeZone: TimeZone = TEST_ZONE): Instant {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const local = new TZDate(year ?? 0, (month ?? 1) - 1, date ?? 1, hours ?? 0, minutes ?? 0, timeZone);
  return new Date(local.getTime()).toISOString();
}

export interface SessionSeed extends Partial<Omit<Session, 'start' | 'end' | 'day' | 'speakers'>> {
  title: string;
  day: LocalDate;
  /** Wall-clock start and end, such as `09:30`. */
  from: string;
  to: string;
  /** Speakers without a role or photo unless given. */
  speakers?: (Pick<SpeakerRef, 'slug' | 'name'> & Partial<SpeakerRef>)[];
}

export function makeSession(seed: SessionSeed): Session {
  const { from, to, day, speakers = [], ...fields } = seed;
  const edition = fields.edition ?? '2027';
  const slug = fields.slug ?? slugify(seed.title);
  const timeZone = fields.timeZone ?? TEST_ZONE;

  return {
    id: `${edition}/${slug}`,
    edition,
    slug,
    room: null,
    track: null,
    plenary: false,
    tags: [],
    links: [],
    format: null,
    language: null,
    body: '',
    summary: '',
    draft: false,
    ...fields,
    speakers: speakers.map((speaker) => ({ designation: '', photo: null, ...speaker })),
    title: seed.title,
    timeZone,
    day,
    start: wallTime(day, from, timeZone),
    end: wallTime(day, to, timeZone),
  };
}

export interface PlenarySeed extends Partial<Omit<PlenaryItem, 'start' | 'end' | 'day'>> {
  title: string;
  day: LocalDate;
  from: string;
  to: string;
}

export function makePlenaryItem(seed: PlenarySeed, timeZone: TimeZone = TEST_ZONE): PlenaryItem {
  const { from, to, day, ...fields } = seed;
  const edition = fields.edition ?? '2027';

  return {
    id: `${edition}/${slugify(seed.title)}-${day}-${from}`,
    edition,
    kind: 'break',
    ...fields,
    title: seed.title,
    day,
    start: wallTime(day, from, timeZone),
    end: wallTime(day, to, timeZone),
  };
}

export function makeRoom(name: string): Room {
  return { id: slugify(name), name };
}

export function makeTrack(label: string, color = '#1f6feb'): Track {
  return { id: slugify(label), label, color };
}

export interface EditionSeed extends Partial<Edition> {
  id: string;
}

/**
 * Builds an edition whose days, summary and time span follow from its sessions and
 * plenary items unless the seed gives them. Each day lists every room unless `days` says otherwise.
 */
export function makeEdition(seed: EditionSeed): Edition {
  const sessions = seed.sessions ?? [];
  const plenaryItems = seed.plenaryItems ?? [];
  const rooms = seed.rooms ?? [];
  const timed = [...sessions, ...plenaryItems];
  const dates = [...new Set(timed.map((item) => item.day))].sort();
  const starts = timed.map((item) => item.start).sort();
  const ends = timed.map((item) => item.end).sort();
  const days: EditionDay[] = dates.map((date) => ({ date, rooms: rooms.map((room) => room.id) }));

  return {
    title: `Congreso ${seed.id}`,
    timeZone: TEST_ZONE,
    firstDay: dates[0] ?? null,
    lastDay: dates.at(-1) ?? null,
    start: starts[0] ?? null,
    end: ends.at(-1) ?? null,
    sessionCount: sessions.length,
    days,
    tracks: [],
    ...seed,
    rooms,
    sessions,
    plenaryItems,
  };
}

/** Returns the summary part of an edition, as `conference.editions` lists it. */
export function summarize(edition: Edition): Conference['editions'][number] {
  const { id, title, timeZone, firstDay, lastDay, start, end, sessionCount } = edition;
  return { id, title, timeZone, firstDay, lastDay, start, end, sessionCount };
}

export function makeConference(editions: readonly Edition[], defaultEdition: string | null = null): Conference {
  return {
    name: 'Congreso de Ejemplo',
    editions: editions.map(summarize),
    defaultEdition,
  };
}

export interface SpeakerSeed extends Partial<Speaker> {
  name: string;
}

export function makeSpeaker(seed: SpeakerSeed): Speaker {
  return {
    slug: seed.slug ?? slugify(seed.name),
    designation: '',
    photo: null,
    links: [],
    bio: '',
    sessions: [],
    ...seed,
  };
}
