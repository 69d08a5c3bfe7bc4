import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';

import {
  BookmarkToggle,
  FilteredCalendarExport,
  MyScheduleNavLink,
  MySchedulePage,
  NowPage,
  RoomScreenPage,
  ShareImportPage,
} from '../../../src/app/personal/index.ts';
import { SessionCalendarActions } from '../../../src/app/session/SessionCalendarActions.tsx';
import { createShareLink } from '../../../src/domain/share-link';
import { at, CLOSING, EDITION, OPEN_DATA, POLARS } from './fixture';
import { bookmarkOf, renderPersonal } from './render-personal';

// A week before the edition, when the page shows no "now and next" block.
const BEFORE_EDITION = '2027-03-03T12:00:00Z';

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BookmarkToggle', () => {
  it('names the talk and reports its state', () => {
    renderPersonal(<BookmarkToggle session={OPEN_DATA} />, { editions: [EDITION], now: at('09:00') });
    const toggle = screen.getByRole('button', { name: 'Guardar «Datos abiertos» en mi agenda' });

    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps its visible text in its name', () => {
    renderPersonal(<BookmarkToggle session={OPEN_DATA} showText />, { editions: [EDITION], now: at('09:00') });
    const toggle = screen.getByRole('button', { name: 'Guardar «Datos abiertos» en mi agenda' });

    expect(toggle.textContent).toBe('☆Guardar');

    fireEvent.click(toggle);
    expect(toggle.textContent).toBe('★Guardar');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Guardar «Datos abiertos» en mi agenda' })).toBe(toggle);
  });

  it('stores the bookmark and updates the nav count', () => {
    const { readStoredIds } = renderPersonal(
      <>
        <MyScheduleNavLink />
        <BookmarkToggle session={OPEN_DATA} />
        <BookmarkToggle session={POLARS} />
      </>,
      { editions: [EDITION], now: at('09:00') },
    );
    const link = screen.getByRole('link', { name: /Mi agenda/ });
    expect(link.getAttribute('aria-label')).toBe('Mi agenda, 0 sesiones guardadas');

    fireEvent.click(screen.getByRole('button', { name: 'Guardar «Datos abiertos» en mi agenda' }));
    fireEvent.click(screen.getByRole('button', { name: 'Guardar «De pandas a Polars» en mi agenda' }));

    expect(link.getAttribute('aria-label')).toBe('Mi agenda, 2 sesiones guardadas');
    expect(link.getAttribute('href')).toBe('/my-schedule/');
    expect(readStoredIds()).toEqual(['2027/datos-abiertos', '2027/de-pandas-a-polars']);
  });

  it('keeps working and says so once when the quota is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderPersonal(
      <>
        <MyScheduleNavLink />
        <BookmarkToggle session={OPEN_DATA} />
      </>,
      { editions: [EDITION], now: at('09:00') },
    );
    const toggle = screen.getByRole('button', { name: 'Guardar «Datos abiertos» en mi agenda' });

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('El almacenamiento del navegador está lleno');

    fireEvent.click(screen.getByRole('button', { name: 'Entendido' }));
    fireEvent.click(toggle);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('MySchedulePage', () => {
  it('explains how to bookmark when empty', () => {
    renderPersonal(<MySchedulePage />, { editions: [EDITION], now: at('09:00') });

    expect(screen.getByRole('heading', { name: 'Aún no guardas ninguna sesión' })).toBeTruthy();
    expect(screen.getByText(/toca la estrella junto a una sesión/)).toBeTruthy();
  });

  it('flags a conflict on both sessions and keeps one', async () => {
    const { readStoredIds } = renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: BEFORE_EDITION,
      bookmarks: [bookmarkOf(OPEN_DATA, EDITION), bookmarkOf(POLARS, EDITION)],
    });

    expect(await screen.findByText('Se empalma con «De pandas a Polars»')).toBeTruthy();
    expect(screen.getByText('Se empalma con «Datos abiertos»')).toBeTruthy();
    expect(screen.getByText('2 sesiones empalmadas')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Quedarme con esta: «Datos abiertos»' }));

    expect(readStoredIds()).toEqual(['2027/datos-abiertos']);
    expect(screen.queryByText(/Se empalma/)).toBeNull();
  });

  it('lists a removed session with a remove button', async () => {
    const removed = { ...bookmarkOf(OPEN_DATA, EDITION), sessionId: '2027/charla-retirada', title: 'Charla retirada' };
    const { readStoredIds } = renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: at('09:00'),
      bookmarks: [removed, bookmarkOf(CLOSING, EDITION)],
    });

    const section = await screen.findByRole('region', { name: 'Sesiones que ya no están en el programa' });
    expect(within(section).getByText('Charla retirada')).toBeTruthy();
    expect(within(section).getByText(/ya no está en el programa/)).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Quitar «Charla retirada» de mi agenda' }));
    expect(readStoredIds()).toEqual(['2027/cierre-preguntas-y-mas']);
  });

  it('shows free time and the room change', async () => {
    renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: BEFORE_EDITION,
      bookmarks: [bookmarkOf(POLARS, EDITION), bookmarkOf(CLOSING, EDITION)],
    });

    expect(await screen.findByText('Tiempo libre: 30 min')).toBeTruthy();
    expect(screen.getByText('Cambio de sala: de Sala 2 a Sala 1 (30 min)')).toBeTruthy();
    expect(screen.getByText('10:30 – 11:30')).toBeTruthy();
  });

  it('names no room change after parallel talks', async () => {
    renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: BEFORE_EDITION,
      bookmarks: [bookmarkOf(OPEN_DATA, EDITION), bookmarkOf(POLARS, EDITION), bookmarkOf(CLOSING, EDITION)],
    });

    expect(await screen.findByText('Se empalma con «De pandas a Polars»')).toBeTruthy();
    expect(screen.getByText('Tiempo libre: 30 min')).toBeTruthy();
    expect(screen.queryByText(/Cambio de sala/)).toBeNull();
  });

  it('shows what is on now and next among bookmarks', async () => {
    renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: at('10:15'),
      bookmarks: [bookmarkOf(OPEN_DATA, EDITION), bookmarkOf(CLOSING, EDITION)],
    });

    const region = await screen.findByRole('region', { name: 'Ahora en tu agenda' });
    const [now, next] = within(region).getAllByRole('list');
    expect(within(now!).getByText('Datos abiertos')).toBeTruthy();
    expect(within(next!).getByText('Cierre, preguntas; y más')).toBeTruthy();
  });
});

