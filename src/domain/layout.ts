// Placement of one day's sessions on the schedule grid, computed from their times
// and rooms. The grid has one row per stretch between two consecutive start or end
// times of the day and one column ("lane") per session that a room runs at once, so
// every entry covers whole cells and no two entries ever share a cell. Row heights
// are left to the view: it sizes rows from `minutes` with a minimum, which keeps a
// 10-minute talk readable without letting it overlap the next one.

import type { Instant } from './types';

/** Something to place: a session, or an activity for everyone such as a break. */
export interface GridEntry {
  start: Instant;
  end: Instant;
  /** Room id, or null when the entry names no room. */
  room: string | null;
  /** A plenary session or activity, drawn across all rooms that are free at its time. */
  spansAllRooms: boolean;
}

/** A room's block of lanes. */
export interface GridColumn {
  /** Room id, or null for the column of sessions that name no room. */
  room: string | null;
  /** Index of the room's first lane among all lanes of the day. */
  firstLane: number;
  /** Number of sessions the room runs at the same time, at least 1. */
  laneCount: number;
}

/** A stretch of time between two consecutive start or end times of the day. */
export interface GridRow {
  /** Start and end as milliseconds since the epoch. */
  start: number;
  end: number;
  minutes: number;
  /** True when nothing runs during the row, so the view can draw it short. */
  empty: boolean;
  /** True when some entry starts with the row, so the time axis labels it. */
  startsEntry: boolean;
}

/** Where one entry, or one piece of a spanning entry, sits on the grid. */
export interface GridPlacement<T> {
  entry: T;
  /** Row indices, end exclusive. */
  rowStart: number;
  rowEnd: number;
  /** Lane indices over the whole day, end exclusive. */
  laneStart: number;
  laneEnd: number;
  /** 0 for an entry's first piece. A spanning entry breaks into several pieces when a
   * room in the middle is busy at its time, and only the first piece should be announced. */
  piece: number;
}

/**
 * Sessions that a room runs at once beyond its side-by-side lanes, drawn as one
 * list in the room's last lane. Its rows cover the earliest start to the latest end.
 */
export interface GridStack<T> {
  /** Sorted by start, then by end. */
  entries: T[];
  rowStart: number;
  rowEnd: number;
  laneStart: number;
  laneEnd: number;
}

export interface DayLayout<T> {
  columns: GridColumn[];
  laneCount: number;
  rows: GridRow[];
  /** Sorted by start row, then lane, which is the reading order. */
  placements: GridPlacement<T>[];
  /** Sorted like `placements`. Empty unless a room runs more than `MAX_ROOM_LANES` sessions at once. */
  stacks: GridStack<T>[];
}

/**
 * Maximum number of lanes per room. A room that runs more sessions at once shows
 * the first ones side by side and lists the rest in its last lane. A room with 20
 * parallel talks then keeps the width of three, and other rooms stay on screen.
 */
export const MAX_ROOM_LANES = 3;

/** Entries shorter than this, including ones that end before they start, are drawn this long. */
const MIN_DURATION_MS = 5 * 60_000;

interface TimedEntry<T> {
  entry: T;
  start: number;
  end: number;
  /** The column the entry is placed in, for entries that do not span all rooms. */
  column: string | null;
}

interface SpanningPiece<T> {
  timed: TimedEntry<T>;
  firstColumn: number;
  lastColumn: number;
  piece: number;
}

interface StackSlot<T> {
  items: TimedEntry<T>[];
  start: number;
  end: number;
  lane: number;
}

/**
 * Lays out one day. `rooms` gives the room ids in display order; rooms that entries
 * name but `rooms` lacks are appended in order of first use, and entries without a
 * room get a last column of their own.
 *
 * A spanning entry covers every room that has nothing else at its time, in as many
 * contiguous pieces as needed. When every room is busy, or another spanning entry
 * already took them, it is placed in its own room (or the first column) like a normal
 * session, so that it is never hidden and never overlaps anything.
 */
