import { screen, waitFor, within } from '@testing-library/react';
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

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders only rows near the viewport in a long list', async () => {
    // jsdom lays nothing out, so every row would measure 0 px and fit on screen.
    // Give each element a phone card's height instead.
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

    const { container } = renderApp('/agenda/2027/', {
      conference: makeConference([edition]),
      editions: [edition],
      now: '2027-01-01T00:00:00Z',
    });

    await waitFor(() => expect(container.querySelector('.virtual-list')).not.toBeNull());
    expect(screen.getByRole('article', { name: /Charla 1$/ })).toBeTruthy();
    const rendered = screen.getAllByRole('article').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(screen.getByText('miércoles 14 de abril de 2027 · 400 sesiones')).toBeTruthy();
  });
});