describe('ShareImportPage', () => {
  function importPath(sessionIds: string[], extra = ''): string {
    const link = createShareLink({
      baseUrl: 'https://agenda.example.org/',
      edition: '2027',
      sessionIds,
      editionSessionIds: EDITION.sessions.map((session) => session.id),
    });
    const url = new URL(link);
    return `${url.pathname}${url.search}${extra}`;
  }

  it('previews new, saved and unknown sessions, then merges', async () => {
    const { readStoredIds } = renderPersonal(<ShareImportPage />, {
      editions: [EDITION],
      now: at('09:00'),
      path: importPath([OPEN_DATA.id, CLOSING.id, '2027/charla-vieja']),
      bookmarks: [bookmarkOf(OPEN_DATA, EDITION), bookmarkOf(POLARS, EDITION)],
    });

    const added = await screen.findByRole('region', { name: 'Nuevas para ti' });
    expect(within(added).getByText(/Cierre, preguntas; y más/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Ya las tienes guardadas' })).getByText(/Datos abiertos/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'No encontradas en el programa' })).getByText('_charla-vieja')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Reemplazar quitaría de tu agenda' })).getByText(/De pandas a Polars/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Agregar 1 sesión' }));

    expect(readStoredIds()).toEqual(['2027/datos-abiertos', '2027/de-pandas-a-polars', '2027/cierre-preguntas-y-mas']);
    expect(screen.getByText('Listo: tu agenda tiene 3 sesiones de esta edición.')).toBeTruthy();
  });

  it('replaces the edition’s bookmarks', async () => {
    const { readStoredIds } = renderPersonal(<ShareImportPage />, {
      editions: [EDITION],
      now: at('09:00'),
      path: importPath([CLOSING.id]),
      bookmarks: [bookmarkOf(POLARS, EDITION)],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Reemplazar mi agenda de esta edición' }));

    expect(readStoredIds()).toEqual(['2027/cierre-preguntas-y-mas']);
  });

  it('explains a link without edition', () => {
    renderPersonal(<ShareImportPage />, { editions: [EDITION], now: at('09:00'), path: '/my-schedule/import/?s=abcde' });

    expect(screen.getByRole('alert').textContent).toContain('falta el parámetro «e»');
  });
});

describe('NowPage', () => {
  it('lists per room what is on and what is next', async () => {
    renderPersonal(<NowPage />, { editions: [EDITION], now: at('10:45') });

    const room1 = await screen.findByRole('region', { name: 'Sala 1' });
    const room2 = screen.getByRole('region', { name: 'Sala 2' });
    const [room1Now, room1Next] = within(room1).getAllByRole('list');

    expect(within(room1Now!).getByText('Datos abiertos')).toBeTruthy();
    expect(within(room1Next!).getByText('Cierre, preguntas; y más')).toBeTruthy();
    expect(within(room2).getByText('De pandas a Polars')).toBeTruthy();
    expect(within(room2).getByText('No hay más sesiones')).toBeTruthy();
  });

  it('refreshes every minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = Date.parse(at('10:59'));
      renderPersonal(<NowPage />, { editions: [EDITION], now: () => now });
      const room1 = await screen.findByRole('region', { name: 'Sala 1' });
      expect(within(room1).getAllByRole('list')[0]!.textContent).toContain('Datos abiertos');

      now = Date.parse(at('11:00'));
      act(() => {
        vi.advanceTimersByTime(60_000);
      });

      expect(screen.getByText('Actualizado a las 11:00', { exact: false })).toBeTruthy();
      expect(within(room1).getByText('Nada en este momento')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('RoomScreenPage', () => {
  function renderRoom(time: string, room = 'sala-1') {
    return renderPersonal(<Route path="/rooms/:edition/:room" component={RoomScreenPage} />, {
      editions: [EDITION],
      now: at(time),
      path: `/rooms/2027/${room}/`,
    });
  }

  it('shows the current and next session', async () => {
    renderRoom('10:45');

    const current = await screen.findByRole('region', { name: 'Ahora' });
    expect(within(current).getByText('Datos abiertos')).toBeTruthy();
    expect(within(current).getByText(/Termina a las 11:00/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Después' })).getByText('Cierre, preguntas; y más')).toBeTruthy();
  });

  it('says when the day starts', async () => {
    renderRoom('08:00');

    expect(await screen.findByText('Las sesiones de hoy empiezan a las 10:00')).toBeTruthy();
  });

  it('says when the day is over', async () => {
    renderRoom('14:00');

    expect(await screen.findByText('Terminaron las sesiones de hoy en esta sala')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Después' })).toBeNull();
  });

  it('names an unknown room', async () => {
    renderRoom('10:45', 'sala-9');

    expect((await screen.findByRole('alert')).textContent).toBe('La sala «sala-9» no existe en la edición 2027.');
  });
});

describe('English interface', () => {
  it('labels the toggle in English', () => {
    renderPersonal(<BookmarkToggle session={OPEN_DATA} />, { editions: [EDITION], now: at('09:00'), language: 'en' });

    expect(screen.getByRole('button', { name: 'Save “Datos abiertos” to my schedule' })).toBeTruthy();
  });
});

describe('NowPage outside the edition', () => {
  it('says when the edition starts', async () => {
    renderPersonal(<NowPage />, { editions: [EDITION], now: '2027-03-01T12:00:00Z' });

    expect(await screen.findByText('El programa empieza el miércoles 10 de marzo de 2027.')).toBeTruthy();
  });

  it('says that the edition ended', async () => {
    renderPersonal(<NowPage />, { editions: [EDITION], now: '2027-04-01T12:00:00Z' });

    expect(await screen.findByText('Esta edición terminó el miércoles 10 de marzo de 2027.')).toBeTruthy();
  });
});

describe('calendar actions', () => {
  // jsdom has no object URLs, so each test installs a recorder and this puts the originals back.
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });

  function captureDownloads(): Blob[] {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:agenda-test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    return blobs;
  }

  it('downloads one session as iCalendar', async () => {
    const blobs = captureDownloads();
    renderPersonal(<SessionCalendarActions session={CLOSING} edition={EDITION} />, { editions: [EDITION], now: at('09:00') });

    fireEvent.click(screen.getByRole('button', { name: 'Descargar .ics' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();

    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(text).toContain('SUMMARY:Cierre\\, preguntas\\; y más\r\n');
    expect(text).toContain('DTSTART:20270310T180000Z\r\n');
    expect(text).toContain('LOCATION:Sala 1\r\n');
    // The conference name carries a render counter, so the number depends on test order.
    expect(text).toMatch(/UID:2027\/cierre-preguntas-y-mas@congreso-de-prueba-\d+\.agenda/);
  });

  it('links to Google Calendar with UTC times', () => {
    renderPersonal(<SessionCalendarActions session={CLOSING} edition={EDITION} />, { editions: [EDITION], now: at('09:00') });
    const href = screen.getByRole('link', { name: 'Añadir a Google Calendar' }).getAttribute('href')!;

    expect(new URL(href).searchParams.get('dates')).toBe('20270310T180000Z/20270310T190000Z');
  });

  it('downloads the filtered schedule', async () => {
    const blobs = captureDownloads();
    renderPersonal(<FilteredCalendarExport sessions={[OPEN_DATA, POLARS]} edition={EDITION} />, { editions: [EDITION], now: at('09:00') });

    fireEvent.click(screen.getByRole('button', { name: 'Descargar 2 sesiones (.ics)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();

    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('X-WR-CALNAME:Congreso de prueba');
  });

  it('builds the file only on click', async () => {
    const blobs = captureDownloads();
    renderPersonal(<FilteredCalendarExport sessions={[OPEN_DATA]} edition={EDITION} />, { editions: [EDITION], now: at('09:00') });
    expect(blobs).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Descargar 1 sesión (.ics)' }));

    await waitFor(() => expect(blobs).toHaveLength(1));
  });

  it('names the session a download fails on', async () => {
    captureDownloads();
    const broken = { ...OPEN_DATA, end: '2027-03-10T08:00:00Z' };
    renderPersonal(<FilteredCalendarExport sessions={[broken]} edition={EDITION} />, { editions: [EDITION], now: at('09:00') });

    fireEvent.click(screen.getByRole('button', { name: 'Descargar 1 sesión (.ics)' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No se pudo crear el archivo de calendario');
    expect(alert.textContent).toContain(`session "${OPEN_DATA.id}"`);
  });
});

describe('ShareSchedule', () => {
  it('copies the link and confirms it', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPersonal(<MySchedulePage />, {
      editions: [EDITION],
      now: BEFORE_EDITION,
      bookmarks: [bookmarkOf(OPEN_DATA, EDITION), bookmarkOf(CLOSING, EDITION)],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Copiar enlace' }));

    expect(await screen.findByText('Enlace copiado al portapapeles.')).toBeTruthy();
    const link = new URL((writeText.mock.calls[0] as unknown as [string])[0]);
    expect(link.pathname).toBe('/my-schedule/import/');
    expect(link.searchParams.get('e')).toBe('2027');
    expect(link.searchParams.get('s')!.split('.')).toHaveLength(2);
  });

  it('shows the link as a QR code', async () => {
    renderPersonal(<MySchedulePage />, { editions: [EDITION], now: BEFORE_EDITION, bookmarks: [bookmarkOf(OPEN_DATA, EDITION)] });

    const qr = await screen.findByRole('img', { name: 'Código QR con el enlace a tu agenda de Congreso 2027' });
    expect(qr.querySelector('svg')).not.toBeNull();
  });
});
