import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { App, createQueryClient } from '../../src/app/App.tsx';
import { preloadRoute } from '../../src/app/AppRoutes.tsx';
import { makeConference, makeEdition, makeRoom, makeSession } from './support/agenda-factory.ts';
import { makeSource } from './support/render-app.tsx';

const room = makeRoom('Sala Cholula');
const session = makeSession({ title: 'Datos abiertos', day: '2027-04-14', from: '10:30', to: '11:10', room: room.id, body: 'Una charla.' });
const edition2026 = makeEdition({ id: '2026', rooms: [room], sessions: [] });
const edition2027 = makeEdition({ id: '2027', rooms: [room], sessions: [session] });
const conference = makeConference([edition2026, edition2027], '2027');
const now = Date.parse('2027-01-01T00:00:00Z');

function loadedEditions(queryClient: ReturnType<typeof createQueryClient>): string[] {
  return ['2026', '2027'].filter((id) => queryClient.getQueryData(['agenda', 'edition', id]) !== undefined);
}

describe('preloadRoute', () => {
  it('loads a session page edition', async () => {
    const queryClient = createQueryClient();
    await preloadRoute('/sessions/2027/datos-abiertos/', { source: makeSource(conference, [edition2026, edition2027]), queryClient, now });

    expect(loadedEditions(queryClient)).toEqual(['2027']);
  });

  it('loads the default edition for the home page', async () => {
    const queryClient = createQueryClient();
    await preloadRoute('/', { source: makeSource(conference, [edition2026, edition2027]), queryClient, now });

    expect(loadedEditions(queryClient)).toEqual(['2027']);
  });

  it('skips an edition the conference lacks', async () => {
    const queryClient = createQueryClient();
    await preloadRoute('/agenda/1999/', { source: makeSource(conference, [edition2026, edition2027]), queryClient, now });

    expect(loadedEditions(queryClient)).toEqual([]);
  });

  it('lets the session page render without a loading state', async () => {
    window.history.replaceState(null, '', '/sessions/2027/datos-abiertos/');
    const source = makeSource(conference, [edition2026, edition2027]);
    const queryClient = createQueryClient();
    await preloadRoute('/sessions/2027/datos-abiertos/', { source, queryClient, now });

    render(<App source={source} clock={() => now} base="" language="es" deviceZone="America/Mexico_City" queryClient={queryClient} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Datos abiertos' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: /Cargando/ })).toBeNull();
  });
});
