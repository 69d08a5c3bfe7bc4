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

export interface FilterCounts {
  /** Sessions that pass every filter. */
  total: number;
  days: ReadonlyMap<LocalDate, number>;
  rooms: ReadonlyMap<string, number>;
  tracks: ReadonlyMap<string, number>;
}

/** How many recent queries a search index keeps the matches of. */
const RECENT_QUERIES = 32;

/**
 * The folded searchable text of each session, by session id, with the matches of
 * recent queries kept. While someone types, each keystroke is a new query. It is
 * tested only against the matches of a cached query that it narrows, and
 * Backspace returns to a cached query.
 */
export class SearchIndex {
  readonly #texts: ReadonlyMap<string, string>;
  /** Matching session ids by folded query, least recently used first. */
  readonly #recent = new Map<string, ReadonlySet<string>>();

  constructor(texts: ReadonlyMap<string, string>) {
    this.#texts = texts;
  }

  /** Returns the ids of the sessions whose text contains every word of `query`, or null when it has no words. */
  matching(query: string): ReadonlySet<string> | null {
    const words = splitQuery(query);
    if (words.length === 0) return null;

    const key = words.join(' ');
    const cached = this.#recent.get(key);
    if (cached !== undefined) {
      this.#remember(key, cached);
      return cached;
    }

    const matches = new Set<string>();
    for (const id of this.#candidates(words)) {
      const text = this.#texts.get(id) ?? '';
      if (words.every((word) => text.includes(word))) matches.add(id);
    }
    this.#remember(key, matches);
    return matches;
  }

  /**
   * Returns the fewest ids that can match `words`. When every word of a cached
   * query occurs inside some word of `words`, a session that contains all of
   * `words` contains all of the cached words too, so only the cached matches
   * need testing.
   */
  #candidates(words: readonly string[]): Iterable<string> {
    let narrowest: ReadonlySet<string> | null = null;

    for (const [key, matches] of this.#recent) {
      const narrows = key.split(' ').every((cachedWord) => words.some((word) => word.includes(cachedWord)));
      if (narrows && (narrowest === null || matches.size < narrowest.size)) narrowest = matches;
    }
    return narrowest ?? this.#texts.keys();
  }

  #remember(key: string, matches: ReadonlySet<string>): void {
    this.#recent.delete(key);
    this.#recent.set(key, matches);

    const oldest = this.#recent.keys().next();
    if (this.#recent.size > RECENT_QUERIES && oldest.done !== true) this.#recent.delete(oldest.value);
  }
}

/**
 * Builds the text that search looks in: title, speaker names, track label, room name,
 * summary and abstract, folded once so that each keystroke only compares strings.
 */
export function buildSearchIndex(edition: Pick<Edition, 'sessions' | 'rooms' | 'tracks'>): SearchIndex {
  const roomNames = new Map(edition.rooms.map((room) => [room.id, room.name]));
  const trackLabels = new Map(edition.tracks.map((track) => [track.id, track.label]));
  const texts = new Map<string, string>();

  for (const session of edition.sessions) {
    const fields = [
      session.title,
      ...session.speakers.map((speaker) => speaker.name),
      session.track === null ? '' : (trackLabels.get(session.track) ?? ''),
      session.room === null ? '' : (roomNames.get(session.room) ?? ''),
      session.summary,
      session.body,
    ];
    texts.set(session.id, foldForMatch(fields.join('\n')));
  }

  return new SearchIndex(texts);
}

/** Splits a query into folded words. Every word must occur for a session to match. */
export function splitQuery(query: string): string[] {
  return foldForMatch(query).split(' ').filter((word) => word !== '');
}

/** Returns whether the room, track or text filter is set; the day is a tab, not a narrowing filter. */
export function hasNarrowingFilters(filters: ScheduleFilters): boolean {
  return filters.room !== null || filters.track !== null || splitQuery(filters.query).length > 0;
}

/**
 * Tests a session against every filter. A plenary session is for everyone, so it
 * passes any room filter. `matches` is the search's result, null for no search.
 */
function passesFilters(session: Session, filters: ScheduleFilters, matches: ReadonlySet<string> | null): boolean {
  if (filters.day !== null && session.day !== filters.day) return false;
  if (filters.room !== null && session.room !== filters.room && !session.plenary) return false;
  if (filters.track !== null && session.track !== filters.track) return false;

  return matches === null || matches.has(session.id);
}

/** Returns the sessions that pass every filter, in their given order. `index` must cover them. */
export function filterSessions(sessions: readonly Session[], filters: ScheduleFilters, index: SearchIndex): Session[] {
  const matches = index.matching(filters.query);
  return sessions.filter((session) => passesFilters(session, filters, matches));
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
  const matches = index.matching(filters.query);
  const days = new Map<LocalDate, number>();
  const rooms = new Map<string, number>();
  const tracks = new Map<string, number>();
  let total = 0;

  // The guards of passesFilters, each run once per session. Each count below
  // leaves out its own guard.
  for (const session of sessions) {
    const dayOk = filters.day === null || session.day === filters.day;
    const roomOk = filters.room === null || session.room === filters.room || session.plenary;
    const trackOk = filters.track === null || session.track === filters.track;
    const queryOk = matches === null || matches.has(session.id);

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
