// Venue Wi-Fi fails when everyone opens the agenda at once: after one visit,
// the default edition, its sessions, the speakers and my schedule must keep
// working with no network at all. The test serves the site from a server of
// its own and stops it before going offline, so nothing can reach the network.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';

import { collectPageErrors, launchChromium, newAgendaContext } from './support/browser.ts';
import { EDITION_ID, fixtureAgenda, fixtureEdition } from './support/fixture-data.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';
import { closeSite, serveSite } from './support/site.ts';

const edition = fixtureEdition();
const bookmarked = edition.sessions.find((session) => session.slug === 'vinkos');
if (!bookmarked) throw new Error('The 2024mty session "vinkos" is missing from the Data Day archive.');

/** Returns the addresses that the built service worker precaches, relative to the site root. */
function precachedUrls(siteDir: string): string[] {
  const worker = readFileSync(join(siteDir, 'sw.js'), 'utf8');
  return [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('precache list', () => {
  test('contains only the default edition', () => {
    const urls = precachedUrls(inject('siteDir'));

    expect(urls.filter((url) => /^assets\/2024mty-[\w-]+\.js$/.test(url)).length).toBe(1);
    expect(urls.filter((url) => /^assets\/(2018|2019|2019mty|2020|2021|2022|2022mty|2023mx|2023mty)-[\w-]+\.js$/.test(url))).toEqual([]);
    expect(urls.filter((url) => url.startsWith('sessions/2024mty/')).length).toBe(31);
    expect(urls.filter((url) => url.startsWith('sessions/') && !url.startsWith('sessions/2024mty/'))).toEqual([]);
  });

  test('contains the app shell', () => {
    const urls = precachedUrls(inject('siteDir'));

    for (const url of ['index.html', 'app-shell.html', 'agenda/index.html', 'speakers/index.html', 'my-schedule/index.html', 'manifest.webmanifest']) {
      expect(urls).toContain(url);
    }
    expect(urls.some((url) => /^assets\/speakers-[\w-]+\.js$/.test(url))).toBe(true);
  });
});

const visitedEdition = fixtureEdition('2023mty');
const unvisitedEdition = fixtureEdition('2019');

describe('offline after one visit', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: Error[];
  let server: PreviewServer | null = null;
  let siteUrl: string;

  beforeAll(async () => {
    const site = await serveSite(inject('siteDir'));
    server = site.server;
    siteUrl = site.url;

    browser = await launchChromium();
    context = await newAgendaContext(browser, 'phone');
    page = await context.newPage();
    pageErrors = collectPageErrors(page);

    // One visit online: open the schedule, save a session, let the worker install.
    await page.goto(siteUrl);
    await page.getByRole('heading', { level: 1, name: edition.title }).waitFor();
    await page.getByRole('button', { name: `Guardar «${bookmarked.title}» en mi agenda` }).click();
    await waitForServiceWorkerControl(page);

    // Another edition, opened once online, is cached on the way.
    await page.goto(`${siteUrl}agenda/${visitedEdition.id}/`);
    await page.getByRole('heading', { level: 1, name: visitedEdition.title }).waitFor();

    await closeSite(server);
    server = null;
    await context.setOffline(true);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await closeSite(server);
  });

  test('network is really gone', async () => {
    const reachable = await page.evaluate(async (url) => {
      try {
        await fetch(`${url}?probe=${Date.now()}`, { cache: 'no-store' });
        return true;
      } catch {
        return false;
      }
    }, `${siteUrl}sw.js`);

    expect(reachable).toBe(false);
  });

  test('schedule opens offline', async () => {
    await page.goto(siteUrl);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(edition.title);
    expect(await page.getByRole('link', { name: bookmarked.title, exact: true }).count()).toBe(1);
  });

  test('every session page opens offline', async () => {
    const missing: string[] = [];

    for (const session of edition.sessions) {
      await page.goto(`${siteUrl}sessions/${EDITION_ID}/${session.slug}/`);
      const heading = page.getByRole('heading', { level: 1, name: session.title, exact: true });
      await heading.waitFor({ timeout: 10_000 }).catch(() => missing.push(session.slug));
    }

    expect(missing).toEqual([]);
    expect(edition.sessions.length).toBe(31);
  });

  test('speakers list and page open offline', async () => {
    const speaker = fixtureAgenda().speakers.find((candidate) => candidate.slug === 'cristian-zepeda');
    if (!speaker) throw new Error('The speaker "cristian-zepeda" is missing from the Data Day archive.');

    await page.goto(`${siteUrl}speakers/`);
    await page.getByRole('heading', { level: 1, name: 'Ponentes' }).waitFor();
    await page.getByRole('link', { name: speaker.name, exact: true }).click();

    await page.getByRole('heading', { level: 1, name: speaker.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/speakers/cristian-zepeda/');
    expect(await page.getByRole('link', { name: bookmarked.title }).count()).toBeGreaterThan(0);
  });

  test('my schedule opens offline with its bookmark', async () => {
    await page.goto(`${siteUrl}my-schedule/`);

    await page.getByRole('heading', { level: 1, name: 'Mi agenda' }).waitFor();
    await page.getByRole('link', { name: bookmarked.title, exact: true }).waitFor();
  });

  test('now and room screens open offline', async () => {
    for (const path of ['now/', `rooms/${EDITION_ID}/sala-104/`]) {
      await page.goto(`${siteUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }

    expect(await page.getByText('Sala 104').count()).toBeGreaterThan(0);
  });

  test('visited other edition opens offline', async () => {
    await page.goto(`${siteUrl}agenda/${visitedEdition.id}/`);

    await page.getByRole('heading', { level: 1, name: visitedEdition.title }).waitFor();
  });

  test('unvisited edition opens the empty app shell', async () => {
    const response = await page.goto(`${siteUrl}agenda/${unvisitedEdition.id}/`);

    // The worker serves the app shell, not another page's content, and the app
    // then reports the failed load.
    expect(await response?.text()).toContain('<div id="root"></div>');
    await page.getByRole('alert').filter({ hasText: 'Reintentar' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: edition.title }).count()).toBe(0);
  });

  test('links work after the connection drops', async () => {
    const session = edition.sessions.find((candidate) => candidate.speakers.some((speaker) => speaker.slug !== null));
    const speaker = session?.speakers.find((candidate) => candidate.slug !== null);
    if (!session || !speaker) throw new Error('No 2024mty session names a speaker with a page.');

    // The page loads while the browser still reports a connection, which then
    // drops, as venue Wi-Fi does. The app's loads must not wait for it.
    await context.setOffline(false);
    await page.goto(`${siteUrl}sessions/${EDITION_ID}/${session.slug}/`);
    await page.getByRole('heading', { level: 1, name: session.title, exact: true }).waitFor();
    await context.setOffline(true);

    await page.getByRole('link', { name: speaker.name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: speaker.name }).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe(`/speakers/${speaker.slug}/`);

    // An edition whose data the worker never cached shows the offline message, without retrying.
    await page.getByRole('link', { name: 'Agenda', exact: true }).click();
    await page.getByText('Cambiar de edición').click();
    await page.getByRole('link', { name: unvisitedEdition.title, exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Esta página no está guardada para usarse sin conexión.' });
    await alert.waitFor({ timeout: 5_000 });
    expect(await alert.textContent()).toContain('Conéctate a internet y vuelve a intentarlo.');
  });

  test('no uncaught errors offline', () => {
    expect(pageErrors.map((error) => error.message)).toEqual([]);
  });
});
