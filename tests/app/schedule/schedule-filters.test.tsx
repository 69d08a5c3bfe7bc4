import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { QUERY_WRITE_DELAY_MS } from '../../../src/app/schedule/use-schedule-filters.ts';
import { renderApp } from '../support/render-app.tsx';
import { scheduleConference, scheduleEdition } from '../support/schedule-fixture.ts';

const options = { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' };

function optionTexts(select: HTMLElement): string[] {
  return within(select).getAllByRole('option').map((option) => option.textContent ?? '');
}

function shownTitles(): string[] {
  return screen.queryAllByRole('article').map((article) => within(article).getByRole('heading').textContent ?? '');
}

beforeEach(() => {
  window.localStorage.clear();
  window.localStorage.setItem('agenda:schedule-view', 'list');
});

describe('schedule filters', () => {
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

describe('search text in the address', () => {
  const addressQuery = () => new URLSearchParams(window.location.search).get('q');

  it('is written once typing pauses, in the same entry', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);
    const search = await screen.findByRole('searchbox', { name: 'Buscar' });
    const entries = window.history.length;

    await user.type(search, 'datos');
    expect(search).toHaveProperty('value', 'datos');
    expect(addressQuery()).toBeNull();

    await waitFor(() => expect(addressQuery()).toBe('datos'));
    expect(window.location.search).toBe('?day=2027-04-14&q=datos');
    expect(window.history.length).toBe(entries);
  });

  it('is written at once when the box loses focus', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.type(await screen.findByRole('searchbox', { name: 'Buscar' }), 'sql');
    await user.tab();
    expect(addressQuery()).toBe('sql');
  });

  it('is kept by back after opening a session', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    const search = await screen.findByRole('searchbox', { name: 'Buscar' });
    await user.type(search, 'taller');
    await waitFor(() => expect(shownTitles()).toEqual(['Taller de SQL']));
    // Focus stays in the box, as it does when a phone user taps a result.
    search.focus();
    screen.getByRole('link', { name: 'Taller de SQL' }).click();
    expect(await screen.findByRole('heading', { level: 1, name: 'Taller de SQL' })).toBeTruthy();
    expect(window.location.pathname).toBe('/sessions/2027/taller-de-sql/');

    window.history.back();
    await waitFor(() => expect(window.location.pathname).toBe('/agenda/2027/'));
    expect(addressQuery()).toBe('taller');
    expect(await screen.findByRole('searchbox', { name: 'Buscar' })).toHaveProperty('value', 'taller');
  });

  it('follows the address on back', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sala' }), 'sala-a');
    const search = screen.getByRole('searchbox', { name: 'Buscar' });
    await user.type(search, 'datos');
    await waitFor(() => expect(addressQuery()).toBe('datos'));

    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?day=2027-04-14'));
    expect(screen.getByRole('searchbox', { name: 'Buscar' })).toHaveProperty('value', '');
    await waitFor(() => expect(shownTitles()).toHaveLength(5));
  });

  it('is dropped when back is pressed before it is written', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sala' }), 'sala-b');
    const search = screen.getByRole('searchbox', { name: 'Buscar' });
    search.focus();
    fireEvent.change(search, { target: { value: 'web' } });
    window.history.back();

    await waitFor(() => expect(window.location.search).toBe('?day=2027-04-14'));
    await new Promise((resolve) => setTimeout(resolve, QUERY_WRITE_DELAY_MS + 100));
    expect(window.location.search).toBe('?day=2027-04-14');
    expect(screen.getByRole('searchbox', { name: 'Buscar' })).toHaveProperty('value', '');
  });

  it('is cleared with the other filters before it is written', async () => {
    renderApp('/agenda/2027/?day=2027-04-14&room=sala-a', options);

    const search = await screen.findByRole('searchbox', { name: 'Buscar' });
    search.focus();
    fireEvent.change(search, { target: { value: 'datos' } });
    fireEvent.click(screen.getByRole('button', { name: 'Quitar filtros' }));

    expect(window.location.search).toBe('?day=2027-04-14');
    expect(search).toHaveProperty('value', '');
    await new Promise((resolve) => setTimeout(resolve, QUERY_WRITE_DELAY_MS + 100));
    expect(window.location.search).toBe('?day=2027-04-14');
  });

  it('keeps a percent sign before hex digits', async () => {
    const user = userEvent.setup();
    renderApp('/agenda/2027/?day=2027-04-14&q=50%2541', options);

    const search = await screen.findByRole('searchbox', { name: 'Buscar' });
    expect(search).toHaveProperty('value', '50%41');

    await user.clear(search);
    await user.type(search, '%C3%B1');
    await user.tab();
    expect(window.location.search).toBe('?day=2027-04-14&q=%25C3%25B1');
    expect(search).toHaveProperty('value', '%C3%B1');
  });

  it('carries the typed text into a room filter change', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', options);

    const search = await screen.findByRole('searchbox', { name: 'Buscar' });
    search.focus();
    fireEvent.change(search, { target: { value: 'abiertos' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sala' }), { target: { value: 'sala-a' } });

    expect(window.location.search).toBe('?day=2027-04-14&room=sala-a&q=abiertos');
    await waitFor(() => expect(shownTitles()).toEqual(['Datos abiertos']));
  });
});

