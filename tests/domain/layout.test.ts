import { describe, expect, it } from 'vitest';

import { layoutDay, type GridEntry, type GridPlacement } from '../../src/domain/layout';
import { wallTime } from '../app/support/agenda-factory';

interface TestEntry extends GridEntry {
  id: string;
}

const DAY = '2027-03-10';

function entry(id: string, from: string, to: string, room: string | null, spansAllRooms = false): TestEntry {
  return { id, start: wallTime(DAY, from), end: wallTime(DAY, to), room, spansAllRooms };
}

function placementsOf(placements: GridPlacement<TestEntry>[], id: string): GridPlacement<TestEntry>[] {
  return placements.filter((placement) => placement.entry.id === id);
}

function placementOf(placements: GridPlacement<TestEntry>[], id: string): GridPlacement<TestEntry> {
  const [placement] = placementsOf(placements, id);
  if (!placement) throw new Error(`No placement for entry "${id}"`);
  return placement;
}

describe('layoutDay', () => {
  it('orders columns as the rooms are listed', () => {
    const layout = layoutDay([entry('b', '09:00', '10:00', 'sala-b'), entry('a', '09:00', '10:00', 'sala-a')], ['sala-a', 'sala-b']);

    expect(layout.columns.map((column) => column.room)).toEqual(['sala-a', 'sala-b']);
    expect(placementOf(layout.placements, 'a').laneStart).toBe(0);
    expect(placementOf(layout.placements, 'b').laneStart).toBe(1);
    expect(layout.laneCount).toBe(2);
  });

  it('spans a long session over the rows of shorter ones', () => {
    const layout = layoutDay(
      [
        entry('long', '09:00', '10:00', 'sala-a'),
        entry('first', '09:00', '09:30', 'sala-b'),
        entry('second', '09:30', '10:00', 'sala-b'),
      ],
      ['sala-a', 'sala-b'],
    );

    expect(layout.rows.map((row) => row.minutes)).toEqual([30, 30]);
    expect(placementOf(layout.placements, 'long')).toMatchObject({ rowStart: 0, rowEnd: 2 });
    expect(placementOf(layout.placements, 'first')).toMatchObject({ rowStart: 0, rowEnd: 1 });
    expect(placementOf(layout.placements, 'second')).toMatchObject({ rowStart: 1, rowEnd: 2 });
  });

  it('puts overlapping sessions of one room side by side', () => {
    const layout = layoutDay(
      [
        entry('talk', '09:00', '10:00', 'sala-a'),
        entry('clash', '09:30', '10:30', 'sala-a'),
        entry('other', '09:00', '10:30', 'sala-b'),
      ],
      ['sala-a', 'sala-b'],
    );

    expect(layout.columns).toEqual([
      { room: 'sala-a', firstLane: 0, laneCount: 2 },
      { room: 'sala-b', firstLane: 2, laneCount: 1 },
    ]);
    expect(placementOf(layout.placements, 'talk')).toMatchObject({ laneStart: 0, laneEnd: 1 });
    expect(placementOf(layout.placements, 'clash')).toMatchObject({ laneStart: 1, laneEnd: 2 });
    expect(placementOf(layout.placements, 'other')).toMatchObject({ laneStart: 2, laneEnd: 3 });
  });

  it('keeps a later session in one lane', () => {
    const layout = layoutDay(
      [
        entry('talk', '09:00', '10:00', 'sala-a'),
        entry('clash', '09:30', '10:00', 'sala-a'),
        entry('later', '11:00', '12:00', 'sala-a'),
      ],
      ['sala-a'],
    );

    expect(placementOf(layout.placements, 'later')).toMatchObject({ laneStart: 0, laneEnd: 1 });
  });

  it('stacks sessions beyond three lanes', () => {
    const parallel = Array.from({ length: 20 }, (_, index) => entry(`talk-${index}`, '09:30', '10:00', 'crowdcast'));
    const layout = layoutDay(
      [...parallel, entry('other-room', '09:30', '10:00', 'zoom'), entry('later', '11:00', '12:00', 'crowdcast')],
      ['crowdcast', 'zoom'],
    );

    expect(layout.columns).toEqual([
      { room: 'crowdcast', firstLane: 0, laneCount: 3 },
      { room: 'zoom', firstLane: 3, laneCount: 1 },
    ]);
    expect(placementOf(layout.placements, 'talk-0')).toMatchObject({ laneStart: 0, laneEnd: 1 });
    expect(placementOf(layout.placements, 'talk-1')).toMatchObject({ laneStart: 1, laneEnd: 2 });
    expect(placementOf(layout.placements, 'other-room')).toMatchObject({ laneStart: 3, laneEnd: 4 });
    expect(placementOf(layout.placements, 'later')).toMatchObject({ laneStart: 0, laneEnd: 1 });
    expect(layout.stacks).toHaveLength(1);
    expect(layout.stacks[0]).toMatchObject({ rowStart: 0, rowEnd: 1, laneStart: 2, laneEnd: 3 });
    expect(layout.stacks[0]?.entries.map((item) => item.id)).toEqual(parallel.slice(2).map((item) => item.id));
  });

  it('keeps a lone third session out of a stack', () => {
    const layout = layoutDay(
      [
        entry('a', '09:00', '10:00', 'sala-a'),
        entry('b', '09:00', '10:00', 'sala-a'),
        entry('c', '09:00', '10:00', 'sala-a'),
        entry('d', '09:00', '10:00', 'sala-a'),
        entry('e', '11:00', '12:00', 'sala-a'),
        entry('f', '11:00', '12:00', 'sala-a'),
        entry('g', '11:00', '12:00', 'sala-a'),
      ],
      ['sala-a'],
    );

    expect(layout.columns[0]?.laneCount).toBe(3);
    expect(layout.stacks.map((stack) => stack.entries.map((item) => item.id))).toEqual([['c', 'd']]);
    expect(placementOf(layout.placements, 'g')).toMatchObject({ laneStart: 2, laneEnd: 3 });
  });

  it('spans a plenary session across every room', () => {
    const layout = layoutDay(
      [
        entry('keynote', '09:00', '10:00', 'auditorio', true),
        entry('talk-a', '10:00', '10:40', 'auditorio'),
        entry('talk-b', '10:00', '10:40', 'sala-a'),
        entry('talk-c', '10:00', '10:40', 'sala-b'),
      ],
      ['auditorio', 'sala-a', 'sala-b'],
    );

    expect(placementsOf(layout.placements, 'keynote')).toEqual([
      expect.objectContaining({ rowStart: 0, rowEnd: 1, laneStart: 0, laneEnd: 3, piece: 0 }),
    ]);
  });

  it('spans a break past a workshop in pieces', () => {
    const layout = layoutDay(
      [
        entry('workshop', '10:00', '12:00', 'sala-b'),
        entry('break', '10:40', '11:20', null, true),
      ],
      ['auditorio', 'sala-a', 'sala-b', 'taller'],
    );

    const pieces = placementsOf(layout.placements, 'break');
    expect(pieces.map((piece) => [piece.laneStart, piece.laneEnd])).toEqual([
      [0, 2],
      [3, 4],
    ]);
    expect(pieces.map((piece) => piece.piece)).toEqual([0, 1]);
    expect(placementOf(layout.placements, 'workshop')).toMatchObject({ laneStart: 2, laneEnd: 3, rowStart: 0, rowEnd: 3 });
  });

  it('places a plenary entry beside others when every room is busy', () => {
    const layout = layoutDay(
      [entry('talk', '09:00', '10:00', 'sala-a'), entry('notice', '09:30', '09:45', 'sala-a', true)],
      ['sala-a'],
    );

    expect(layout.columns).toEqual([{ room: 'sala-a', firstLane: 0, laneCount: 2 }]);
    expect(placementOf(layout.placements, 'talk')).toMatchObject({ laneStart: 0, laneEnd: 1 });
    expect(placementOf(layout.placements, 'notice')).toMatchObject({ laneStart: 1, laneEnd: 2 });
  });

  it('keeps two plenary entries at once from overlapping', () => {
    const layout = layoutDay(
      [entry('keynote', '09:00', '10:00', 'auditorio', true), entry('welcome', '09:00', '09:10', null, true)],
      ['auditorio', 'sala-a'],
    );

    const keynote = placementsOf(layout.placements, 'keynote');
    const welcome = placementOf(layout.placements, 'welcome');
    expect(welcome).toMatchObject({ laneStart: 0, laneEnd: 1, rowStart: 0, rowEnd: 1 });
    expect(keynote.map((piece) => [piece.laneStart, piece.laneEnd])).toEqual([[1, 2]]);
  });

  it('gives back-to-back 10-minute talks rows of their own', () => {
    const layout = layoutDay(
      [
        entry('lightning-1', '10:10', '10:20', 'sala-a'),
        entry('lightning-2', '10:20', '10:30', 'sala-a'),
        entry('lightning-3', '10:30', '10:40', 'sala-a'),
        entry('long', '10:10', '10:40', 'sala-b'),
      ],
      ['sala-a', 'sala-b'],
    );

    expect(layout.rows.map((row) => row.minutes)).toEqual([10, 10, 10]);
    expect(placementOf(layout.placements, 'lightning-1')).toMatchObject({ rowStart: 0, rowEnd: 1, laneStart: 0, laneEnd: 1 });
    expect(placementOf(layout.placements, 'lightning-2')).toMatchObject({ rowStart: 1, rowEnd: 2, laneStart: 0, laneEnd: 1 });
    expect(placementOf(layout.placements, 'lightning-3')).toMatchObject({ rowStart: 2, rowEnd: 3, laneStart: 0, laneEnd: 1 });
    expect(layout.columns[0]?.laneCount).toBe(1);
  });

  it('marks a stretch with nothing running as empty', () => {
    const layout = layoutDay([entry('morning', '09:00', '13:00', 'sala-a'), entry('afternoon', '15:00', '16:00', 'sala-a')], ['sala-a']);

    expect(layout.rows.map((row) => [row.minutes, row.empty, row.startsEntry])).toEqual([
      [240, false, true],
      [120, true, false],
      [60, false, true],
    ]);
  });

  it('adds columns for unlisted rooms and for sessions without a room', () => {
    const layout = layoutDay(
      [entry('nowhere', '09:00', '10:00', null), entry('extra', '09:00', '10:00', 'sala-4'), entry('listed', '09:00', '10:00', 'sala-a')],
      ['sala-a'],
    );

    expect(layout.columns.map((column) => column.room)).toEqual(['sala-a', 'sala-4', null]);
    expect(placementOf(layout.placements, 'nowhere').laneStart).toBe(2);
  });

  it('draws a session that ends before it starts five minutes long', () => {
    const layout = layoutDay([entry('broken', '09:00', '08:00', 'sala-a')], ['sala-a']);

    expect(layout.rows.map((row) => row.minutes)).toEqual([5]);
    expect(placementOf(layout.placements, 'broken')).toMatchObject({ rowStart: 0, rowEnd: 1 });
  });

  it('lists placements in reading order', () => {
    const layout = layoutDay(
      [entry('late-a', '10:00', '11:00', 'sala-a'), entry('early-b', '09:00', '10:00', 'sala-b'), entry('early-a', '09:00', '10:00', 'sala-a')],
      ['sala-a', 'sala-b'],
    );

    expect(layout.placements.map((placement) => placement.entry.id)).toEqual(['early-a', 'early-b', 'late-a']);
  });

  it('rejects an invalid instant with its value', () => {
    const broken: TestEntry = { id: 'x', start: 'mañana', end: wallTime(DAY, '10:00'), room: null, spansAllRooms: false };

    expect(() => layoutDay([broken], [])).toThrow(/"mañana"/);
  });
});
