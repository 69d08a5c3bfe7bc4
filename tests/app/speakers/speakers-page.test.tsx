import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { makeConference, makeEdition, makeSpeaker } from '../support/agenda-factory.ts';
import { renderApp } from '../support/render-app.tsx';

const edition = makeEdition({ id: '2027' });
const speakers = [
  makeSpeaker({ name: 'Óscar Cuéllar' }),
  makeSpeaker({ name: 'Noemí Jiménez' }),
  makeSpeaker({
    name: 'Ñuflo Pardo',
    links: [
      { kind: 'website', url: 'https://example.org/' },
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/ejemplo' },
      { kind: 'github', url: 'https://github.com/ejemplo' },
      { kind: 'twitter', url: 'https://x.com/ejemplo' },
    ],
  }),
  makeSpeaker({ name: 'Abril Montoya', designation: 'Científica de datos', bio: 'Trabaja con **datos** abiertos.' }),
  makeSpeaker({
    name: 'Zoe Nunez',
    sessions: [
      {
        id: '2027/charla',
        edition: '2027',
        slug: 'charla',
        title: 'Charla de Zoe',
        start: '2027-04-15T03:00:00Z',
        end: '2027-04-15T03:30:00Z',
        timeZone: 'America/Mexico_City',
      },
    ],
  }),
];
const options = { conference: makeConference([edition]), editions: [edition], speakers, now: '2027-01-01T00:00:00Z' };

function listedNames(): string[] {
  return within(screen.getByRole('list')).getAllByRole('link').map((link) => link.textContent ?? '');
}

describe('speakers index', () => {
  it('sorts names with Spanish collation', async () => {
    renderApp('/speakers/', options);

    await screen.findByRole('searchbox', { name: 'Buscar ponente' });
    expect(listedNames()).toEqual(['Abril Montoya', 'Noemí Jiménez', 'Ñuflo Pardo', 'Óscar Cuéllar', 'Zoe Nunez']);
  });

  it('searches names without accents', async () => {
    const user = userEvent.setup();
    renderApp('/speakers/', options);

    await user.type(await screen.findByRole('searchbox', { name: 'Buscar ponente' }), 'oscar cuellar');
    await waitFor(() => expect(listedNames()).toEqual(['Óscar Cuéllar']));
  });
});

describe('speaker page', () => {
  it('shows initials, designation and bio', async () => {
    const { container } = renderApp('/speakers/abril-montoya/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Abril Montoya' })).toBeTruthy();
    expect(screen.getByText('Científica de datos')).toBeTruthy();
    expect(container.querySelector('.avatar-initials')?.textContent).toBe('AM');
    expect((await screen.findByText('datos')).tagName).toBe('STRONG');
  });

  it('lists sessions on their edition day', async () => {
    renderApp('/speakers/zoe-nunez/', options);

    // 03:00 UTC on the 15th is 21:00 on the 14th in Mexico City.
    const link = await screen.findByRole('link', { name: 'Charla de Zoe' });
    expect(link.getAttribute('href')).toBe('/sessions/2027/charla/');
    expect(link.parentElement?.textContent).toContain('miércoles 14 de abril de 2027, 21:00 – 21:30');
  });

  it('names links in the interface language', async () => {
    renderApp('/speakers/nuflo-pardo/', options);

    await screen.findByRole('heading', { level: 1, name: 'Ñuflo Pardo' });
    expect(screen.getByRole('link', { name: 'Sitio web' }).getAttribute('href')).toBe('https://example.org/');
    expect(screen.getByRole('link', { name: 'LinkedIn' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'GitHub' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'X/Twitter' })).toBeTruthy();
  });

  it('says which speaker is missing', async () => {
    renderApp('/speakers/nadie/', options);

    expect(await screen.findByText('No hay ninguna página de ponente «nadie».')).toBeTruthy();
  });
});
