import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { renderApp } from '../support/render-app.tsx';
import { scheduleConference, scheduleEdition } from '../support/schedule-fixture.ts';

const options = { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' };

function optionTexts(select: HTMLElement): string[] {
  return within(select).getAllByRole('option').map((option) => option.textContent ?? '');
}

function shownTitles(): string[] {
  return screen.queryAllByRole('article').map((article) => within(article).getByRole('heading').textContent ?? '');
}

describe('schedule filters', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'list');
  });

  it('counts sessions per room and track option', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', options);

    const room = await screen.findByRole('combobox', { name: 'Sala' });
    // The plenary keynote counts in every room.
    expect(optionTexts(room)).toEqual(['Todas las salas', 'Sala A (4)', 'Sala B (2)']);
    expect(optionTexts(screen.getByRole('combobox', { name: 'Tema' }))).toEqual(['Todos los temas', 'Datos (3)', 'Web (1)']);
  });

  it('counts active filters on the phone toggle', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14&room=sala-a', options);

    const toggle = await screen.findByRole('button', { name: 'Filtros (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.contains(screen.getByRole('combobox', { name: 'Sala' }))).toBe(true);

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'datos');
    expect(screen.getByRole('button', { name: 'Filtros (2)' })).toBe(toggle);
  });

  it('combines room and track filters', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sala' }), 'sala-a');
    expect(optionTexts(screen.getByRole('combobox', { name: 'Tema' }))).toEqual(['Todos los temas', 'Datos (3)', 'Web (0)']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'datos');
    expect(shownTitles()).toEqual(['Modelos de transición', 'Datos abiertos', 'Taller de SQL']);
    expect(window.location.search).toBe('?day=2027-04-14&room=sala-a&track=datos');
  });

  it('keeps filters from the address after a reload', async () => {
    const first = renderApp('/agenda/2027/?day=2027-04-14&track=web', options);
    expect(await screen.findByRole('combobox', { name: 'Tema' })).toHaveProperty('value', 'web');
    const address = window.location.pathname + window.location.search;
    first.unmount();

    renderApp(address, options);
    expect(await screen.findByRole('combobox', { name: 'Tema' })).toHaveProperty('value', 'web');
    expect(shownTitles()).toEqual(['Formularios web']);
  });

  it('finds text without accents or case', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    const search = await screen.findByRole('searchbox', { name: 'Buscar' });
    await user.type(search, 'TRANSICION');
    await waitFor(() => expect(shownTitles()).toEqual(['Modelos de transición']));
    expect(new URLSearchParams(window.location.search).get('q')).toBe('TRANSICION');
  });

  it('finds a speaker written with ñ when typed with n', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.type(await screen.findByRole('searchbox', { name: 'Buscar' }), 'Nuñez');
    await waitFor(() => expect(shownTitles()).toEqual(['Modelos de transición']));
  });

  it('explains an empty result and clears it', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14&q=cascada', options);

    expect(await screen.findByText('Ninguna sesión de este día coincide con la búsqueda «cascada».')).toBeTruthy();
    expect(screen.getByText('Hay 1 resultado en otro día.')).toBeTruthy();

    const status = screen.getByRole('status');
    await user.click(within(status).getByRole('button', { name: 'Quitar filtros' }));
    expect(window.location.search).toBe('?day=2027-04-14');
    expect(shownTitles()).toContain('Formularios web');
  });

  it('names and ignores an unknown room in the address', async () => {
    renderApp('/agenda/2027/?day=2027-04-14&room=sala-z', options);

    expect(await screen.findByText('Se ignoró el filtro room=«sala-z»: no existe en esta edición.')).toBeTruthy();
    expect(shownTitles()).toHaveLength(5);
  });

  it('shows day tabs with dates in Spanish', async () => {
    renderApp('/agenda/2027/', options);

    const days = await screen.findByRole('navigation', { name: 'Días' });
    const tabs = within(days).getAllByRole('link').map((link) => link.textContent);
    expect(tabs).toEqual(['mié 14 abr (5)', 'jue 15 abr (1)']);
  });
});
