import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '../../src/app/App.tsx';
import { makeConference, makeEdition, makeSession, makeSpeaker } from './support/agenda-factory.ts';
import { makeSource, renderApp } from './support/render-app.tsx';
import { roomA, scheduleConference, scheduleEdition } from './support/schedule-fixture.ts';

const options = { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' };

describe('app shell', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'list');
  });

  it('opens the default edition at the root', async () => {
    renderApp('/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Congreso 2027' })).toBeTruthy();
    expect(document.title).toBe('Congreso 2027 · Congreso de Ejemplo');
  });

  it('lists editions for an unknown one', async () => {
    renderApp('/agenda/1999/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'No existe la edición «1999».' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Congreso 2027' }).getAttribute('href')).toBe('/agenda/2027/');
  });

  it('keeps past editions browsable', async () => {
    const past = makeEdition({
      id: '2026',
      title: 'Congreso 2026',
      sessions: [makeSession({ title: 'Charla pasada', edition: '2026', day: '2026-05-21', from: '09:00', to: '10:00' })],
    });
    const user = userEvent.setup();
    renderApp('/agenda/2027/', { ...options, conference: makeConference([past, scheduleEdition]), editions: [past, scheduleEdition] });

    await user.click(await screen.findByText('Cambiar de edición'));
    await user.click(screen.getByRole('link', { name: 'Congreso 2026' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Congreso 2026' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Charla pasada' })).toBeTruthy();
    expect(window.location.pathname).toBe('/agenda/2026/');
  });

  it('focuses the heading after navigation', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.click(await screen.findByRole('link', { name: 'Formularios web' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Formularios web' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('names an ignored ?now= value in Spanish', async () => {
    renderApp('/agenda/2027/?now=ayer', { ...options, invalidNow: 'ayer' });

    expect(
      await screen.findByText(
        'Se ignoró ?now=ayer: no es una fecha y hora ISO 8601 con zona, como 2024-11-05T12:30:00-06:00. Se usa la hora del dispositivo.',
      ),
    ).toBeTruthy();
  });

  it('shows a page for an unknown address', async () => {
    renderApp('/nada/aqui/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Volver a la agenda' })).toBeTruthy();
  });

  it('shows the room screen without header', async () => {
    renderApp(`/rooms/2027/${roomA.id}/`, options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sala A' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Switch the interface to English' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Volver a la agenda' }).getAttribute('href')).toBe('/agenda/2027/');
  });
});

describe('app under a base path', () => {
  it('serves routes and links below the base', async () => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/conf/agenda/2027/?day=2027-04-14');

    render(
      <App
        source={makeSource(scheduleConference, [scheduleEdition])}
        clock={() => 0}
        base="/conf"
        deviceZone="America/Mexico_City"
      />,
    );

    const link = await screen.findByRole('link', { name: 'Formularios web' });
    expect(link.getAttribute('href')).toBe('/conf/sessions/2027/formularios-web/');
  });
});

describe('app offline', () => {
  const speaker = makeSpeaker({ name: 'Ana Núñez', designation: 'Ingeniera de datos' });

  afterEach(() => {
    onlineManager.setOnline(true);
    vi.restoreAllMocks();
  });

  it('loads data while the browser reports offline', async () => {
    // The service worker serves the data chunks offline, so a page opened by a
    // link after the connection dropped must not wait for one.
    onlineManager.setOnline(false);
    renderApp('/speakers/ana-nunez/', { ...options, speakers: [speaker] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Núñez' })).toBeTruthy();
  });

  it('explains a page not saved for offline use', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const failing = {
      ...makeSource(scheduleConference, []),
      loadEdition: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    };
    window.history.replaceState(null, '', '/agenda/2027/');
    render(<App source={failing} clock={() => Date.parse('2027-01-01T00:00:00Z')} base="" deviceZone="America/Mexico_City" invalidNow={null} />);

    // Without a connection the load is not tried again, so the message shows at once.
    const alert = await screen.findByRole('alert', {}, { timeout: 500 });
    expect(alert.textContent).toContain('Esta página no está guardada para usarse sin conexión. Conéctate a internet y vuelve a intentarlo.');
    expect(alert.textContent).not.toContain('Failed to fetch');
  });
});
