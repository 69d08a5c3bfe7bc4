/// <reference types="node" />

// The personal schedule of a Madrid edition on the night the clocks go forward,
// rendered with the process zone set to the venue's, to UTC and to Tokyo. The
// venue times and the conflict analysis must not move with the device.

import { screen, within } from '@testing-library/react';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import { MySchedulePage } from '../../../src/app/personal/index.ts';
import type { Session } from '../../../src/domain/types';
import { makeEdition, makeRoom, makeSession } from '../support/agenda-factory';
import { bookmarkOf, renderPersonal } from './render-personal';

const ZONE = 'Europe/Madrid';
const ROOMS = [makeRoom('Sala 1'), makeRoom('Sala 2')];

/** Builds a session from UTC instants, so that no library resolves a skipped or repeated wall-clock time. */
function sessionAt(title: string, start: string, end: string, place: { edition: string; timeZone: string; day: string }): Session {
  const base = makeSession({ title, ...place, from: '00:00', to: '00:30', room: 'sala-1' });
  return { ...base, start, end };
}

const MADRID = { edition: '2025', timeZone: ZONE, day: '2025-03-30' };

// 01:30 CET to the change, then 03:00–04:00 CEST. The first ends at the instant
// 02:00 CET became 03:00 CEST, so it reads 1:30 – 3:00 for a 30-minute session,
// and the two are back to back.
const BEFORE = sessionAt('Antes del cambio', '2025-03-30T00:30:00Z', '2025-03-30T01:00:00Z', MADRID);
const AFTER = { ...sessionAt('Después del cambio', '2025-03-30T01:00:00Z', '2025-03-30T02:00:00Z', MADRID), room: 'sala-2' };
const EDITION = makeEdition({ id: '2025', timeZone: ZONE, rooms: ROOMS, sessions: [BEFORE, AFTER] });

const originalZone = process.env.TZ;

beforeEach(() => {
  window.localStorage.clear();
});

afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe.each([ZONE, 'UTC', 'Asia/Tokyo'])('my schedule under TZ=%s', (zone) => {
  it('shows venue times across the change', async () => {
    process.env.TZ = zone;
    expect(new Date('2025-03-30T12:00:00Z').getHours()).toBe({ 'Europe/Madrid': 14, UTC: 12, 'Asia/Tokyo': 21 }[zone]);

    renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: '2025-03-01T12:00:00Z',
      bookmarks: [bookmarkOf(BEFORE, EDITION), bookmarkOf(AFTER, EDITION)],
      deviceZone: zone,
    });

    const day = await screen.findByRole('region', { name: 'domingo 30 de marzo de 2025' });
    const [first, second] = within(day).getAllByRole('listitem');
    expect(within(first!).getByText('1:30 – 3:00')).toBeTruthy();
    expect(within(second!).getByText('3:00 – 4:00')).toBeTruthy();
    expect(within(day).getByText('Cambio de sala: de Sala 1 a Sala 2, sin tiempo entre sesiones')).toBeTruthy();
    expect(within(day).queryByText(/Se empalma/)).toBeNull();
    expect(within(day).queryByText(/Tiempo libre/)).toBeNull();
  });
});

// Mexico City left daylight saving time for good at 02:00 CDT on 2022-10-30,
// when clocks went back to 01:00 CST. The second session's clock time is earlier
// than the first one's end, yet it starts 30 minutes later.
const MEXICO = 'America/Mexico_City';
const MEXICO_DAY = { edition: '2022', timeZone: MEXICO, day: '2022-10-30' };
const LATE = sessionAt('Antes de las 2', '2022-10-30T05:30:00Z', '2022-10-30T06:30:00Z', MEXICO_DAY);
const REPEATED = sessionAt('La 1 otra vez', '2022-10-30T07:00:00Z', '2022-10-30T07:30:00Z', MEXICO_DAY);
const MEXICO_EDITION = makeEdition({ id: '2022', timeZone: MEXICO, rooms: ROOMS, sessions: [LATE, REPEATED] });

describe.each([MEXICO, 'UTC', 'Asia/Tokyo'])('Mexico City schedule under TZ=%s', (zone) => {
  it('keeps the repeated hour in order', async () => {
    process.env.TZ = zone;
    expect(new Date('2022-10-30T12:00:00Z').getHours()).toBe({ 'America/Mexico_City': 6, UTC: 12, 'Asia/Tokyo': 21 }[zone]);

    renderPersonal(<MySchedulePage />, {
      editions: [MEXICO_EDITION],
      now: '2022-10-01T12:00:00Z',
      bookmarks: [bookmarkOf(REPEATED, MEXICO_EDITION), bookmarkOf(LATE, MEXICO_EDITION)],
      deviceZone: zone,
    });

    const day = await screen.findByRole('region', { name: 'domingo 30 de octubre de 2022' });
    const [first, gap, second] = within(day).getAllByRole('listitem');
    expect(within(first!).getByText('0:30 – 1:30')).toBeTruthy();
    expect(gap!.textContent).toBe('Tiempo libre: 30 min');
    expect(within(second!).getByText('1:00 – 1:30')).toBeTruthy();
    expect(within(day).queryByText(/Se empalma/)).toBeNull();
  });
});
