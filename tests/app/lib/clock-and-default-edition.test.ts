import { describe, expect, it } from 'vitest';

import { createClock, readClockOverride } from '../../../src/app/lib/clock.ts';
import { pickDefaultEdition } from '../../../src/app/lib/default-edition.ts';
import { makeConference, makeEdition, makeSession } from '../support/agenda-factory.ts';

const past = makeEdition({ id: '2026', sessions: [makeSession({ title: 'A', edition: '2026', day: '2026-05-21', from: '09:00', to: '10:00' })] });
const next = makeEdition({ id: '2027', sessions: [makeSession({ title: 'B', day: '2027-04-14', from: '09:00', to: '18:00' })] });
const later = makeEdition({ id: '2028', sessions: [makeSession({ title: 'C', edition: '2028', day: '2028-04-14', from: '09:00', to: '10:00' })] });

describe('readClockOverride', () => {
  it('reads an ISO instant with offset', () => {
    expect(readClockOverride('?now=2027-04-14T09:15:00-06:00')).toEqual({ start: Date.parse('2027-04-14T15:15:00Z') });
  });

  it('returns null without the parameter', () => {
    expect(readClockOverride('?day=2027-04-14')).toBeNull();
  });

  it('names an invalid value and the expected shape', () => {
    const result = readClockOverride('?now=ayer');
    const message = result !== null && 'error' in result ? result.error : '';

    expect(result).toHaveProperty('invalidValue', 'ayer');
    expect(message).toContain('?now=ayer');
    expect(message).toContain('2024-11-05T12:30:00-06:00');
  });
});

describe('createClock', () => {
  it('runs on in real time from the given start', () => {
    let real = 1_000;
    const clock = createClock(50_000, () => real);
    real += 60_000;
    expect(clock()).toBe(110_000);
  });
});

describe('pickDefaultEdition', () => {
  const conference = makeConference([past, next, later]);

  it('picks the edition in progress', () => {
    expect(pickDefaultEdition(conference, Date.parse('2027-04-14T20:00:00Z'))?.id).toBe('2027');
  });

  it('picks the next edition between editions', () => {
    expect(pickDefaultEdition(conference, Date.parse('2026-12-01T00:00:00Z'))?.id).toBe('2027');
  });

  it('picks the latest edition after all of them', () => {
    expect(pickDefaultEdition(conference, Date.parse('2030-01-01T00:00:00Z'))?.id).toBe('2028');
  });

  it('prefers the edition the config names', () => {
    const named = makeConference([past, next, later], '2026');
    expect(pickDefaultEdition(named, Date.parse('2027-04-14T20:00:00Z'))?.id).toBe('2026');
  });

  it('returns null without editions', () => {
    expect(pickDefaultEdition(makeConference([]), 0)).toBeNull();
  });
});
