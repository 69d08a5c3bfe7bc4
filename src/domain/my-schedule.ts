// The analysis behind the personal schedule: bookmarked sessions grouped by the
// edition's local day, overlaps, free time between sessions, room changes, and
// what is on now and next. Everything is computed from UTC instants and explicit
// IANA zones, so the result never depends on the device's time zone.

import { localDateOf, parseInstant } from './time.ts';
import type { Instant, LocalDate, TimeZone } from './types.ts';

const MILLISECONDS_PER_MINUTE = 60_000;

/** Returns the whole minutes from `from` to `to`, negative when `to` is earlier. */
export function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / MILLISECONDS_PER_MINUTE);
}

// ---------------------------------------------------------------------------
// Personal schedule

/** The fields of a session that the analysis reads. `Session` has all of them. */
export interface ScheduleItem {
  id: string;
  start: Instant;
  end: Instant;
  timeZone: TimeZone;
  /** A room id, or null when the session names none. */
  room: string | null;
}

/** A move between rooms from one session to the next one in time order. */
export interface RoomChange {
  from: string;
  to: string;
  /** Minutes between the end of the previous session and the start of this one, 0 when they touch. */
  minutesToMove: number;
}

export interface ScheduleSessionEntry<T extends ScheduleItem> {
  kind: 'session';
  session: T;
  /** Ids of the other sessions in the list that overlap this one in time, in start order. */
  conflictsWith: string[];
  /**
   * Set when the previous session of the day is in another room and neither of the
   * two overlaps any bookmark. After parallel bookmarks the attendee's room is unknown.
   */
  roomChange: RoomChange | null;
}

/** Free time between the latest end so far and the next session's start. */
export interface ScheduleGapEntry {
  kind: 'gap';
  start: Instant;
  end: Instant;
  minutes: number;
}

export type ScheduleEntry<T extends ScheduleItem> = ScheduleSessionEntry<T> | ScheduleGapEntry;

export interface MyScheduleDay<T extends ScheduleItem> {
  /** The edition-local date that every session of this day starts on. */
  date: LocalDate;
  /** Sessions in start order, with a gap entry before each session that follows free time. */
  entries: ScheduleEntry<T>[];
  /** Number of sessions of this day that overlap at least one other bookmarked session. */
  conflictCount: number;
}

export interface MyScheduleOptions {
  /**
   * Shortest free time, in minutes, reported as a gap. Shorter breaks still count
   * in `RoomChange.minutesToMove`.
   * @default 1
   */
  minimumGapMinutes?: number;
}

/** A session with its instants parsed once, so that the steps below compare numbers. */
interface TimedItem<T extends ScheduleItem> {
  item: T;
  start: number;
  end: number;
}

/**
 * Groups the bookmarked sessions by the local day of their edition, in time order,
 * and annotates them: overlaps (flagged on both sessions), free gaps and room
 * changes between consecutive sessions.
 *
 * A session belongs to the day it starts on in its own `timeZone`, which is how
 * `Session.day` is defined. Gaps and room changes are computed within a day only.
 *
 * @throws RangeError naming the session, field and value when an instant or zone is invalid.
 */
export function buildMySchedule<T extends ScheduleItem>(
  items: readonly T[],
  options: MyScheduleOptions = {},
): MyScheduleDay<T>[] {
  const minimumGapMinutes = options.minimumGapMinutes ?? 1;
  const timed = sortByTime(items.map(toTimedItem));
  const conflicts = findConflicts(items);

  const days = new Map<LocalDate, TimedItem<T>[]>();
  for (const entry of timed) {
    const date = localDateOf(new Date(entry.start), entry.item.timeZone);
    const day = days.get(date) ?? [];
    day.push(entry);
    days.set(date, day);
  }

  return [...days.entries()].map(([date, dayItems]) => buildDay(date, dayItems, conflicts, minimumGapMinutes));
}

/**
 * Returns, for every session that overlaps another one of the list, the ids of the
 * sessions it overlaps. Sessions that only touch (one ends when the next starts)
 * do not overlap. A session without conflicts has no key in the map.
 */
export function findConflicts(items: readonly ScheduleItem[]): Map<string, string[]> {
  const timed = sortByTime(items.map(toTimedItem));
  const conflicts = new Map<string, string[]>();

  for (let i = 0; i < timed.length; i++) {
    const first = timed[i]!;

    // Sorted by start, so the scan can stop at the first session starting after this one ends.
    for (let j = i + 1; j < timed.length && timed[j]!.start < first.end; j++) {
      const second = timed[j]!;
      if (second.item.id === first.item.id || second.end <= first.start) {
        continue;
      }

      addConflict(conflicts, first.item.id, second.item.id);
      addConflict(conflicts, second.item.id, first.item.id);
    }
  }

  return conflicts;
}

export interface NowAndNext<T extends ScheduleItem> {
  /** Sessions in progress at the instant: started at or before it and ending after it. */
  current: T[];
  /** Every session with the earliest start after the instant, or none once the last has started. */
  next: T[];
}

