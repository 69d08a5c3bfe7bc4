import { describe, expect, it } from 'vitest';

import {
  buildMySchedule,
  describeRoomDay,
  findConflicts,
  findNowAndNext,
  type MyScheduleDay,
  type ScheduleItem,
} from '../../src/domain/my-schedule';
import { wallTime } from '../app/support/agenda-factory';

const DAY = '2027-03-10';
const ZONE = 'America/Mexico_City';

function item(id: string, from: string, to: string, room: string | null = 'sala-1'): ScheduleItem {
  return { id, start: wallTime(DAY, from, ZONE), end: wallTime(DAY, to, ZONE), timeZone: ZONE, room };
}

function utcItem(id: string, start: string, end: string, timeZone: string, room: string | null = 'sala-1'): ScheduleItem {
  return { id, start, end, timeZone, room };
}

/** Writes a day as short lines, so a failure shows the whole schedule at once. */
function describeDay(day: MyScheduleDay<ScheduleItem>): string[] {
  return day.entries.map((entry) => {
    if (entry.kind === 'gap') return `gap ${entry.minutes}`;

    const parts = [entry.session.id];
    if (entry.conflictsWith.length > 0) parts.push(`conflicts ${entry.conflictsWith.join(',')}`);
    if (entry.roomChange !== null) parts.push(`room ${entry.roomChange.from}->${entry.roomChange.to} ${entry.roomChange.minutesToMove}`);
    return parts.join(' ');
  });
}

describe('buildMySchedule', () => {
  it('flags an overlap on both sessions', () => {
    const [day] = buildMySchedule([item('b', '10:30', '11:30', 'sala-2'), item('a', '10:00', '11:00')]);

    expect(describeDay(day!)).toEqual(['a conflicts b', 'b conflicts a']);
    expect(day!.conflictCount).toBe(2);
  });

  it('does not flag sessions that only touch', () => {
    expect(findConflicts([item('a', '10:00', '11:00'), item('b', '11:00', '12:00')]).size).toBe(0);
  });

  it('shows gaps and room changes in time order', () => {
    const [day] = buildMySchedule([
      item('c', '13:00', '14:00', 'sala-1'),
      item('a', '09:00', '10:00', 'sala-1'),
      item('b', '10:10', '11:00', 'sala-2'),
    ]);

    expect(describeDay(day!)).toEqual(['a', 'gap 10', 'b room sala-1->sala-2 10', 'gap 120', 'c room sala-2->sala-1 120']);
  });

  it('names no room change after parallel talks', () => {
    const [day] = buildMySchedule([
      item('first', '09:00', '10:00', 'sala-1'),
      item('a', '10:00', '11:00', 'sala-conferencias'),
      item('b', '10:00', '11:00', 'sala-104'),
      item('c', '10:00', '11:00', 'sala-105'),
      item('later', '14:40', '15:20', 'sala-101'),
      item('last', '15:30', '16:00', 'sala-1'),
    ]);

    expect(describeDay(day!)).toEqual([
      'first',
      'a conflicts b,c',
      'b conflicts a,c',
      'c conflicts a,b',
      'gap 220',
      'later',
      'gap 10',
      'last room sala-101->sala-1 10',
    ]);
  });

  it('leaves no gap inside a long workshop', () => {
    const [day] = buildMySchedule([item('taller', '09:00', '13:00'), item('a', '10:00', '11:00', 'sala-2'), item('b', '11:30', '12:00', 'sala-2')]);

    expect(describeDay(day!)).toEqual(['taller conflicts a,b', 'a conflicts taller', 'b conflicts taller']);
  });

  it('groups sessions by the edition day', () => {
    const days = buildMySchedule([
      item('a', '09:00', '10:00'),
      { ...item('b', '09:00', '10:00'), start: wallTime('2027-03-11', '09:00', ZONE), end: wallTime('2027-03-11', '10:00', ZONE) },
    ]);

    expect(days.map((day) => day.date)).toEqual(['2027-03-10', '2027-03-11']);
  });

  it('names the session with an invalid instant', () => {
    expect(() => buildMySchedule([{ ...item('a', '09:00', '10:00'), start: '2027-03-10 09:00' }])).toThrow(/Session "a" has an invalid start "2027-03-10 09:00"/);
  });
});

