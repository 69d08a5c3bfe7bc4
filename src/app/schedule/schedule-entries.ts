// What a schedule day shows: the filtered sessions and, unless a filter narrows the
// view, the edition's plenary items (welcome, breaks, meals) on that day.

import type { GridEntry } from '../../domain/layout.ts';
import type { Edition, Instant, LocalDate, PlenaryItem, Session } from '../../domain/types.ts';

export type ScheduleEntry =
  | (GridEntry & { kind: 'session'; id: string; session: Session })
  | (GridEntry & { kind: 'plenary'; id: string; item: PlenaryItem });

export function sessionEntry(session: Session): ScheduleEntry {
  const { start, end, room, plenary } = session;
  return { kind: 'session', id: session.id, session, start, end, room, spansAllRooms: plenary };
}

export function plenaryEntry(item: PlenaryItem): ScheduleEntry {
  return { kind: 'plenary', id: item.id, item, start: item.start, end: item.end, room: null, spansAllRooms: true };
}

/** Returns whether an entry runs at the instant `now` (milliseconds since the epoch). */
export function isRunning(entry: { start: Instant; end: Instant }, now: number): boolean {
  return Date.parse(entry.start) <= now && now < Date.parse(entry.end);
}

/** Merges sessions and plenary items by start, then end, keeping the sessions' given order on ties. */
export function buildDayEntries(sessions: readonly Session[], plenaryItems: readonly PlenaryItem[]): ScheduleEntry[] {
  // Parsed once per entry rather than in every comparison, because this runs on each search keystroke.
  const keyed = [...sessions.map(sessionEntry), ...plenaryItems.map(plenaryEntry)].map((entry) => ({
    entry,
    start: Date.parse(entry.start),
    end: Date.parse(entry.end),
  }));
  keyed.sort((a, b) => a.start - b.start || a.end - b.end);

  return keyed.map(({ entry }) => entry);
}

/** Counts the sessions and plenary items on `day`, before any filter. */
export function countDayEntries(edition: Pick<Edition, 'sessions' | 'plenaryItems'>, day: LocalDate): number {
  const onDay = (item: { day: LocalDate }) => item.day === day;
  return edition.sessions.filter(onDay).length + edition.plenaryItems.filter(onDay).length;
}
