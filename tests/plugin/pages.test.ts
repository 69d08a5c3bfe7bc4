import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Conference, Edition, Session, Speaker } from '../../src/domain/types.ts';
import { loadConfig } from '../../src/plugin/config.ts';
import { createCalendarFiles, placeholderSiteUrl, removePlaceholderUrls } from '../../src/plugin/pages/calendars.ts';
import { formatSessionWhen, pickDefaultEdition } from '../../src/plugin/pages/format.ts';
import { escapeHtml, renderPage, type PageHead } from '../../src/plugin/pages/html.ts';
import { describeSession, listSitePages, type SitePage } from '../../src/plugin/pages/pages.ts';
import { resolveSiteAddress, routeFileName, SiteLinks } from '../../src/plugin/pages/site.ts';

const TEMPLATE = `<!doctype html>
<html lang="es-MX">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Template description" />
    <meta property="og:title" content="Template" />
    <title>Agenda</title>
    <script type="module" crossorigin src="/agenda-test/assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/agenda-test/assets/index-def456.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const TRICKY_TITLE = `Datos <script>alert("x")</script> & 'comillas' $& más`;

function session(fields: Partial<Session> & Pick<Session, 'slug' | 'title'>): Session {
  return {
    id: `2024mty/${fields.slug}`,
    edition: '2024mty',
    start: '2024-11-05T18:00:00Z',
    end: '2024-11-05T18:40:00Z',
    day: '2024-11-05',
    timeZone: 'America/Monterrey',
    room: 'sala-101',
    track: null,
    plenary: false,
    speakers: [{ slug: 'ana-ruiz', name: 'Ana Ruiz', designation: 'Ingeniera de datos', photo: 'media/speakers/ana-ruiz/foto.jpg' }],
    tags: [],
    links: [],
    format: null,
    language: null,
    body: 'Un **resumen** con [un enlace](https://example.org).\n\nSegundo párrafo.',
    summary: '',
    draft: false,
    ...fields,
  };
}

const EDITION: Edition = {
  id: '2024mty',
  title: 'Data Day Monterrey 2024',
  timeZone: 'America/Monterrey',
  firstDay: '2024-11-05',
  lastDay: '2024-11-05',
  start: '2024-11-05T18:00:00Z',
  end: '2024-11-05T19:20:00Z',
  sessionCount: 2,
  days: [{ date: '2024-11-05', rooms: ['sala-101'] }],
  rooms: [{ id: 'sala-101', name: 'Sala 101' }],
  tracks: [],
  sessions: [
    session({ slug: 'datos', title: TRICKY_TITLE }),
    session({ slug: 'borrador', title: 'Borrador', draft: true, start: '2024-11-05T18:40:00Z', end: '2024-11-05T19:20:00Z' }),
  ],
  plenaryItems: [],
};

const SPEAKER: Speaker = {
  slug: 'ana-ruiz',
  name: 'Ana Ruiz <Datos>',
  designation: 'Ingeniera de datos',
  photo: 'media/speakers/ana-ruiz/foto.jpg',
  links: [],
  bio: 'Trabaja con *datos* abiertos.',
  sessions: [],
};

const CONFERENCE: Conference = {
  name: 'Data Day',
  editions: [
    {
      id: EDITION.id,
      title: EDITION.title,
      timeZone: EDITION.timeZone,
      firstDay: EDITION.firstDay,
      lastDay: EDITION.lastDay,
      start: EDITION.start,
      end: EDITION.end,
      sessionCount: EDITION.sessionCount,
    },
  ],
  defaultEdition: null,
};

const AGENDA = { conference: CONFERENCE, editions: [EDITION], speakers: [SPEAKER] };
const NOW = Date.parse('2026-01-01T00:00:00Z');

function listPages(base: string, siteUrl: string | null): SitePage[] {
  return listSitePages(AGENDA, new SiteLinks(resolveSiteAddress(base, siteUrl, 'AGENDA_SITE_URL')), NOW);
}

function findPage(pages: SitePage[], fileName: string): SitePage {
  const page = pages.find((candidate) => candidate.fileName === fileName);
  if (page === undefined) throw new Error(`No page ${fileName} among ${pages.map((candidate) => candidate.fileName).join(', ')}`);
  return page;
}

const HEAD: PageHead = {
  title: TRICKY_TITLE,
  socialTitle: TRICKY_TITLE,
  description: 'Descripción "entre comillas"',
  url: 'https://agenda.example.org/sessions/2024mty/datos/',
  type: 'article',
  siteName: 'Data Day',
  image: null,
};

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
});

describe('renderPage', () => {
  const html = renderPage(TEMPLATE, HEAD, '<main><h1>Hola</h1></main>');

  it('replaces the template title', () => {
    expect(html).toContain('<title>Datos &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;comillas&#39; $&amp; más</title>');
    expect(html).not.toContain('<title>Agenda</title>');
  });

  it('drops the template description and og tags', () => {
    expect(html).not.toContain('Template description');
    expect(html).not.toContain('content="Template"');
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
  });

  it('writes the link preview tags', () => {
    expect(html).toContain('<meta name="description" content="Descripción &quot;entre comillas&quot;" />');
    expect(html).toContain('<link rel="canonical" href="https://agenda.example.org/sessions/2024mty/datos/" />');
    expect(html).toContain('<meta property="og:url" content="https://agenda.example.org/sessions/2024mty/datos/" />');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta property="og:site_name" content="Data Day" />');
    expect(html).toContain('<meta property="og:locale" content="es_MX" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('og:image');
  });

  it('keeps the script and style tags', () => {
    expect(html).toContain('<script type="module" crossorigin src="/agenda-test/assets/index-abc123.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/agenda-test/assets/index-def456.css">');
  });

  it('puts the body inside #root', () => {
    expect(html).toContain('<div id="root"><main><h1>Hola</h1></main></div>');
  });

  it('preloads the route data modules', () => {
    const withPreloads = renderPage(TEMPLATE, { ...HEAD, modulePreloads: ['/agenda-test/assets/2024mty-abc.js'] }, '');
    expect(withPreloads).toContain('<link rel="modulepreload" crossorigin href="/agenda-test/assets/2024mty-abc.js" />');
  });

  it('keeps dollar signs in the body', () => {
    expect(renderPage(TEMPLATE, HEAD, '<p>$& $1 $$</p>')).toContain('<div id="root"><p>$& $1 $$</p></div>');
  });

  it('rejects a template without #root', () => {
    expect(() => renderPage(TEMPLATE.replace('<div id="root"></div>', ''), HEAD, '')).toThrow(/no empty <div id="root"><\/div>/);
  });
});

describe('resolveSiteAddress', () => {
  it('joins a site origin with the base', () => {
    expect(resolveSiteAddress('/agenda-test/', 'https://agenda.example.org', 'AGENDA_SITE_URL').siteUrl?.href).toBe('https://agenda.example.org/agenda-test/');
  });

  it('keeps a site URL that has a path', () => {
    expect(resolveSiteAddress('/', 'https://example.org/datos/agenda?x=1', 'AGENDA_SITE_URL').siteUrl?.href).toBe('https://example.org/datos/agenda/');
  });

  it('returns no site URL when none is set', () => {
    expect(resolveSiteAddress('/', null, 'AGENDA_SITE_URL').siteUrl).toBeNull();
    expect(resolveSiteAddress('/', '', 'AGENDA_SITE_URL').siteUrl).toBeNull();
  });

  it('rejects a site URL that is not absolute', () => {
    expect(() => resolveSiteAddress('/', 'agenda.example.org', 'AGENDA_SITE_URL')).toThrow('Invalid AGENDA_SITE_URL "agenda.example.org": expected an absolute URL');
  });

  it('rejects a site URL that is not http', () => {
    expect(() => resolveSiteAddress('/', 'ftp://agenda.example.org/', 'siteUrl in the config')).toThrow('Invalid siteUrl in the config "ftp://agenda.example.org/"');
  });

  it('rejects a relative base', () => {
    expect(() => resolveSiteAddress('./', null, 'AGENDA_SITE_URL')).toThrow('the base is "./"');
  });
});

describe('routeFileName', () => {
  it('decodes percent escapes', () => {
    expect(routeFileName('sessions/2024mty/lightning%20talks/')).toBe('sessions/2024mty/lightning talks/index.html');
  });

  it('rejects a segment that leaves its folder', () => {
    expect(() => routeFileName('speakers/%2E%2E/')).toThrow('the segment ".." is not a valid file name');
    expect(() => routeFileName('speakers/a%2Fb/')).toThrow('the segment "a/b" is not a valid file name');
  });
});

describe('formatSessionWhen', () => {
  it('formats day, times and zone in Spanish', () => {
    expect(formatSessionWhen('2024-11-05T18:00:00Z', '2024-11-05T18:40:00Z', 'America/Monterrey')).toBe('mar 5 nov 2024, 12:00–12:40 (hora de Monterrey)');
  });

  it('uses the edition zone, not UTC', () => {
    expect(formatSessionWhen('2024-11-06T04:30:00Z', '2024-11-06T05:00:00Z', 'America/Mexico_City')).toBe('mar 5 nov 2024, 22:30–23:00 (hora de Ciudad de México)');
  });
});

describe('describeSession', () => {
  it('leads with time, room and speakers', () => {
    expect(describeSession(session({ slug: 'datos', title: 'Datos' }), EDITION)).toBe(
      'mar 5 nov 2024, 12:00–12:40 (hora de Monterrey) · Sala 101 · Ana Ruiz. Un resumen con un enlace. Segundo párrafo.',
    );
  });

  it('prefers the summary over the body', () => {
    expect(describeSession(session({ slug: 'datos', title: 'Datos', summary: 'Resumen corto.', speakers: [], room: null }), EDITION)).toBe(
      'mar 5 nov 2024, 12:00–12:40 (hora de Monterrey). Resumen corto.',
    );
  });

  it('stays within 300 characters', () => {
    const description = describeSession(session({ slug: 'datos', title: 'Datos', body: 'palabra '.repeat(100) }), EDITION);
    expect(description.length).toBeLessThanOrEqual(300);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('pickDefaultEdition', () => {
  const editions = ['2023', '2024', '2025'].map((year) => ({
    ...CONFERENCE.editions[0]!,
    id: year,
    start: `${year}-05-01T15:00:00Z`,
    end: `${year}-05-02T23:00:00Z`,
  }));

  it('picks the edition in progress', () => {
    expect(pickDefaultEdition({ ...CONFERENCE, editions }, Date.parse('2024-05-02T12:00:00Z'))?.id).toBe('2024');
  });

  it('picks the next edition between editions', () => {
    expect(pickDefaultEdition({ ...CONFERENCE, editions }, Date.parse('2024-08-01T00:00:00Z'))?.id).toBe('2025');
  });

  it('picks the latest edition after all', () => {
    expect(pickDefaultEdition({ ...CONFERENCE, editions }, Date.parse('2030-01-01T00:00:00Z'))?.id).toBe('2025');
  });

  it('prefers the configured edition', () => {
    expect(pickDefaultEdition({ ...CONFERENCE, editions, defaultEdition: '2023' }, Date.parse('2030-01-01T00:00:00Z'))?.id).toBe('2023');
  });
});

describe('listSitePages', () => {
  it('lists a file per route', () => {
    expect(listPages('/', null).map((page) => page.fileName)).toEqual([
      'index.html',
      'agenda/index.html',
      'agenda/2024mty/index.html',
      'sessions/2024mty/datos/index.html',
      'rooms/2024mty/sala-101/index.html',
      'speakers/index.html',
      'speakers/ana-ruiz/index.html',
      'my-schedule/index.html',
      'my-schedule/import/index.html',
      'now/index.html',
      '404.html',
      'app-shell.html',
    ]);
  });

  it('gives drafts no page', () => {
    const fileNames = listPages('/', null).map((page) => page.fileName);
    expect(fileNames).not.toContain('sessions/2024mty/borrador/index.html');
    expect(findPage(listPages('/', null), 'agenda/2024mty/index.html').body).not.toContain('Borrador');
  });

  it('titles a session page with the talk', () => {
    const page = findPage(listPages('/', null), 'sessions/2024mty/datos/index.html');
    // The speakers' names, roles and photos come with the edition's sessions.
    expect(page.dataModules).toEqual(['\0virtual:agenda/edition/2024mty']);
    expect(page.routeModules).toEqual(['src/app/session/SessionPage.tsx']);
    expect(page.head.title).toBe(`${TRICKY_TITLE} · Data Day Monterrey 2024`);
    expect(page.head.socialTitle).toBe(TRICKY_TITLE);
    expect(page.head.type).toBe('article');
  });

  it('escapes content in a session body', () => {
    const body = findPage(listPages('/', null), 'sessions/2024mty/datos/index.html').body;
    expect(body).toContain('<h1>Datos &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;comillas&#39; $&amp; más</h1>');
    expect(body).not.toContain('<script>');
    expect(body).toContain('<time datetime="2024-11-05T18:00:00Z">mar 5 nov 2024, 12:00–12:40 (hora de Monterrey)</time>');
    expect(body).toContain('<p>Sala 101</p>');
    expect(body).toContain('<p>Un resumen con un enlace.</p><p>Segundo párrafo.</p>');
  });

  it('prefixes links with the base', () => {
    const page = findPage(listPages('/agenda-test/', null), 'sessions/2024mty/datos/index.html');
    expect(page.body).toContain('<a href="/agenda-test/agenda/2024mty/">Data Day Monterrey 2024</a>');
    expect(page.body).toContain('<a href="/agenda-test/speakers/ana-ruiz/">Ana Ruiz</a>');
    expect(page.head.url).toBe('/agenda-test/sessions/2024mty/datos/');
    expect(page.head.image).toBe('/agenda-test/media/speakers/ana-ruiz/foto.jpg');
  });

  it('uses absolute URLs with a site URL', () => {
    const page = findPage(listPages('/agenda-test/', 'https://agenda.example.org'), 'sessions/2024mty/datos/index.html');
    expect(page.head.url).toBe('https://agenda.example.org/agenda-test/sessions/2024mty/datos/');
    expect(page.head.image).toBe('https://agenda.example.org/agenda-test/media/speakers/ana-ruiz/foto.jpg');
  });

  it('leaves SVG photos out of og:image', () => {
    const svg = 'media/speakers/ana-ruiz/foto.svg';
    const sessions = EDITION.sessions.map((item) => ({ ...item, speakers: item.speakers.map((speaker) => ({ ...speaker, photo: svg })) }));
    const agenda = { ...AGENDA, editions: [{ ...EDITION, sessions }], speakers: [{ ...SPEAKER, photo: svg }] };
    const pages = listSitePages(agenda, new SiteLinks(resolveSiteAddress('/', 'https://agenda.example.org/', 'AGENDA_SITE_URL')), NOW);

    expect(findPage(pages, 'speakers/ana-ruiz/index.html').head.image).toBeNull();
    expect(findPage(pages, 'sessions/2024mty/datos/index.html').head.image).toBeNull();
  });

  it('describes a speaker by designation and bio', () => {
    const page = findPage(listPages('/', null), 'speakers/ana-ruiz/index.html');
    expect(page.head.socialTitle).toBe('Ana Ruiz <Datos>');
    expect(page.head.description).toBe('Ingeniera de datos. Trabaja con datos abiertos.');
    expect(page.head.type).toBe('profile');
    expect(page.body).toContain('<h1>Ana Ruiz &lt;Datos&gt;</h1><p>Ingeniera de datos</p>');
  });

  it('lists the days on a schedule page', () => {
    const body = findPage(listPages('/', null), 'agenda/2024mty/index.html').body;
    expect(body).toContain('<h2>martes 5 de noviembre de 2024</h2>');
    expect(body).toContain('<a href="/sessions/2024mty/datos/">');
  });

  it('lists only its room on a room page', () => {
    const edition: Edition = {
      ...EDITION,
      rooms: [...EDITION.rooms, { id: 'sala-105', name: 'Sala 105' }],
      sessions: [...EDITION.sessions, session({ slug: 'otra-sala', title: 'Charla en otra sala', room: 'sala-105' })],
    };
    const pages = listSitePages({ ...AGENDA, editions: [edition] }, new SiteLinks(resolveSiteAddress('/', null, 'AGENDA_SITE_URL')), NOW);
    const page = findPage(pages, 'rooms/2024mty/sala-101/index.html');

    expect(page.head.socialTitle).toBe('Sala 101 · Data Day Monterrey 2024');
    expect(page.head.description).toBe('1 sesión en Sala 101, Data Day Monterrey 2024.');
    expect(page.body).toContain('<a href="/sessions/2024mty/datos/">');
    expect(page.body).not.toContain('Charla en otra sala');
    expect(findPage(pages, 'rooms/2024mty/sala-105/index.html').body).toContain('Charla en otra sala');
  });

  it('notes an edition without sessions', () => {
    const edition: Edition = { ...EDITION, sessions: [], firstDay: null, lastDay: null, start: null, end: null };
    const pages = listSitePages({ ...AGENDA, editions: [edition] }, new SiteLinks(resolveSiteAddress('/', null, 'AGENDA_SITE_URL')), NOW);

    expect(findPage(pages, 'agenda/2024mty/index.html').body).toBe(
      '<main><h1>Data Day Monterrey 2024</h1><p>Aún no hay sesiones publicadas. <span lang="en">No sessions are published yet.</span></p></main>',
    );
  });

  it('lists every speaker on the speaker list', () => {
    const page = findPage(listPages('/', null), 'speakers/index.html');

    expect(page.head.description).toBe('1 ponente de Data Day.');
    expect(page.body).toBe('<main><h1>Ponentes</h1><ul><li><a href="/speakers/ana-ruiz/">Ana Ruiz &lt;Datos&gt;</a> · Ingeniera de datos</li></ul></main>');
  });

  it('writes a page for shared schedule links', () => {
    const page = findPage(listPages('/agenda-test/', null), 'my-schedule/import/index.html');

    expect(page.head.title).toBe('Agenda compartida · Data Day');
    expect(page.head.url).toBe('/agenda-test/my-schedule/import/');
    expect(page.body).toContain('<a href="/agenda-test/agenda/2024mty/">Ver la agenda');
  });

  it('shows the default edition on the home page', () => {
    const page = findPage(listPages('/', null), 'index.html');
    expect(page.head.socialTitle).toBe('Agenda · Data Day Monterrey 2024');
    expect(page.head.url).toBe('/');
  });

  it('writes a bilingual 404 page', () => {
    const page = findPage(listPages('/agenda-test/', 'https://agenda.example.org/'), '404.html');
    expect(page.body).toContain('Esta dirección no existe <span lang="en">· This address does not exist</span>');
    expect(page.body).toContain('<a href="/agenda-test/agenda/">');
    expect(page.head.noIndex).toBe(true);
    expect(page.head.url).toBeNull();
  });

  it('writes an empty app shell for offline fallback', () => {
    const page = findPage(listPages('/', null), 'app-shell.html');
    expect(page.body).toBe('');
    expect(page.head.title).toBe('Data Day');
    expect(page.head.noIndex).toBe(true);
    expect(page.head.url).toBeNull();
    expect(page.dataModules).toEqual([]);
  });
});

describe('createCalendarFiles', () => {
  it('links events to their pages with a site URL', () => {
    const links = new SiteLinks(resolveSiteAddress('/agenda-test/', 'https://agenda.example.org/', 'AGENDA_SITE_URL'));
    const [file] = createCalendarFiles(CONFERENCE, [EDITION], links, new Date('2026-01-01T00:00:00Z'));

    expect(file?.fileName).toBe('calendar/2024mty.ics');
    expect(file?.source).toContain('URL:https://agenda.example.org/agenda-test/sessions/2024mty/datos/\r\n');
    expect(file?.source).toContain('UID:2024mty/datos@data-day.agenda\r\n');
    expect(file?.source).not.toContain('borrador');
  });

  it('leaves links out without a site URL', () => {
    const links = new SiteLinks(resolveSiteAddress('/', null, 'AGENDA_SITE_URL'));
    const [file] = createCalendarFiles(CONFERENCE, [EDITION], links, new Date('2026-01-01T00:00:00Z'));
    const unfolded = file?.source.replace(/\r\n /g, '') ?? '';

    expect(unfolded).not.toContain('URL:');
    expect(unfolded).not.toContain('https://data-day.invalid/');
    expect(unfolded).toContain('DESCRIPTION:Ana Ruiz\\n\\nUn resumen con un enlace. Segundo párrafo.\r\n');
    expect(unfolded).toContain('UID:2024mty/datos@data-day.agenda\r\n');
    expect(file?.source.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('drops a description that was only the link', () => {
    const placeholder = placeholderSiteUrl(CONFERENCE);
    const calendar = `BEGIN:VEVENT\r\nURL:${placeholder}sessions/a/b/\r\nDESCRIPTION:${placeholder}sessions/a/b/\r\nEND:VEVENT\r\n`;
    expect(removePlaceholderUrls(calendar, placeholder)).toBe('BEGIN:VEVENT\r\nEND:VEVENT\r\n');
  });

  it('rejects a placeholder link it cannot remove', () => {
    const placeholder = placeholderSiteUrl(CONFERENCE);
    expect(() => removePlaceholderUrls(`X-LINK:${placeholder}a\r\n`, placeholder)).toThrow('still links to the placeholder');
  });
});

describe('siteUrl in the config', () => {
  function loadConfigText(text: string) {
    const folder = mkdtempSync(join(tmpdir(), 'agenda-config-'));
    const file = join(folder, 'agenda.config.yaml');
    writeFileSync(file, text);

    try {
      return loadConfig(file, 'agenda.config.yaml');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it('accepts an https URL', () => {
    const result = loadConfigText('siteUrl: https://agenda.example.org/\n');
    expect(result.ok).toBe(true);

    const siteUrl = result.ok ? result.loaded.config.siteUrl : undefined;
    expect(siteUrl).toBe('https://agenda.example.org/');
  });

  it('rejects a host without scheme', () => {
    const result = loadConfigText('name: Data Day\nsiteUrl: agenda.example.org\n');
    expect(result.ok).toBe(false);

    const [problem] = result.ok ? [] : result.errors;
    expect(problem?.field).toBe('siteUrl');
    expect(problem?.line).toBe(2);
    expect(problem?.value).toBe('agenda.example.org');
    // Serialized, because the message is plain text or a text per language.
    expect(JSON.stringify(problem?.message)).toContain('Expected an absolute http(s) URL such as \\"https://agenda.example.org/\\"');
  });
});
