import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import {
  createCalendar,
  createEditionCalendar,
  createGoogleCalendarUrl,
  createSiteCalendar,
  escapeText,
  foldLine,
  sessionPageUrl,
} from '../../src/domain/calendar';
import type { Session } from '../../src/domain/types';
import { compileContent } from '../../src/plugin/compile';
import { makeEdition, makeRoom, makeSession } from '../app/support/agenda-factory';
import { FIXTURE_CONFIG, FIXTURE_CONTENT } from '../support/content-folder';

const SITE = 'https://agenda.example.org/';
const STAMP = new Date('2024-10-01T12:00:00Z');
const ROOMS = [makeRoom('Sala 1'), makeRoom('Auditorio, planta baja; ala norte')];

const LONG_TITLE = `Datos, modelos; y \\ barras 🚀📊 ${'muy larga '.repeat(18)}`.trim();

function tricky(): Session {
  return makeSession({
    title: LONG_TITLE,
    slug: 'charla-larga',
    edition: '2024mty',
    timeZone: 'America/Monterrey',
    day: '2024-11-05',
    from: '12:00',
    to: '12:40',
    room: ROOMS[1]!.id,
    speakers: [{ slug: null, name: 'Ana Pérez' }],
    body: 'Un **resumen** con [enlace](https://example.org) y\n\nun segundo párrafo; con comas, y ñ.',
  });
}

function plain(): Session {
  return makeSession({
    title: 'Charla corta',
    slug: 'charla-corta',
    edition: '2024mty',
    timeZone: 'America/Monterrey',
    day: '2024-11-05',
    from: '13:00',
    to: '13:30',
    room: ROOMS[0]!.id,
  });
}

function parseEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

