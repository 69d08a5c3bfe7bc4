import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { VIRTUALIZE_ABOVE } from '../../../src/app/schedule/ScheduleList.tsx';
import { makeConference, makeEdition, makeRoom, makeSession } from '../support/agenda-factory.ts';
import { renderApp } from '../support/render-app.tsx';
import { scheduleConference, scheduleEdition } from '../support/schedule-fixture.ts';

describe('schedule list', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'list');
  });

  it('groups entries under time headings', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' });

    const list = await screen.findByRole('region', { name: /por hora/ });
    const headings = within(list).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['9:00', '10:00', '11:00', '11:30', '12:30']);
  });

  it('shows plenary items between sessions', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' });

    expect(await screen.findByRole('group', { name: '12:30 – 13:30, Para todos: Comida' })).toBeTruthy();
  });

  it('saves the room name with a bookmark from a card', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' });

    fireEvent.click(await screen.findByRole('button', { name: 'Guardar «Datos abiertos» en mi agenda' }));

    const raw = window.localStorage.getItem('agenda:v1:congreso-de-ejemplo:bookmarks') ?? '[]';
    const stored = JSON.parse(raw) as { title: string; roomName: string | null }[];
    expect(stored.map((bookmark) => [bookmark.title, bookmark.roomName])).toEqual([['Datos abiertos', 'Sala A']]);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Renders a day of 400 talks, with each element measuring a phone card's height. */
  function renderLongDay(address = '/agenda/2027/') {
    // jsdom lays nothing out, so every row would measure 0 px and fit on screen.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 400, 120));
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(120);

    const rooms = Array.from({ length: 10 }, (_, index) => makeRoom(`Sala ${index + 1}`));
    const sessions = Array.from({ length: 400 }, (_, index) =>
      makeSession({
        title: `Charla ${index + 1}`,
        day: '2027-04-14',
        from: `${String(8 + Math.floor(index / 40)).padStart(2, '0')}:00`,
        to: `${String(8 + Math.floor(index / 40)).padStart(2, '0')}:45`,
        room: rooms[index % 10]?.id ?? null,
      }),
    );
    const edition = makeEdition({ id: '2027', rooms, sessions });
    expect(sessions.length).toBeGreaterThan(VIRTUALIZE_ABOVE);

    return renderApp(address, { conference: makeConference([edition]), editions: [edition], now: '2027-01-01T00:00:00Z' });
  }

  it('renders only rows near the viewport in a long list', async () => {
    const { container } = renderLongDay();

    await waitFor(() => expect(container.querySelector('.virtual-list')).not.toBeNull());
    expect(screen.getByRole('article', { name: /Charla 1$/ })).toBeTruthy();
    const rendered = screen.getAllByRole('article').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(screen.getByText('miércoles 14 de abril de 2027 · 400 sesiones')).toBeTruthy();
  });

  it('keeps a long day virtualized when a search leaves few results', async () => {
    const { container } = renderLongDay('/agenda/2027/?q=charla%20399');

    expect(await screen.findByText('miércoles 14 de abril de 2027 · 1 sesión')).toBeTruthy();
    expect(container.querySelector('.virtual-list')).not.toBeNull();
  });
});
