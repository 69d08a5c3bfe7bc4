import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { makeConference, makeEdition, makeRoom, makeSession } from '../support/agenda-factory.ts';
import { renderApp } from '../support/render-app.tsx';

const hall = makeRoom('Sala Grande');
const side = makeRoom('Sala 101');
const edition = makeEdition({
  id: '2027',
  rooms: [hall, side],
  sessions: [
    makeSession({ title: 'Keynote en Sala Grande', day: '2027-04-14', from: '09:00', to: '10:00', room: hall.id, plenary: true }),
    makeSession({ title: 'Charla publicada', day: '2027-04-14', from: '10:00', to: '11:00', room: side.id }),
    makeSession({ title: 'Charla en borrador', day: '2027-04-14', from: '10:00', to: '11:00', room: hall.id, draft: true }),
  ],
});
const options = { conference: makeConference([edition]), editions: [edition], now: '2027-01-01T00:00:00Z' };

describe('draft sessions', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'grid');
  });

  it('marks a draft card', async () => {
    renderApp('/agenda/2027/', options);

    const draft = await screen.findByRole('article', { name: /Charla en borrador/ });
    expect(within(draft).getByText('Borrador')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: /Charla publicada/ })).queryByText('Borrador')).toBeNull();
  });

  it('says why the export count is lower', async () => {
    renderApp('/agenda/2027/', options);

    expect(await screen.findByText('3 sesiones', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar 2 sesiones (.ics, sin 1 borrador)' })).toBeTruthy();
  });

  it('marks a draft session page', async () => {
    renderApp('/sessions/2027/charla-en-borrador/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Charla en borrador' })).toBeTruthy();
    expect(screen.getByText('Borrador')).toBeTruthy();
  });
});

describe('plenary session with a room', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'grid');
  });

  it('names its room on the card', async () => {
    renderApp('/agenda/2027/', options);

    const card = await screen.findByRole('article', { name: /Keynote en Sala Grande/ });
    expect(card.getAttribute('aria-label')).toBe('9:00 – 10:00, Sala Grande: Keynote en Sala Grande');
    expect(within(card).getByText('Sala Grande')).toBeTruthy();
  });

  it('still spans all rooms in the grid', async () => {
    renderApp('/agenda/2027/', options);

    const card = await screen.findByRole('article', { name: /Keynote en Sala Grande/ });
    expect(card.style.gridColumn).toBe('2 / 4');
  });

  it('names its room on the session page', async () => {
    renderApp('/sessions/2027/keynote-en-sala-grande/', options);

    const room = await screen.findByText('Sala', { selector: 'dt' });
    expect(room.nextElementSibling?.textContent).toBe('Sala Grande');
  });
});
