// Runs real `vite build`s of the Data Day archive with the project's config and
// reads the files that a static host would serve. One build per base, shared by
// the tests, because each takes seconds.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compileContent } from '../../src/plugin/compile.ts';
import { escapeHtml } from '../../src/plugin/pages/html.ts';
import { FIXTURE_CONFIG, FIXTURE_CONTENT } from '../support/content-folder.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const BUILD_TIMEOUT_MS = 240_000;

const published = compileContent({ root: FIXTURE_CONTENT, configFile: FIXTURE_CONFIG, includeDrafts: false });
const sessions2024 = published.agenda?.editions.find((edition) => edition.id === '2024mty')?.sessions ?? [];

/** Builds the site into a new temporary folder with the given base and environment. */
async function buildSite(base: string, environment: Record<string, string | undefined>): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'agenda-build-'));
  const saved = Object.fromEntries(Object.keys(environment).map((key) => [key, process.env[key]]));
  setEnvironment(environment);

  try {
    await build({
      root: PROJECT_ROOT,
      configFile: join(PROJECT_ROOT, 'vite.config.ts'),
      base,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    setEnvironment(saved);
  }

  return outDir;
}

function setEnvironment(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

const FIXTURE_ENVIRONMENT = { AGENDA_CONTENT: FIXTURE_CONTENT, AGENDA_CONFIG: FIXTURE_CONFIG };

function readPage(outDir: string, fileName: string): string {
  return readFileSync(join(outDir, fileName), 'utf8');
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | null {
  const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)" />`).exec(html);
  return match?.[1] ?? null;
}

function moduleScript(html: string): string | null {
  return /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1] ?? null;
}

describe('vite build at the root', () => {
  let outDir = '';

  beforeAll(async () => {
    outDir = await buildSite('/', { ...FIXTURE_ENVIRONMENT, AGENDA_SITE_URL: 'https://agenda.example.org/' });
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
  });

  it('writes a page per published 2024mty session', () => {
    expect(sessions2024).toHaveLength(31);

    for (const session of sessions2024) {
      const fileName = `sessions/2024mty/${session.slug}/index.html`;
      expect(existsSync(join(outDir, fileName)), fileName).toBe(true);

      const html = readPage(outDir, fileName);
      expect(html).toMatch(new RegExp(`<title>${escapeRegExp(escapeHtml(session.title))} · `));
      expect(metaContent(html, 'property', 'og:title')).toBe(escapeHtml(session.title));
    }
  });

  it('gives draft sessions no page', () => {
    expect(existsSync(join(outDir, 'sessions/2024mty/ciclismo-ia/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'sessions/2024mty/lightning-talks/index.html'))).toBe(false);
  });

  it('describes a session with its time and room', () => {
    const html = readPage(outDir, 'sessions/2024mty/core-bi/index.html');

    expect(metaContent(html, 'name', 'description')).toMatch(/^mar 5 nov 2024, 12:00–12:40 \(hora de Monterrey\) · Sala de conferencias · /);
    expect(html).toContain('<link rel="canonical" href="https://agenda.example.org/sessions/2024mty/core-bi/" />');
    expect(metaContent(html, 'property', 'og:url')).toBe('https://agenda.example.org/sessions/2024mty/core-bi/');
    expect(html).toContain('<h1>Promoviendo el self service con Gen AI</h1>');
  });

  it('preloads the data a page needs', () => {
    const session = readPage(outDir, 'sessions/2024mty/core-bi/index.html');
    expect(session).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/2024mty-[\w-]+\.js" \/>/);
    // Its speakers' names, roles and photos come with the edition, so the
    // biographies of every speaker stay unloaded.
    expect(session).not.toContain('/assets/speakers-');

    const schedule = readPage(outDir, 'agenda/2023mty/index.html');
    expect(schedule).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/2023mty-[\w-]+\.js" \/>/);
    expect(schedule).not.toContain('/assets/speakers-');

    const speaker = readPage(outDir, 'speakers/cristian-zepeda/index.html');
    expect(speaker).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/speakers-[\w-]+\.js" \/>/);
  });

  it('preloads the session page chunk', () => {
    const session = readPage(outDir, 'sessions/2024mty/core-bi/index.html');
    expect(session).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/SessionPage-[\w-]+\.js" \/>/);
    expect(session).not.toMatch(/rel="modulepreload"[^>]*href="\/assets\/index-/);

    const schedule = readPage(outDir, 'agenda/2023mty/index.html');
    expect(schedule).not.toContain('/assets/SessionPage-');
  });

  it('boots the app from every kind of page', () => {
    const appScript = moduleScript(readPage(outDir, 'index.html'));
    expect(appScript).toMatch(/^\/assets\/index-[\w-]+\.js$/);

    for (const fileName of [
      'agenda/index.html',
      'agenda/2024mty/index.html',
      'sessions/2024mty/core-bi/index.html',
      'speakers/index.html',
      'speakers/greta-partida/index.html',
      'my-schedule/index.html',
      'my-schedule/import/index.html',
      'now/index.html',
      'rooms/2024mty/sala-101/index.html',
      '404.html',
    ]) {
      expect(moduleScript(readPage(outDir, fileName)), fileName).toBe(appScript);
    }
  });

  it('writes a bilingual 404 page', () => {
    const html = readPage(outDir, '404.html');

    expect(html).toContain('Esta dirección no existe <span lang="en">· This address does not exist</span>');
    expect(html).toContain('<a href="/agenda/">Ir a la agenda');
    expect(metaContent(html, 'name', 'robots')).toBe('noindex');
  });

  it('writes the 2024mty calendar', () => {
    const calendar = readPage(outDir, 'calendar/2024mty.ics').replace(/\r\n /g, '');

    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.match(/^BEGIN:VEVENT$/gm)).toHaveLength(31);
    expect(calendar).toContain('URL:https://agenda.example.org/sessions/2024mty/core-bi/\r\n');
  });
});

describe('vite build under a base', () => {
  let outDir = '';

  beforeAll(async () => {
    outDir = await buildSite('/agenda-test/', { ...FIXTURE_ENVIRONMENT, AGENDA_SITE_URL: undefined });
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
  });

  it('prefixes the script src', () => {
    expect(moduleScript(readPage(outDir, 'index.html'))).toMatch(/^\/agenda-test\/assets\/index-[\w-]+\.js$/);
    expect(moduleScript(readPage(outDir, 'sessions/2024mty/core-bi/index.html'))).toMatch(/^\/agenda-test\/assets\/index-[\w-]+\.js$/);
    expect(moduleScript(readPage(outDir, '404.html'))).toMatch(/^\/agenda-test\/assets\/index-[\w-]+\.js$/);
  });

  it('prefixes page links and canonical paths', () => {
    const html = readPage(outDir, 'sessions/2024mty/core-bi/index.html');

    expect(html).toContain('<link rel="canonical" href="/agenda-test/sessions/2024mty/core-bi/" />');
    expect(html).toContain('<a href="/agenda-test/agenda/2024mty/">');
    expect(html).toContain('<a href="/agenda-test/speakers/greta-partida/">');
    expect(readPage(outDir, '404.html')).toContain('<a href="/agenda-test/agenda/">Ir a la agenda');
  });

  it('writes calendars without page links', () => {
    const calendar = readPage(outDir, 'calendar/2024mty.ics').replace(/\r\n /g, '');

    expect(calendar.match(/^BEGIN:VEVENT$/gm)).toHaveLength(31);
    expect(calendar).not.toMatch(/^URL:/m);
    expect(calendar).not.toContain('.invalid/');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
