import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { makeConference, makeEdition, makeRoom, makeSession } from '../support/agenda-factory.ts';
import { renderApp } from '../support/render-app.tsx';
import { scheduleConference, scheduleEdition } from '../support/schedule-fixture.ts';

function card(name: RegExp): HTMLElement {
  return screen.getByRole('article', { name });
}

describe('schedule grid', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'grid');
  });

  async function renderDayOne() {
    renderApp('/agenda/2027/?day=2027-04-14', {
      conference: scheduleConference,
      editions: [scheduleEdition],
      now: '2027-01-01T00:00:00Z',
    });
    await screen.findByRole('region', { name: /por sala/ });
  }

  it('places a session by its start and end rows', async () => {
    await renderDayOne();

    // Rows start at 2 below the room headers: 9:00, 9:30, 10:00, 11:00, 11:30, 12:00, 12:30.
    expect(card(/Modelos de transición/).style.gridRow).toBe('2 / 4');
    expect(card(/Formularios web/).style.gridRow).toBe('2 / 3');
  });

  it('shows overlapping sessions in one room side by side', async () => {
    await renderDayOne();

    // Sala A needs two lanes (columns 2 and 3), so Sala B is column 4.
    expect(card(/Datos abiertos/).style.gridColumn).toBe('2 / 3');
    expect(card(/Taller de SQL/).style.gridColumn).toBe('3 / 4');
    expect(card(/Formularios web/).style.gridColumn).toBe('4 / 5');
  });

  it('spans plenary sessions and items over all rooms', async () => {
    await renderDayOne();

    expect(card(/Keynote de apertura/).style.gridColumn).toBe('2 / 5');
    const meal = screen.getByRole('group', { name: /Comida/ });
    expect(meal.style.gridColumn).toBe('2 / 5');
    expect(meal.style.gridRow).toBe('8 / 9');
  });

  it('names each card by time and room', async () => {
    await renderDayOne();

    expect(card(/Formularios web/).getAttribute('aria-label')).toBe('9:00 – 9:30, Sala B: Formularios web');
    expect(within(card(/Formularios web/)).getByRole('link', { name: 'Formularios web' }).getAttribute('href')).toBe(
      '/sessions/2027/formularios-web/',
    );
  });
});

describe('schedule grid without rooms', () => {
  it('gives roomless sessions a last column', async () => {
    window.localStorage.setItem('agenda:schedule-view', 'grid');
    const hall = makeRoom('Sala A');
    const edition = makeEdition({
      id: '2027',
      rooms: [hall],
      sessions: [
        makeSession({ title: 'En sala', day: '2027-04-14', from: '09:00', to: '10:00', room: hall.id }),
        makeSession({ title: 'Sin sala asignada', day: '2027-04-14', from: '09:00', to: '09:10' }),
      ],
    });
    renderApp('/agenda/2027/', { conference: makeConference([edition]), editions: [edition], now: '2027-01-01T00:00:00Z' });

    const roomless = await screen.findByRole('article', { name: /Sin sala asignada/ });
    expect(roomless.style.gridColumn).toBe('3 / 4');
    expect(roomless.getAttribute('aria-label')).toBe('9:00 – 9:10, Sin sala: Sin sala asignada');
    expect(screen.getByText('Sin sala', { selector: '.grid-room' })).toBeTruthy();
  });
});
