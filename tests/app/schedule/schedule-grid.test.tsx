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

describe('schedule grid with a busy room', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'grid');
  });

  async function renderBusyDay() {
    const online = makeRoom('Crowdcast');
    const other = makeRoom('Zoom');
    const parallel = Array.from({ length: 6 }, (_, index) =>
      makeSession({ title: `Charla paralela ${index + 1}`, day: '2027-04-14', from: '09:30', to: '10:00', room: online.id }),
    );
    const edition = makeEdition({
      id: '2027',
      rooms: [online, other],
      sessions: [
        ...parallel,
        makeSession({ title: 'En Zoom', day: '2027-04-14', from: '09:30', to: '10:00', room: other.id }),
        makeSession({ title: 'Más tarde', day: '2027-04-14', from: '11:00', to: '12:00', room: online.id }),
      ],
    });
    renderApp('/agenda/2027/', { conference: makeConference([edition]), editions: [edition], now: '2027-01-01T00:00:00Z' });
    await screen.findByRole('region', { name: /por sala/ });
  }

  it('lists sessions beyond three lanes with a count', async () => {
    await renderBusyDay();

    const stack = screen.getByRole('group', { name: '4 sesiones a la vez en esta sala' });
    expect(within(stack).getByText('4 sesiones a la vez en esta sala')).toBeTruthy();
    expect(within(stack).getAllByRole('article').map((article) => within(article).getByRole('link').textContent)).toEqual([
      'Charla paralela 3',
      'Charla paralela 4',
      'Charla paralela 5',
      'Charla paralela 6',
    ]);
    expect(within(stack).getByRole('button', { name: 'Guardar «Charla paralela 6» en mi agenda' })).toBeTruthy();
    expect(stack.style.gridColumn).toBe('4 / 5');
  });

  it('keeps other rooms and later talks narrow', async () => {
    await renderBusyDay();

    // Crowdcast keeps three lanes (columns 2 to 4), so Zoom is column 5.
    expect(card(/En Zoom/).style.gridColumn).toBe('5 / 6');
    expect(card(/Más tarde/).style.gridColumn).toBe('2 / 3');
    expect(card(/Charla paralela 2/).style.gridColumn).toBe('3 / 4');
  });
});

describe('schedule grid headings', () => {
  it('heads each start time with an h2', async () => {
    window.localStorage.setItem('agenda:schedule-view', 'grid');
    renderApp('/agenda/2027/?day=2027-04-14', { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' });
    const grid = await screen.findByRole('region', { name: /por sala/ });

    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
    expect(within(grid).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      '9:00',
      '10:00',
      '11:00',
      '11:30',
      '12:30',
    ]);
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
