import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';

import {
  formatDayLong,
  formatDayShort,
  formatDaySpan,
  formatTime,
  formatTimeRange,
  formatZoneName,
} from '../../src/domain/format';

describe('formatDayShort', () => {
  it('writes a Spanish day tab', () => {
    expect(formatDayShort('2024-11-05', 'es')).toBe('mar 5 nov');
  });

  it('writes an English day tab', () => {
    expect(formatDayShort('2024-11-05', 'en')).toBe('Tue, Nov 5');
  });

  it('rejects a date in another shape', () => {
    expect(() => formatDayShort('5/11/2024', 'es')).toThrow('Invalid local date "5/11/2024"');
  });
});

describe('formatDayLong', () => {
  it('writes the full date in each language', () => {
    expect(formatDayLong('2027-03-10', 'es')).toBe('miércoles 10 de marzo de 2027');
    expect(formatDayLong('2027-03-10', 'en')).toBe('Wednesday, March 10, 2027');
  });
});

describe('formatTime', () => {
  it('shows the venue clock, not the device clock', () => {
    // 15:00 UTC is 9:00 in Monterrey and 16:00 in Madrid in November.
    expect(formatTime('2024-11-05T15:00:00Z', 'America/Monterrey', 'es')).toBe('9:00');
    expect(formatTime('2024-11-05T15:00:00Z', 'Europe/Madrid', 'es')).toBe('16:00');
  });

  it('uses a 12-hour clock in English', () => {
    expect(formatTime('2024-11-05T19:20:00Z', 'America/Monterrey', 'en')).toBe('1:20 PM');
  });

  it('formats a range with a dash', () => {
    expect(formatTimeRange('2024-11-05T15:10:00Z', '2024-11-05T15:40:00Z', 'America/Monterrey', 'es')).toBe('9:10 – 9:40');
  });
});

describe('formatZoneName', () => {
  it('names the zone in the UI language', () => {
    expect(formatZoneName('2024-11-05T15:00:00Z', 'America/Mexico_City', 'en')).toBe('CST');
    expect(formatZoneName('2024-11-05T15:00:00Z', 'America/Mexico_City', 'es')).toBe('GMT-6');
  });

  it('follows daylight saving time', () => {
    expect(formatZoneName('2027-07-01T15:00:00Z', 'America/New_York', 'en')).toBe('EDT');
    expect(formatZoneName('2027-01-01T15:00:00Z', 'America/New_York', 'en')).toBe('EST');
  });
});

describe('formatDaySpan', () => {
  it('writes one day or a range', () => {
    expect(formatDaySpan('2024-11-05', '2024-11-05', 'es')).toBe('5 nov 2024');
    expect(formatDaySpan('2024-11-05', '2024-11-06', 'es')).toBe('5 nov – 6 nov 2024');
    expect(formatDaySpan('2024-11-05', '2024-11-06', 'en')).toBe('Nov 5 – Nov 6, 2024');
  });
});

// The app writes day and month names itself to keep date-fns' locales out of the
// first load, so every day of a leap year is checked against date-fns' `format`.
describe('day names against date-fns format', () => {
  const days = Array.from({ length: 366 }, (_, index) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10));

  function formatWithDateFns(day: string, pattern: string, locale: typeof es): string {
    return format(new Date(`${day}T00:00:00`), pattern, { locale });
  }

  it('match in Spanish', () => {
    for (const day of days) {
      expect(formatDayShort(day, 'es')).toBe(formatWithDateFns(day, 'EEE d MMM', es));
      expect(formatDayLong(day, 'es')).toBe(formatWithDateFns(day, "EEEE d 'de' MMMM 'de' yyyy", es));
    }
  });

  it('match in English', () => {
    for (const day of days) {
      expect(formatDayShort(day, 'en')).toBe(formatWithDateFns(day, 'EEE, MMM d', enUS));
      expect(formatDayLong(day, 'en')).toBe(formatWithDateFns(day, 'EEEE, MMMM d, yyyy', enUS));
    }
  });
});
