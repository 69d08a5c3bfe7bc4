// Every screen passes axe-core without a serious or critical violation at both
// sizes, and a keyboard alone can reach, save and open a session.

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { seriousViolations } from './support/axe.ts';
import { launchChromium, newAgendaContext, type ViewportName } from './support/browser.ts';
import { EDITION_ID, fixtureEdition } from './support/fixture-data.ts';

const edition = fixtureEdition();
const session = edition.sessions.find((candidate) => candidate.slug === 'vinkos');
if (!session) throw new Error('The 2024mty session "vinkos" is missing from the Data Day archive.');
const saveLabel = `Guardar «${session.title}» en mi agenda`;

/** Each screen, with the heading that shows it has rendered and an optional step to reach it. */
const SCREENS: { name: string; path: string; heading: string; prepare?: (page: Page) => Promise<void> }[] = [
  {
    name: 'schedule grid',
    path: `agenda/${EDITION_ID}/`,
    heading: edition.title,
    prepare: (page) => page.getByRole('button', { name: 'Cuadrícula' }).click(),
  },
  {
    name: 'schedule list',
    path: `agenda/${EDITION_ID}/`,
    heading: edition.title,
    prepare: (page) => page.getByRole('button', { name: 'Lista' }).click(),
  },
  { name: 'session', path: `sessions/${EDITION_ID}/${session.slug}/`, heading: session.title },
  { name: 'speakers', path: 'speakers/', heading: 'Ponentes' },
  { name: 'speaker', path: 'speakers/cristian-zepeda/', heading: 'Cristian Zepedá' },
  { name: 'my schedule', path: 'my-schedule/', heading: 'Mi agenda' },
  { name: 'now', path: 'now/', heading: '' },
  { name: 'room screen', path: `rooms/${EDITION_ID}/sala-104/`, heading: '' },
];

for (const viewport of ['phone', 'desktop'] satisfies ViewportName[]) {
  describe(`axe at ${viewport} size`, () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium();
      context = await newAgendaContext(browser, viewport);
      page = await context.newPage();

      // My schedule is checked with a saved session, as attendees mostly see it.
      await page.goto(`${inject('siteUrl')}sessions/${EDITION_ID}/${session.slug}/`);
      await page.getByRole('button', { name: saveLabel }).click();
    });

    afterAll(async () => {
      await browser?.close();
    });

    test('check catches an image without alt', async () => {
      await page.goto(`${inject('siteUrl')}speakers/`);
      await page.getByRole('heading', { level: 1, name: 'Ponentes' }).waitFor();
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'icons/icon-192.png';
        document.querySelector('main')?.append(image);
      });

      expect(await seriousViolations(page)).toEqual(['image-alt (critical): img']);
    });

    for (const screen of SCREENS) {
      test(`${screen.name} has no serious violations`, async () => {
        await page.goto(`${inject('siteUrl')}${screen.path}`);
        const heading = screen.heading === '' ? page.getByRole('heading', { level: 1 }) : page.getByRole('heading', { level: 1, name: screen.heading });
        await heading.first().waitFor();
        await screen.prepare?.(page);

        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

describe('keyboard only', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newAgendaContext(browser, 'desktop')).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Presses Tab until the focused element has the given accessible label or text; fails after `limit` presses. */
  async function tabTo(label: string, limit = 400): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
      });
      if (focused === label) return;
    }
    throw new Error(`"${label}" was not reached after ${limit} presses of Tab.`);
  }

  test('reaches, saves and opens a session', async () => {
    await page.goto(`${inject('siteUrl')}agenda/${EDITION_ID}/`);
    await page.getByRole('heading', { level: 1, name: edition.title }).waitFor();

    await tabTo(saveLabel);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: saveLabel }).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Shift+Tab');
    const focusedLink = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(focusedLink).toBe(session.title);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: session.title, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/sessions/${EDITION_ID}/${session.slug}/`);
    expect(await page.getByRole('button', { name: saveLabel }).getAttribute('aria-pressed')).toBe('true');
  });
});
