// Schedule filters and search as one pipeline of guards: a session is shown when it
// passes every guard. Counting an option runs the same pipeline without that option's
// own guard, so "Sala A (4)" says how many sessions choosing Sala A would show.

import { foldForMatch } from './text';
import type { Edition, LocalDate, Session } from './types';

export interface ScheduleFilters {
  day: LocalDate | null;
  /** A room id. */
  room: string | null;
  /** A track id. */
  track: string | null;
  /** Free text, matched case- and accent-insensitively; empty matches everything. */
  query: string;
}

export type FilterName = keyof ScheduleFilters;

export const NO_FILTERS: ScheduleFilters = { day: null, room: null, track: null, query: '' };

/** Folded searchable text of each session, by session id. */
export type SearchIndex = ReadonlyMap<string, string>;

export interface FilterCounts {
  /** Sessions that pass every filter. */
  total: number;
  days: ReadonlyMap<LocalDate, number>;
  rooms: ReadonlyMap<string, number>;
  tracks: ReadonlyMap<string, number>;
}

/**
 * Builds the text that search looks in: title, speaker names, track label, room name,
 * summary and abstract, folded once so that each keystroke only compares strings.
 */
export function buildSearchIndex(edition: Pick<Edition, 'sessions' | 'rooms' | 'tracks'>): SearchIndex {
  const roomNames = new Map(edition.rooms.map((room) => [room.id, room.name]));
  const trackLabels = new Map(edition.tracks.map((track) => [track.id, track.label]));
  const index = new Map<string, string>();

  for (const session of edition.sessions) {
    const fields = [
      session.title,
      ...session.speakers.map((speaker) => speaker.name),
      session.track === null ? '' : (trackLabels.get(session.track) ?? ''),
      session.room === null ? '' : (roomNames.get(session.room) ?? ''),
      session.summary,
      session.body,
    ];
    index.set(session.id, foldForMatch(fields.join('\n')));
  }

  return index;
}

/** Splits a query into folded words. Every word must occur for a session to match. */
export function splitQuery(query: string): string[] {
  return foldForMatch(query).split(' ').filter((word) => word !== '');
}

/** Returns whether the room, track or text filter is set; the day is a tab, not a narrowing filter. */
export function hasNarrowingFilters(filters: ScheduleFilters): boolean {
  return filters.room !== null || filters.track !== null || splitQuery(filters.query).length > 0;
}

/** Tests a session against every filter. A plenary session is for everyone, so it passes any room filter. */
function passesFilters(session: Session, filters: ScheduleFilters, words: readonly string[], index: SearchIndex): boolean {
  if (filters.day !== null && session.day !== filters.day) return false;
  if (filters.room !== null && session.room !== filters.room && !session.plenary) return false;
  if (filters.track !== null && session.track !== filters.track) return false;

  return words.length === 0 || matchesWords(session, words, index);
}

/** Returns whether the session's searchable text contains every word. */
function matchesWords(session: Session, words: readonly string[], index: SearchIndex): boolean {
  const text = index.get(session.id) ?? foldForMatch(session.title);
  return words.every((word) => text.includes(word));
}

/** Returns the sessions that pass every filter, in their given order. */
export function filterSessions(sessions: readonly Session[], filters: ScheduleFilters, index: SearchIndex): Session[] {
  const words = splitQuery(filters.query);
  return sessions.filter((session) => passesFilters(session, filters, words, index));
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Counts, for each day, room and track, the sessions that would pass if that option
 * were chosen and the other filters stayed. A plenary session counts in every room
 * of `roomIds`, matching how the room filter treats it.
 */
export function countFilterOptions(
  sessions: readonly Session[],
  filters: ScheduleFilters,
  index: SearchIndex,
  roomIds: readonly string[],
): FilterCounts {
  const words = splitQuery(filters.query);
  const days = new Map<LocalDate, number>();
  const rooms = new Map<string, number>();
  const tracks = new Map<string, number>();
  let total = 0;

  // The guards of passesFilters, each run once per session, because the search
  // guard is costly. Each count below leaves out its own guard.
  for (const session of sessions) {
    const dayOk = filters.day === null || session.day === filters.day;
    const roomOk = filters.room === null || session.room === filters.room || session.plenary;
    const trackOk = filters.track === null || session.track === filters.track;
    const queryOk = words.length === 0 || matchesWords(session, words, index);

    if (dayOk && roomOk && trackOk && queryOk) total += 1;
    if (roomOk && trackOk && queryOk) increment(days, session.day);
    if (dayOk && trackOk && queryOk) {
      const counted = session.plenary ? roomIds : session.room === null ? [] : [session.room];
      for (const room of counted) increment(rooms, room);
    }
    if (session.track !== null && dayOk && roomOk && queryOk) increment(tracks, session.track);
  }

  return { total, days, rooms, tracks };
}