export function layoutDay<T extends GridEntry>(entries: readonly T[], rooms: readonly string[]): DayLayout<T> {
  const timed = entries.map(toTimedEntry);
  const columnRooms = listColumnRooms(timed, rooms);

  // Demote spanning entries that find no free room, one at a time, until all the
  // remaining ones fit. Each round removes one entry, so this ends.
  let roomEntries = timed.filter((item) => !item.entry.spansAllRooms);
  let spanning = sortSpanning(timed.filter((item) => item.entry.spansAllRooms));
  let pieces: SpanningPiece<T>[];
  for (;;) {
    const attempt = placeSpanningEntries(spanning, roomEntries, columnRooms);
    if (attempt.unplaced === null) {
      pieces = attempt.pieces;
      break;
    }

    const demoted = attempt.unplaced;
    const ownRoom = demoted.entry.room;
    const column = ownRoom !== null && columnRooms.includes(ownRoom) ? ownRoom : (columnRooms[0] ?? null);
    roomEntries = [...roomEntries, { ...demoted, column }];
    spanning = spanning.filter((item) => item !== demoted);
  }

  // Give each room as many lanes as it has sessions at once.
  const slots = new Map<TimedEntry<T>, number>();
  const columns: GridColumn[] = [];
  const roomStacks: { column: number; stack: StackSlot<T> }[] = [];
  let laneCount = 0;
  for (const room of columnRooms) {
    const inRoom = roomEntries.filter((item) => item.column === room);
    const { laneCount: roomLanes, stacks } = assignLanes(inRoom, slots);
    for (const stack of stacks) roomStacks.push({ column: columns.length, stack });
    columns.push({ room, firstLane: laneCount, laneCount: roomLanes });
    laneCount += roomLanes;
  }

  // Cut the day into rows at every start and end.
  const rows = buildRows(timed);
  const rowIndex = new Map(rows.map((row, index) => [row.start, index]));
  const rowFor = (time: number): number => rowIndex.get(time) ?? rows.length;

  const placements: GridPlacement<T>[] = [];
  for (const item of roomEntries) {
    const column = columns[columnRooms.indexOf(item.column)];
    const lane = slots.get(item);
    if (!column || lane === undefined) continue;

    const laneStart = column.firstLane + lane;
    placements.push({
      entry: item.entry,
      rowStart: rowFor(item.start),
      rowEnd: rowFor(item.end),
      laneStart,
      laneEnd: laneStart + 1,
      piece: 0,
    });
  }

  for (const { timed: item, firstColumn, lastColumn, piece } of pieces) {
    const first = columns[firstColumn];
    const last = columns[lastColumn];
    if (!first || !last) continue;

    placements.push({
      entry: item.entry,
      rowStart: rowFor(item.start),
      rowEnd: rowFor(item.end),
      laneStart: first.firstLane,
      laneEnd: last.firstLane + last.laneCount,
      piece,
    });
  }

  const stacks: GridStack<T>[] = [];
  for (const { column: columnIndex, stack } of roomStacks) {
    const column = columns[columnIndex];
    if (!column) continue;

    const laneStart = column.firstLane + stack.lane;
    stacks.push({
      entries: stack.items.map((item) => item.entry),
      rowStart: rowFor(stack.start),
      rowEnd: rowFor(stack.end),
      laneStart,
      laneEnd: laneStart + 1,
    });
  }

  placements.sort((a, b) => a.rowStart - b.rowStart || a.laneStart - b.laneStart);
  stacks.sort((a, b) => a.rowStart - b.rowStart || a.laneStart - b.laneStart);
  return { columns, laneCount, rows, placements, stacks };
}

function toTimedEntry<T extends GridEntry>(entry: T): TimedEntry<T> {
  const start = Date.parse(entry.start);
  const end = Date.parse(entry.end);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new RangeError(
      `Invalid session time "${entry.start}" – "${entry.end}": expected ISO 8601 instants such as 2027-03-10T15:30:00Z.`,
    );
  }

  return { entry, start, end: Math.max(end, start + MIN_DURATION_MS), column: entry.room };
}

function listColumnRooms<T extends GridEntry>(timed: readonly TimedEntry<T>[], rooms: readonly string[]): (string | null)[] {
  const columnRooms: (string | null)[] = [...new Set(rooms)];
  const roomEntries = timed.filter((item) => !item.entry.spansAllRooms);

  for (const item of roomEntries) {
    if (item.column !== null && !columnRooms.includes(item.column)) columnRooms.push(item.column);
  }

  // A day with no rooms at all still needs one column to draw its plenary entries in.
  const hasRoomless = roomEntries.some((item) => item.column === null);
  if (hasRoomless || columnRooms.length === 0) columnRooms.push(null);

  return columnRooms;
}