describe('findNowAndNext', () => {
  const items = [item('a', '09:00', '10:00'), item('b', '09:30', '10:30', 'sala-2'), item('c', '11:00', '12:00'), item('d', '11:00', '11:30', 'sala-2')];

  it('returns sessions in progress and the next start', () => {
    const result = findNowAndNext(items, new Date(wallTime(DAY, '09:45', ZONE)));

    expect(result.current.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(result.next.map((entry) => entry.id)).toEqual(['d', 'c']);
  });

  it('treats the end instant as over', () => {
    const result = findNowAndNext(items, new Date(wallTime(DAY, '10:30', ZONE)));

    expect(result.current).toEqual([]);
    expect(result.next.map((entry) => entry.id)).toEqual(['d', 'c']);
  });

  it('returns nothing next after the last start', () => {
    expect(findNowAndNext(items, new Date(wallTime(DAY, '11:10', ZONE))).next).toEqual([]);
  });
});

describe('describeRoomDay', () => {
  const items = [item('a', '09:00', '10:00'), item('b', '11:00', '12:00')];
  const at = (time: string) => new Date(wallTime(DAY, time, ZONE));

  it('reports each phase of the day', () => {
    expect(describeRoomDay(items, at('08:00')).phase).toBe('before-first');
    expect(describeRoomDay(items, at('09:30')).phase).toBe('during');
    expect(describeRoomDay(items, at('10:30')).phase).toBe('between');
    expect(describeRoomDay(items, at('12:00')).phase).toBe('after-last');
    expect(describeRoomDay([], at('12:00')).phase).toBe('no-sessions');
  });

  it('gives the first start and the next session before the day begins', () => {
    const status = describeRoomDay(items, at('08:00'));

    expect(status.firstStart).toBe(wallTime(DAY, '09:00', ZONE));
    expect(status.next.map((entry) => entry.id)).toEqual(['a']);
  });
});

// Daylight saving days, with instants written in UTC so that the test does not
// depend on how a library resolves a skipped or repeated wall-clock time.
const MADRID_ITEMS = [
  // 00:30-01:30 CET on 2025-03-30 (UTC+1), the night of the change.
  utcItem('madrid/noche', '2025-03-29T23:30:00Z', '2025-03-30T00:30:00Z', 'Europe/Madrid', 'sala-1'),
  // 01:30-02:00 CET, then the clocks jump to 03:00 CEST.
  utcItem('madrid/antes', '2025-03-30T00:30:00Z', '2025-03-30T01:00:00Z', 'Europe/Madrid', 'sala-1'),
  // 03:00-04:00 CEST (UTC+2): starts the instant the previous one ends.
  utcItem('madrid/despues', '2025-03-30T01:00:00Z', '2025-03-30T02:00:00Z', 'Europe/Madrid', 'sala-2'),
  // 00:30 CEST on 2025-03-31 is 22:30 UTC on 2025-03-30.
  utcItem('madrid/lunes', '2025-03-30T22:30:00Z', '2025-03-30T23:30:00Z', 'Europe/Madrid', 'sala-1'),
];

const MEXICO_ITEMS = [
  // 00:30-01:30 CDT (UTC-5) on 2022-10-30, the last daylight saving night in Mexico.
  utcItem('mexico/primera', '2022-10-30T05:30:00Z', '2022-10-30T06:30:00Z', 'America/Mexico_City', 'sala-1'),
  // 01:00-01:30 CST (UTC-6), after 02:00 CDT went back to 01:00: later, although its clock time is earlier.
  utcItem('mexico/segunda', '2022-10-30T07:00:00Z', '2022-10-30T07:30:00Z', 'America/Mexico_City', 'sala-2'),
  // 18:30 CST on 2022-10-30 is 00:30 UTC on 2022-10-31.
  utcItem('mexico/tarde', '2022-10-31T00:30:00Z', '2022-10-31T01:30:00Z', 'America/Mexico_City', 'sala-2'),
];

function analyse() {
  return {
    localHour: new Date('2025-03-30T12:00:00Z').getHours(),
    madrid: buildMySchedule(MADRID_ITEMS).map((day) => ({ date: day.date, entries: describeDay(day) })),
    mexico: buildMySchedule(MEXICO_ITEMS).map((day) => ({ date: day.date, entries: describeDay(day) })),
    madridNow: findNowAndNext(MADRID_ITEMS, new Date('2025-03-30T00:59:00Z')).next.map((entry) => entry.id),
    mexicoNow: findNowAndNext(MEXICO_ITEMS, new Date('2022-10-30T06:45:00Z')).next.map((entry) => entry.id),
  };
}

const EXPECTED = {
  madrid: [
    { date: '2025-03-30', entries: ['madrid/noche', 'madrid/antes', 'madrid/despues room sala-1->sala-2 0'] },
    { date: '2025-03-31', entries: ['madrid/lunes'] },
  ],
  mexico: [
    { date: '2022-10-30', entries: ['mexico/primera', 'gap 30', 'mexico/segunda room sala-1->sala-2 30', 'gap 1020', 'mexico/tarde'] },
  ],
  madridNow: ['madrid/despues'],
  mexicoNow: ['mexico/segunda'],
};

describe('daylight saving days', () => {
  const zones = ['Europe/Madrid', 'America/Mexico_City', 'UTC', 'Asia/Tokyo'];
  const originalZone = process.env.TZ;

  // Node applies a new `TZ` to Date's local time as soon as the variable changes.
  const results = zones.map((zone) => {
    process.env.TZ = zone;
    const result = analyse();
    return { zone, ...result };
  });
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;

  it('really runs under four device zones', () => {
    expect(results.map((result) => result.localHour)).toEqual([14, 6, 12, 21]);
  });

  it.each(zones)('gives the same schedule under TZ=%s', (zone) => {
    const { localHour: _hour, zone: _zone, ...result } = results.find((candidate) => candidate.zone === zone)!;

    expect(result).toEqual(EXPECTED);
  });
});
