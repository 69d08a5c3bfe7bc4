import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { makeConference, makeEdition, makeRoom, makeSession } from '../support/agenda-factory.ts';
import { renderApp } from '../support/render-app.tsx';

const room = makeRoom('Sala Cholula');
const hostileBody = [
  'Antes <script>window.injected = true</script> después.',
  '',
  '<img src="x" onerror="window.injected = true">',
  '',
  '[x](javascript:alert(1)) y [documentación](https://example.org/docs)',
  '',
  '| Parte | Minutos |',
  '| --- | --- |',
  '| Intro | 5 |',
  '',
  '- uno',
  '- dos',
].join('\n');

const session = makeSession({
  title: 'Charla con HTML',
  day: '2027-04-14',
  from: '10:30',
  to: '11:10',
  room: room.id,
  speakers: [
    { slug: 'ana-nunez', name: 'Ana Núñez', designation: 'Ingeniera de datos', photo: 'media/speakers/ana-nunez/ana.jpg' },
    { slug: null, name: 'Invitado Sin Página' },
  ],
  links: [
    { kind: 'slides', url: 'https://example.org/slides.pdf' },
    { kind: 'video', url: 'javascript:alert(2)' },
  ],
  body: hostileBody,
});
const edition = makeEdition({ id: '2027', rooms: [room], sessions: [session] });
const options = {
  conference: makeConference([edition]),
  editions: [edition],
  now: '2027-01-01T00:00:00Z',
};

describe('session page', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    delete (window as { injected?: boolean }).injected;
  });

  it('shows speaker roles and photos without speaker data', async () => {
    const { container } = renderApp('/sessions/2027/charla-con-html/', options);

    expect(await screen.findByText('· Ingeniera de datos')).toBeTruthy();
    const photos = [...container.querySelectorAll('.speaker-list img')].map((image) => image.getAttribute('src'));
    expect(photos).toEqual(['/media/speakers/ana-nunez/ana.jpg']);
  });

  it('shows time with zone, room and speakers', async () => {
    renderApp('/sessions/2027/charla-con-html/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Charla con HTML' })).toBeTruthy();
    expect(screen.getByText('miércoles 14 de abril de 2027', { exact: false }).textContent).toContain('10:30 – 11:10');
    expect(screen.getByText('Sala Cholula')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ana Núñez' }).getAttribute('href')).toBe('/speakers/ana-nunez/');
    expect(screen.getByText('Invitado Sin Página').tagName).toBe('SPAN');
    expect(document.title).toBe('Charla con HTML · Congreso 2027');
  });

  it('renders Markdown lists, tables and links', async () => {
    renderApp('/sessions/2027/charla-con-html/', options);

    const docs = await screen.findByRole('link', { name: 'documentación' });
    expect(docs.getAttribute('href')).toBe('https://example.org/docs');
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByText('dos').tagName).toBe('LI');
  });

  it('never runs script from Markdown', async () => {
    const { container } = renderApp('/sessions/2027/charla-con-html/', options);

    await screen.findByRole('link', { name: 'documentación' });
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img[onerror]')).toBeNull();
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
    expect(screen.getByText('x').closest('a')).toBeNull();
    expect((window as { injected?: boolean }).injected).toBeUndefined();
  });

  it('drops a javascript: link from the session links', async () => {
    renderApp('/sessions/2027/charla-con-html/', options);

    const links = within(await screen.findByRole('region', { name: 'Enlaces' }));
    expect(links.getByRole('link', { name: 'Diapositivas' }).getAttribute('href')).toBe('https://example.org/slides.pdf');
    expect(links.queryByRole('link', { name: 'Video' })).toBeNull();
  });

  it('links back to the schedule on the session day', async () => {
    renderApp('/sessions/2027/charla-con-html/', options);

    const back = await screen.findByRole('link', { name: /Volver a la agenda/ });
    expect(back.getAttribute('href')).toBe('/agenda/2027/?day=2027-04-14');
  });

  it('links back to the last filtered schedule view', async () => {
    window.sessionStorage.setItem('agenda:schedule-view:2027', '/agenda/2027/?day=2027-04-14&q=html');
    renderApp('/sessions/2027/charla-con-html/', options);

    const back = await screen.findByRole('link', { name: /Volver a la agenda/ });
    expect(back.getAttribute('href')).toBe('/agenda/2027/?day=2027-04-14&q=html');
  });

  it('says which session is missing', async () => {
    renderApp('/sessions/2027/no-existe/', options);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sesión no encontrada' })).toBeTruthy();
    expect(screen.getByText('No hay ninguna sesión «no-existe» en la edición 2027.')).toBeTruthy();
  });
});