/** Sorts spanning entries by start, longer first, so a keynote claims the rooms before a short notice that overlaps it. */
function sortSpanning<T>(spanning: TimedEntry<T>[]): TimedEntry<T>[] {
  return [...spanning].sort((a, b) => a.start - b.start || b.end - a.end);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Splits each spanning entry over the runs of adjacent columns that are free at its
 * time. Returns the first entry that finds no free column at all, if any.
 */
function placeSpanningEntries<T>(
  spanning: readonly TimedEntry<T>[],
  roomEntries: readonly TimedEntry<T>[],
  columnRooms: readonly (string | null)[],
): { pieces: SpanningPiece<T>[]; unplaced: TimedEntry<T> | null } {
  const busy = columnRooms.map((room) => roomEntries.filter((item) => item.column === room));
  const pieces: SpanningPiece<T>[] = [];

  for (const item of spanning) {
    const free = busy.map((taken) => !taken.some((other) => overlaps(other, item)));
    if (!free.includes(true)) return { pieces, unplaced: item };

    let piece = 0;
    let column = 0;
    while (column < free.length) {
      if (!free[column]) {
        column += 1;
        continue;
      }

      const firstColumn = column;
      while (column + 1 < free.length && free[column + 1]) column += 1;
      pieces.push({ timed: item, firstColumn, lastColumn: column, piece });
      piece += 1;
      column += 1;
    }

    free.forEach((isFree, index) => {
      if (isFree) busy[index]?.push(item);
    });
  }

  return { pieces, unplaced: null };
}

/**
 * Puts each of a room's entries in the first lane that is free at its start. Stores
 * the lane in `slots` and returns the room's lane count (at least 1, at most
 * `MAX_ROOM_LANES`) with the stacks of entries that did not get a lane of their own.
 */
function assignLanes<T>(
  entries: readonly TimedEntry<T>[],
  slots: Map<TimedEntry<T>, number>,
): { laneCount: number; stacks: StackSlot<T>[] } {
  const ordered = [...entries].sort((a, b) => a.start - b.start || b.end - a.end);
  const lanes: TimedEntry<T>[][] = [];

  for (const item of ordered) {
    const lane = lanes.findIndex((taken) => taken.every((other) => !overlaps(other, item)));
    if (lane === -1) {
      lanes.push([item]);
    } else {
      lanes[lane]?.push(item);
    }
  }

  // Past the limit, the entries of the last kept lane and beyond are grouped by
  // overlap. A lone entry keeps the lane, and overlapping entries become one stack.
  const stacks: StackSlot<T>[] = [];
  if (lanes.length > MAX_ROOM_LANES) {
    const lastLane = MAX_ROOM_LANES - 1;
    const rest = lanes.splice(lastLane).flat();
    const kept: TimedEntry<T>[] = [];

    for (const group of groupOverlapping(rest)) {
      const [first] = group.items;
      if (group.items.length === 1 && first) {
        kept.push(first);
      } else {
        stacks.push({ ...group, lane: lastLane });
      }
    }
    lanes.push(kept);
  }

  // Each entry keeps one lane even when the lanes beside it are free later on, so
  // no card grows wider than a room that runs one session at a time.
  lanes.forEach((taken, lane) => {
    for (const item of taken) slots.set(item, lane);
  });

  return { laneCount: Math.max(1, lanes.length), stacks };
}

/** Splits entries into groups whose times chain together by overlap, in start order. */
function groupOverlapping<T>(entries: readonly TimedEntry<T>[]): { items: TimedEntry<T>[]; start: number; end: number }[] {
  const ordered = [...entries].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { items: TimedEntry<T>[]; start: number; end: number }[] = [];

  for (const item of ordered) {
    const last = groups.at(-1);
    if (last && item.start < last.end) {
      last.items.push(item);
      last.end = Math.max(last.end, item.end);
    } else {
      groups.push({ items: [item], start: item.start, end: item.end });
    }
  }

  return groups;
}

function buildRows<T>(timed: readonly TimedEntry<T>[]): GridRow[] {
  const boundaries = [...new Set(timed.flatMap((item) => [item.start, item.end]))].sort((a, b) => a - b);
  const starts = new Set(timed.map((item) => item.start));
  const rows: GridRow[] = [];

  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const start = boundaries[index] ?? 0;
    const end = boundaries[index + 1] ?? start;
    rows.push({
      start,
      end,
      minutes: Math.round((end - start) / 60_000),
      empty: !timed.some((item) => item.start <= start && item.end >= end),
      startsEntry: starts.has(start),
    });
  }

  return rows;
}