/** Finds the sessions in progress at `at` and the ones that start next. */
export function findNowAndNext<T extends ScheduleItem>(items: readonly T[], at: Date): NowAndNext<T> {
  const instant = at.getTime();
  const timed = sortByTime(items.map(toTimedItem));

  const current = timed.filter((entry) => entry.start <= instant && instant < entry.end);

  const upcoming = timed.filter((entry) => entry.start > instant);
  const nextStart = upcoming[0]?.start;
  const next = upcoming.filter((entry) => entry.start === nextStart);

  return {
    current: current.map((entry) => entry.item),
    next: next.map((entry) => entry.item),
  };
}

function buildDay<T extends ScheduleItem>(
  date: LocalDate,
  dayItems: readonly TimedItem<T>[],
  conflicts: ReadonlyMap<string, string[]>,
  minimumGapMinutes: number,
): MyScheduleDay<T> {
  const entries: ScheduleEntry<T>[] = [];
  let previous: TimedItem<T> | null = null;

  // The latest end so far, not the previous session's end: a long workshop that
  // overlaps two short talks leaves no free time between them.
  let latestEnd = Number.NEGATIVE_INFINITY;

  for (const current of dayItems) {
    const freeMinutes = (current.start - latestEnd) / MILLISECONDS_PER_MINUTE;
    if (previous !== null && freeMinutes >= minimumGapMinutes) {
      entries.push({
        kind: 'gap',
        start: new Date(latestEnd).toISOString(),
        end: new Date(current.start).toISOString(),
        minutes: Math.round(freeMinutes),
      });
    }

    entries.push({
      kind: 'session',
      session: current.item,
      conflictsWith: conflicts.get(current.item.id) ?? [],
      roomChange: previous === null ? null : findRoomChange(previous, current, conflicts),
    });

    previous = current;
    latestEnd = Math.max(latestEnd, current.end);
  }

  const conflictCount = dayItems.filter((entry) => conflicts.has(entry.item.id)).length;
  return { date, entries, conflictCount };
}

function findRoomChange<T extends ScheduleItem>(
  previous: TimedItem<T>,
  current: TimedItem<T>,
  conflicts: ReadonlyMap<string, string[]>,
): RoomChange | null {
  const from = previous.item.room;
  const to = current.item.room;

  // Overlapping sessions are a conflict to resolve first, not a walk between rooms.
  // Until the attendee picks one of them, any room named here would be a guess.
  if (conflicts.has(previous.item.id) || conflicts.has(current.item.id)) {
    return null;
  }
  if (from === null || to === null || from === to || previous.end > current.start) {
    return null;
  }

  return { from, to, minutesToMove: Math.round((current.start - previous.end) / MILLISECONDS_PER_MINUTE) };
}

function toTimedItem<T extends ScheduleItem>(item: T): TimedItem<T> {
  const start = parseInstant(item.start);
  if (start === null) {
    throw new RangeError(`Session "${item.id}" has an invalid start "${item.start}": expected an ISO 8601 instant such as 2024-11-05T18:00:00Z.`);
  }

  const end = parseInstant(item.end);
  if (end === null) {
    throw new RangeError(`Session "${item.id}" has an invalid end "${item.end}": expected an ISO 8601 instant such as 2024-11-05T19:00:00Z.`);
  }

  if (end.getTime() < start.getTime()) {
    throw new RangeError(`Session "${item.id}" ends at ${item.end}, before its start ${item.start}: fix time_end in its file.`);
  }

  return { item, start: start.getTime(), end: end.getTime() };
}

function sortByTime<T extends ScheduleItem>(items: TimedItem<T>[]): TimedItem<T>[] {
  return items.sort((a, b) => a.start - b.start || a.end - b.end || a.item.id.localeCompare(b.item.id));
}

function addConflict(conflicts: Map<string, string[]>, id: string, otherId: string): void {
  const list = conflicts.get(id) ?? [];
  if (!list.includes(otherId)) {
    list.push(otherId);
  }
  conflicts.set(id, list);
}

// ---------------------------------------------------------------------------
// Room screens and the "now" page

/** The part of one room's day that an instant falls in. */
export type RoomDayPhase = 'no-sessions' | 'before-first' | 'during' | 'between' | 'after-last';

export interface RoomDayStatus<T extends ScheduleItem> {
  phase: RoomDayPhase;
  /** Items in progress: usually one, more when the programme overlaps them. */
  current: T[];
  /** The items with the earliest start after the instant, empty after the last. */
  next: T[];
  /** Start of the day's first item, or null when the room has none that day. */
  firstStart: Instant | null;
}

/**
 * Describes one room's day at an instant: before the first session, during one,
 * in a break between two, or after the last. Pass the items of that room and
 * local day only; the order does not matter.
 */
export function describeRoomDay<T extends ScheduleItem>(items: readonly T[], at: Date): RoomDayStatus<T> {
  const timed = sortByTime(items.map(toTimedItem));
  const { current, next } = findNowAndNext(items, at);
  const instant = at.getTime();

  const first = timed[0];
  if (first === undefined) {
    return { phase: 'no-sessions', current, next, firstStart: null };
  }

  const lastEnd = Math.max(...timed.map((entry) => entry.end));
  let phase: RoomDayPhase = 'between';
  if (instant < first.start) {
    phase = 'before-first';
  } else if (instant >= lastEnd) {
    phase = 'after-last';
  } else if (current.length > 0) {
    phase = 'during';
  }

  return { phase, current, next, firstStart: first.item.start };
}
