// An attendee's whole visit, on a phone and on a laptop, with the 2024mty
// edition: find sessions, save one, keep it across reloads and tabs, take it to
// a calendar, share it, and read the agenda in English and in their own zone.
// The attendee's device is set to Madrid, seven hours ahead of Monterrey.

import { readFileSync } from 'node:fs';

import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { collectPageErrors, launchChromium, newAgendaContext, type ViewportName } from './support/browser.ts';
import { EDITION_ID, fixtureEdition } from './support/fixture-data.ts';

const edition = fixtureEdition();
const saved = edition.sessions.find((session) => session.slug === 'vinkos');
if (!saved) throw new Error('The 2024mty session "vinkos" is missing from the Data Day archive.');

const SAVE_LABEL = `Guardar «${saved.title}» en mi agenda`;
const PORT_LOGISTICS = 'Ciencia de Datos para la Toma de Decisiones sobre Logística Portuaria';
const SALA_104_WORKSHOP = 'Taller: Función de error vs métrica de evaluación';
const DEVICE_ZONE = 'Europe/Madrid';

for (const viewport of ['phone', 'desktop'] satisfies ViewportName[]) {
  describe(`attendee on a ${viewport}`, () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let pageErrors: Error[];
    let siteUrl: string;

    const downloadButton = () => page.getByRole('button', { name: /^Descargar \d+ sesi(ón|ones) \(\.ics\)$/ });
    const sessionLink = (title: string) => page.getByRole('link', { name: title, exact: true });

    beforeAll(async () => {
      siteUrl = inject('siteUrl');
      browser = await launchChromium();
      context = await newAgendaContext(browser, viewport, { timezoneId: DEVICE_ZONE });
      page = await context.newPage();
      pageErrors = collectPageErrors(page);
    });

    afterAll(async () => {
      await browser?.close();
    });

    test('schedule opens on the default edition', async () => {
      await page.goto(siteUrl);

      await page.getByRole('heading', { level: 1, name: edition.title }).waitFor();
      expect(await downloadButton().textContent()).toBe('Descargar 31 sesiones (.ics)');
    });

    test('filters by room and track', async () => {
      if (viewport === 'phone') {
        // On a phone the room and track menus open from the "Filtros" button.
        await page.getByRole('button', { name: 'Filtros', exact: true }).click();
      }
      await page.getByRole('combobox', { name: 'Sala' }).selectOption({ label: 'Sala 104 (6)' });
      await expect.poll(() => downloadButton().textContent()).toBe('Descargar 6 sesiones (.ics)');
      await sessionLink(SALA_104_WORKSHOP).waitFor();
      expect(await sessionLink(saved.title).count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('room')).toBe('sala-104');

      await page.getByRole('combobox', { name: 'Tema' }).selectOption({ label: 'Ciencia de datos (5)' });
      await expect.poll(() => downloadButton().textContent()).toBe('Descargar 5 sesiones (.ics)');

      await page.getByRole('button', { name: 'Quitar filtros' }).click();
      await expect.poll(() => downloadButton().textContent()).toBe('Descargar 31 sesiones (.ics)');

      await page.getByRole('combobox', { name: 'Tema' }).selectOption({ label: 'Política pública (8)' });
      await expect.poll(() => downloadButton().textContent()).toBe('Descargar 8 sesiones (.ics)');
      await page.getByRole('button', { name: 'Quitar filtros' }).click();
    });

    test('search ignores accents and case', async () => {
      const search = page.getByRole('searchbox', { name: 'Buscar' });

      await search.fill('logística portuaria');
      await sessionLink(PORT_LOGISTICS).waitFor();
      const withAccents = await downloadButton().textContent();

      await search.fill('LOGISTICA PORTUARIA');
      await expect.poll(() => downloadButton().textContent()).toBe(withAccents);
      await sessionLink(PORT_LOGISTICS).waitFor();
      expect(await sessionLink(saved.title).count()).toBe(0);

      await search.fill('');
      await expect.poll(() => downloadButton().textContent()).toBe('Descargar 31 sesiones (.ics)');
    });

    test('back from a search result keeps the search', async () => {
      const search = page.getByRole('searchbox', { name: 'Buscar' });
      await search.fill('portuaria');
      // Opened at once, before typing has paused long enough to write the address.
      await sessionLink(PORT_LOGISTICS).click();
      await page.getByRole('heading', { level: 1, name: PORT_LOGISTICS }).waitFor();

      await page.goBack();
      await expect.poll(() => search.inputValue()).toBe('portuaria');
      expect(new URL(page.url()).searchParams.get('q')).toBe('portuaria');
      await sessionLink(PORT_LOGISTICS).waitFor();
      expect(await sessionLink(saved.title).count()).toBe(0);
    });

    test('session opens from a direct link', async () => {
      await page.goto(`${siteUrl}sessions/${EDITION_ID}/${saved.slug}/`);

      await page.getByRole('heading', { level: 1, name: saved.title, exact: true }).waitFor();
      expect(await page.title()).toContain(saved.title);
    });

    test('bookmark survives reload, reaches other tab', async () => {
      const otherTab = await context.newPage();
      await otherTab.goto(`${siteUrl}my-schedule/`);
      await otherTab.getByRole('heading', { level: 1, name: 'Mi agenda' }).waitFor();
      expect(await otherTab.getByRole('link', { name: saved.title, exact: true }).count()).toBe(0);

      await page.getByRole('button', { name: SAVE_LABEL }).click();
      expect(await page.getByRole('button', { name: SAVE_LABEL }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('link', { name: 'Mi agenda, 1 sesión guardada' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: saved.title, exact: true }).waitFor();
      expect(await page.getByRole('button', { name: SAVE_LABEL }).getAttribute('aria-pressed')).toBe('true');

      // The other tab was open all along, so it must show the bookmark without a reload.
      await otherTab.getByRole('link', { name: saved.title, exact: true }).waitFor({ timeout: 10_000 });
      await otherTab.close();
    });

    test('my schedule exports an .ics file', async () => {
      await page.getByRole('link', { name: 'Mi agenda, 1 sesión guardada' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mi agenda' }).waitFor();
      await sessionLink(saved.title).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar mi agenda (.ics)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const text = readFileSync(await download.path(), 'utf8');

      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      expect(events.length).toBe(1);
      expect(events[0]?.summary).toBe(saved.title);
      expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2024-11-05T17:20:00.000Z');
      expect(events[0]?.endDate.toJSDate().toISOString()).toBe('2024-11-05T18:00:00.000Z');
      expect(events[0]?.location).toContain('Sala de conferencias');
    });

    test('share link imports on another device', async () => {
      const link = await page.getByRole('textbox', { name: 'Compartir mi agenda' }).inputValue();
      expect(link.startsWith(siteUrl)).toBe(true);

      const friend = await newAgendaContext(browser, viewport);
      const friendPage = await friend.newPage();
      await friendPage.goto(link);
      await friendPage.getByRole('button', { name: 'Agregar 1 sesión' }).click();
      await friendPage.getByText('Listo: tu agenda tiene 1 sesión de esta edición.').waitFor();

      await friendPage.goto(`${siteUrl}my-schedule/`);
      await friendPage.getByRole('link', { name: saved.title, exact: true }).waitFor();
      await friend.close();
    });

    test('interface switches to English and stays', async () => {
      await page.getByRole('button', { name: 'Switch the interface to English' }).click();
      await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
      expect(await page.getByRole('link', { name: 'Speakers', exact: true }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();

      await page.getByRole('button', { name: 'Cambiar la interfaz a español' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mi agenda' }).waitFor();
    });

    test('times switch to the device zone', async () => {
      await page.goto(`${siteUrl}agenda/${EDITION_ID}/`);
      await page.getByRole('searchbox', { name: 'Buscar' }).fill('letras chiquitas');
      const card = () => page.getByRole('article', { name: new RegExp(`^\\d+:\\d+\\s*–\\s*\\d+:\\d+, Sala de conferencias: ${saved.title.slice(0, 20)}`) });

      expect(await card().getAttribute('aria-label')).toMatch(/^11:20\s*–\s*12:00,/);
      await page.getByRole('button', { name: 'Ver en la hora de este dispositivo' }).click();
      await expect.poll(() => card().getAttribute('aria-label')).toMatch(/^18:20\s*–\s*19:00,/);
    });

    test('no uncaught errors', () => {
      expect(pageErrors.map((error) => error.message)).toEqual([]);
    });
  });
}