describe('createSiteCalendar', () => {
  const text = createSiteCalendar([tricky(), plain()], ROOMS, {
    siteUrl: SITE,
    conferenceName: 'Data Day',
    calendarName: 'Mi agenda; Data Day, 2024',
    stamp: STAMP,
  });

  it('ends every line with CRLF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets', () => {
    const lines = text.split('\r\n').slice(0, -1);
    const longest = Math.max(...lines.map(octets));

    expect(longest).toBeLessThanOrEqual(75);
  });

  it('folds the long title without breaking UTF-8', () => {
    const summaryLines: string[] = [];
    const lines = text.split('\r\n');
    const first = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    summaryLines.push(lines[first]!);
    for (let i = first + 1; lines[i]!.startsWith(' '); i++) summaryLines.push(lines[i]!);

    expect(summaryLines.length).toBeGreaterThan(2);
    for (const line of summaryLines) {
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    }
  });

  it('round-trips title, room and description through ical.js', () => {
    const [event] = parseEvents(text);

    expect(event!.summary).toBe(LONG_TITLE);
    expect(event!.location).toBe('Auditorio, planta baja; ala norte');
    expect(event!.description).toContain('Ana Pérez');
    expect(event!.description).toContain('un segundo párrafo; con comas, y ñ.');
    expect(event!.description).not.toContain('**');
    expect(event!.description).toContain('https://agenda.example.org/sessions/2024mty/charla-larga/');
  });

  it('writes times in UTC', () => {
    const [event] = parseEvents(text);

    expect(text).toContain('DTSTART:20241105T180000Z');
    expect(text).toContain('DTEND:20241105T184000Z');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2024-11-05T18:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2024-11-05T18:40:00.000Z');
    expect(event!.startDate.zone.tzid).toBe('UTC');
  });

  it('escapes the calendar name', () => {
    expect(text).toContain('X-WR-CALNAME:Mi agenda\\; Data Day\\, 2024\r\n');
  });

  it('gives each session a stable UID and URL', () => {
    const again = createSiteCalendar([plain(), tricky()], ROOMS, {
      siteUrl: SITE,
      conferenceName: 'Data Day',
      calendarName: 'Otra',
      stamp: new Date('2025-01-01T00:00:00Z'),
    });
    const uids = parseEvents(text).map((event) => event.uid);

    expect(uids).toEqual(['2024mty/charla-larga@data-day.agenda', '2024mty/charla-corta@data-day.agenda']);
    expect(parseEvents(again).map((event) => event.uid)).toEqual(uids);
    expect(parseEvents(text)[1]!.component.getFirstPropertyValue('url')).toBe('https://agenda.example.org/sessions/2024mty/charla-corta/');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets with a leading space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');

    // 208 octets: 75 on the first line, then 74 and 59 after each leading space.
    expect(lines.map(octets)).toEqual([75, 75, 60]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
  });

  it('never splits an emoji across lines', () => {
    const folded = foldLine(`SUMMARY:${'🚀'.repeat(40)}`);

    for (const line of folded.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect([...line.trimStart()].every((character) => character === '🚀' || character === ':' || /[A-Z]/.test(character))).toBe(true);
    }
  });
});

describe('createCalendar', () => {
  it('rejects an end before the start, naming the session', () => {
    const broken = { ...plain(), end: '2024-11-05T17:00:00Z' };

    expect(() =>
      createCalendar([broken], { calendarName: 'x', uidDomain: 'example.org', rooms: [], sessionUrl: () => SITE }),
    ).toThrow(/2024mty\/charla-corta.*before start/);
  });

  it('rejects a relative site URL', () => {
    expect(() => sessionPageUrl('/agenda/', plain())).toThrow(/Invalid siteUrl "\/agenda\/"/);
  });

  it('keeps a site path in page URLs', () => {
    expect(sessionPageUrl('https://example.org/agenda', plain())).toBe('https://example.org/agenda/sessions/2024mty/charla-corta/');
  });
});

describe('createGoogleCalendarUrl', () => {
  it('writes UTC dates and encodes the title', () => {
    const url = new URL(createGoogleCalendarUrl(tricky(), { roomName: 'Sala 1', sessionUrl: `${SITE}sessions/2024mty/charla-larga/` }));

    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20241105T180000Z/20241105T184000Z');
    expect(url.searchParams.get('text')).toBe(LONG_TITLE);
    expect(url.searchParams.get('location')).toBe('Sala 1');
  });
});

describe('createEditionCalendar', () => {
  it('leaves drafts out', () => {
    const edition = makeEdition({ id: '2024mty', rooms: ROOMS, sessions: [plain(), { ...tricky(), draft: true }] });
    const events = parseEvents(createEditionCalendar(edition, { siteUrl: SITE, conferenceName: 'Data Day', stamp: STAMP }));

    expect(events.map((event) => event.summary)).toEqual(['Charla corta']);
  });
});

describe('edition calendar of the Data Day archive', () => {
  const result = compileContent({ root: FIXTURE_CONTENT, configFile: FIXTURE_CONFIG, includeDrafts: false });
  const agenda = result.agenda!;
  const edition = agenda.editions.find((candidate) => candidate.id === '2024mty')!;
  const text = createEditionCalendar(edition, { siteUrl: SITE, conferenceName: agenda.conference.name, stamp: STAMP });
  const events = parseEvents(text);

  it('contains every published session once', () => {
    expect(edition.sessions.length).toBeGreaterThan(10);
    expect(events.map((event) => event.uid).sort()).toEqual(edition.sessions.map((session) => `${session.id}@data-day.agenda`).sort());
  });

  it('places every session at its UTC time', () => {
    const byUid = new Map(events.map((event) => [event.uid, event]));

    for (const session of edition.sessions) {
      const event = byUid.get(`${session.id}@data-day.agenda`)!;
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(session.start));
      expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(session.end));
    }
  });

  it('puts the seed talk at 18:00Z to 18:40Z', () => {
    const seed = events.find((event) => event.summary.startsWith('Empoderamiento'))!;

    expect(seed.startDate.toJSDate().toISOString()).toBe('2024-11-05T18:00:00.000Z');
    expect(seed.endDate.toJSDate().toISOString()).toBe('2024-11-05T18:40:00.000Z');
  });

  it('uses CRLF and 75-octet lines throughout', () => {
    const lines = text.split('\r\n');

    expect(lines.at(-1)).toBe('');
    expect(lines.some((line) => line.includes('\n') || line.includes('\r'))).toBe(false);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
  });
});
