import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { renderApp } from '../support/render-app.tsx';
import { scheduleConference, scheduleEdition } from '../support/schedule-fixture.ts';

const options = { conference: scheduleConference, editions: [scheduleEdition], now: '2027-01-01T00:00:00Z' };

function card(name: RegExp): HTMLElement {
  return screen.getByRole('article', { name });
}

describe('interface language', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'list');
  });

  it('starts in Spanish with Spanish dates', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', options);

    expect(await screen.findByRole('searchbox', { name: 'Buscar' })).toBeTruthy();
    expect(screen.getByText('miércoles 14 de abril de 2027 · 5 sesiones')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es-MX');
  });

  it('switches to English and remembers it', async () => {
    const user = userEvent.setup();
    const first = renderApp('/agenda/2027/?day=2027-04-14', options);

    await user.click(await screen.findByRole('button', { name: 'Switch the interface to English' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeTruthy();
    expect(screen.getByText('Wednesday, April 14, 2027 · 5 sessions')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Days' })).getAllByRole('link')[0]?.textContent).toBe(
      'Wed, Apr 14 (5)',
    );
    expect(document.documentElement.lang).toBe('en-US');
    expect(card(/Formularios web/).getAttribute('aria-label')).toBe('9:00 AM – 9:30 AM, Sala B: Formularios web');
    first.unmount();

    renderApp('/agenda/2027/?day=2027-04-14', options);
    expect(await screen.findByRole('button', { name: 'Cambiar la interfaz a español' })).toBeTruthy();
  });

  it('keeps talk content as written', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', { ...options, language: 'en' });

    expect(await screen.findByRole('link', { name: 'Modelos de transición' })).toBeTruthy();
  });
});

describe('time zone display', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'list');
  });

  it('labels the venue clock', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', options);

    expect(await screen.findByText(/Horarios en hora de Ciudad de México\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ver en la hora de este dispositivo' })).toBeNull();
  });

  it('shows the device time beside the venue time', async () => {
    renderApp('/agenda/2027/?day=2027-04-14', { ...options, deviceZone: 'Europe/Madrid' });

    // Mexico City is UTC-6 and Madrid UTC+2 in April 2027.
    const time = within(await screen.findByRole('article', { name: /Formularios web/ })).getByText(/9:00 – 9:30/);
    expect(time.closest('.time-text')?.textContent).toBe('9:00 – 9:30 (tu hora (Madrid): 17:00 – 17:30)');
  });

  it('makes the device time the main one and remembers it', async () => {
    const user = userEvent.setup();
    const first = renderApp('/agenda/2027/?day=2027-04-14', { ...options, deviceZone: 'Europe/Madrid' });

    const toggle = await screen.findByRole('button', { name: 'Ver en la hora de este dispositivo' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(card(/Formularios web/).getAttribute('aria-label')).toBe('17:00 – 17:30, Sala B: Formularios web');
    expect(card(/Formularios web/).querySelector('.time-text')?.textContent).toBe(
      '17:00 – 17:30 (hora de Ciudad de México: 9:00 – 9:30)',
    );
    first.unmount();

    renderApp('/agenda/2027/?day=2027-04-14', { ...options, deviceZone: 'Europe/Madrid' });
    expect((await screen.findByRole('article', { name: /Formularios web/ })).getAttribute('aria-label')).toBe(
      '17:00 – 17:30, Sala B: Formularios web',
    );
  });

  it('keeps a session on its edition day in a far zone', async () => {
    // 9:00 on the 15th in Mexico City is already the 16th in Tokyo; the session stays on the 15th.
    renderApp('/agenda/2027/?day=2027-04-15', { ...options, deviceZone: 'Asia/Tokyo' });

    expect(await screen.findByRole('article', { name: /CSS moderno/ })).toBeTruthy();
    expect(screen.queryByRole('article', { name: /Formularios web/ })).toBeNull();
  });
});

describe('clock override', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.localStorage.setItem('agenda:schedule-view', 'grid');
  });

  it('marks the session in progress at the given time', async () => {
    renderApp('/agenda/2027/', { ...options, now: '2027-04-14T09:15:00-06:00' });

    const running = await screen.findByRole('article', { name: /Modelos de transición/ });
    expect(within(running).getByText('En curso')).toBeTruthy();
    expect(within(card(/Datos abiertos/)).queryByText('En curso')).toBeNull();
    expect(screen.getByText('Ahora')).toBeTruthy();
  });

  it('opens the day that is today at the venue', async () => {
    renderApp('/agenda/2027/', { ...options, now: '2027-04-15T09:15:00-06:00' });

    const days = await screen.findByRole('navigation', { name: 'Días' });
    expect(within(days).getByRole('link', { current: 'page' }).textContent).toBe('jue 15 abr (1)');
  });
});
