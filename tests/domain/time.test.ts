import { describe, expect, it } from 'vitest';

import { formatOffset, isValidTimeZone, localDateOf, parseTime } from '../../src/domain/time.ts';

describe('parseTime', () => {
  it.each([
    ['wall-clock time without offset', '2024-11-05T12:00:00', 'America/Monterrey', '2024-11-05T18:00:00Z', null],
    ['explicit offset with colon', '2019-03-21T17:40:00-05:00', 'America/Mexico_City', '2019-03-21T22:40:00Z', -300],
    ['one-digit hour', '2018-03-15T9:00:00-05:00', 'America/Mexico_City', '2018-03-15T14:00:00Z', -300],
    ['Go format with abbreviation', '2022-12-01 07:30:00 -0600 CST', 'America/Mexico_City', '2022-12-01T13:30:00Z', -360],
    ['Go format with one-digit hour', '2022-12-01 7:30:00 -0600 CST', 'America/Mexico_City', '2022-12-01T13:30:00Z', -360],
    ['UTC with fraction', '2021-03-10T23:00:05.062Z', 'America/Mexico_City', '2021-03-10T23:00:05.062Z', 0],
    ['trailing space', '2019-03-21T17:40:00-05:00 ', 'America/Mexico_City', '2019-03-21T22:40:00Z', -300],
    ['no seconds', '2027-04-14T09:30', 'America/Mexico_City', '2027-04-14T15:30:00Z', null],
  ])('reads %s', (_name, value, zone, instant, writtenOffset) => {
    const parsed = parseTime(value, zone);

    expect(parsed?.instant).toBe(instant);
    expect(parsed?.writtenOffsetMinutes).toBe(writtenOffset);
  });

  it('reports the zone offset beside the written one', () => {
    const parsed = parseTime('2018-03-15T9:00:00-05:00', 'America/Mexico_City');

    expect(parsed?.zoneOffsetMinutes).toBe(-360);
  });

  it('follows daylight saving in Mexico City before 2023', () => {
    expect(parseTime('2022-10-29T10:00:00', 'America/Mexico_City')?.instant).toBe('2022-10-29T15:00:00Z');
    expect(parseTime('2022-10-31T10:00:00', 'America/Mexico_City')?.instant).toBe('2022-10-31T16:00:00Z');
  });

  it('follows the spring change in Madrid', () => {
    expect(parseTime('2025-03-29T10:00:00', 'Europe/Madrid')?.instant).toBe('2025-03-29T09:00:00Z');
    expect(parseTime('2025-03-30T10:00:00', 'Europe/Madrid')?.instant).toBe('2025-03-30T08:00:00Z');
  });

  it.each(['', 'mañana', '2024-11-05', '2024-02-30T10:00:00', '2024-11-05T25:00:00', '11/05/2024 10:00'])(
    'rejects %j',
    (value) => {
      expect(parseTime(value, 'UTC')).toBeNull();
    },
  );
});

describe('localDateOf', () => {
  it('gives the venue date, not the UTC date', () => {
    expect(localDateOf('2024-11-06T03:30:00Z', 'America/Monterrey')).toBe('2024-11-05');
    expect(localDateOf('2024-11-06T03:30:00Z', 'Asia/Tokyo')).toBe('2024-11-06');
  });
});

describe('formatOffset', () => {
  it('writes hours and minutes with a sign', () => {
    expect(formatOffset(-360)).toBe('-06:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects others', () => {
    expect(isValidTimeZone('America/Monterrey')).toBe(true);
    expect(isValidTimeZone('America/Monterey')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
