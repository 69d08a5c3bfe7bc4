// Takes the README's screenshots: the schedule as a grid and as a list, a
// session page and a speaker page, at phone size (390×844) and laptop size
// (1280×800), with the Data Day archive's 2024mty edition. Builds the site,
// serves it with `vite preview` on 127.0.0.1 and drives Debian's Chromium.
//   npx tsx scripts/screenshots.mts
// Writes PNG files to docs/screenshots/, replacing older ones.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { launchChromium, newAgendaContext, VIEWPORTS, type ViewportName } from '../tests/e2e/support/browser.ts';
import { buildSite, closeSite, removeSite, repositoryRoot, serveSite } from '../tests/e2e/support/site.ts';

const EDITION_ID = '2024mty';
const SESSION_SLUG = 'vinkos';
const SPEAKER_SLUG = 'cristian-zepeda';
const outputFolder = join(repositoryRoot, 'docs', 'screenshots');

interface Shot {
  name: string;
  path: string;
  /** Brings the screen into the state to capture, after the page has loaded. */
  prepare: (page: Page) => Promise<void>;
}

const shots: Shot[] = [
  {
    name: 'schedule-grid',
    path: `agenda/${EDITION_ID}/`,
    prepare: (page) => page.getByRole('button', { name: 'Cuadrícula' }).click(),
  },
  {
    name: 'schedule-list',
    path: `agenda/${EDITION_ID}/`,
    prepare: (page) => page.getByRole('button', { name: 'Lista' }).click(),
  },
  {
    name: 'session',
    path: `sessions/${EDITION_ID}/${SESSION_SLUG}/`,
    prepare: async () => {},
  },
  {
    name: 'speaker',
    path: `speakers/${SPEAKER_SLUG}/`,
    prepare: async () => {},
  },
];

mkdirSync(outputFolder, { recursive: true });
console.log('Building the site with the Data Day archive…');
const outDir = await buildSite();
const { url, server } = await serveSite(outDir);
const browser = await launchChromium();

try {
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const context = await newAgendaContext(browser, viewport);
    const page = await context.newPage();

    for (const shot of shots) {
      await page.goto(`${url}${shot.path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await shot.prepare(page);

      // Abstracts and bios render from a lazy Markdown chunk; capture them, not the loading text.
      await page.waitForFunction(() => !document.body.innerText.includes('Cargando'));
      await page.evaluate(() => document.fonts.ready);

      const file = join(outputFolder, `${shot.name}-${viewport}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote docs/screenshots/${shot.name}-${viewport}.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await closeSite(server);
  removeSite(outDir);
}
