// The agenda is installable on a phone's home screen: a web manifest named after
// the conference, icons that exist, and a start address and scope inside the
// path that the site is deployed under.

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';

import { launchChromium, newAgendaContext } from './support/browser.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';
import { buildSite, closeSite, removeSite, serveSite } from './support/site.ts';

interface WebManifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Returns the problems that keep Chromium from offering to install the page,
 * empty when it is installable. Playwright's contexts are incognito profiles,
 * which can never install an app, so that one reason is left out.
 */
async function installabilityErrors(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const result = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  return result.installabilityErrors.map((error) => error.errorId).filter((errorId) => errorId !== 'in-incognito');
}

async function fetchManifest(siteUrl: string): Promise<WebManifest> {
  const response = await fetch(`${siteUrl}manifest.webmanifest`);
  expect(response.status).toBe(200);
  return (await response.json()) as WebManifest;
}

/** Reads width and height from a PNG file's IHDR chunk. */
function pngSize(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}

describe('web manifest at the site root', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('names the conference in Spanish', async () => {
    const manifest = await fetchManifest(inject('siteUrl'));

    expect(manifest.name).toBe('Data Day');
    expect(manifest.short_name).toBe('Data Day');
    expect(manifest.lang).toBe('es-MX');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toBe('#0f4c5c');
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
  });

  test('icons are PNG files of their size', async () => {
    const siteUrl = inject('siteUrl');
    const manifest = await fetchManifest(siteUrl);

    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, `${siteUrl}manifest.webmanifest`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');

      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(bytes)).toBe(icon.sizes);
    }
  });

  test('pages link manifest and theme colour', async () => {
    const response = await fetch(`${inject('siteUrl')}sessions/2024mty/vinkos/`);
    const html = await response.text();

    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<meta name="theme-color" content="#0f4c5c">');
  });

  test('Chromium finds it installable', async () => {
    const context = await newAgendaContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto(inject('siteUrl'));
    await waitForServiceWorkerControl(page);

    expect(await installabilityErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('site deployed under a base path', () => {
  const base = '/datadaymty/';
  let outDir: string;
  let server: PreviewServer | null = null;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    outDir = await buildSite({ base });
    const site = await serveSite(outDir, { base });
    server = site.server;
    siteUrl = site.url;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await closeSite(server);
    if (outDir) removeSite(outDir);
  });

  test('manifest start and scope use it', async () => {
    const manifest = await fetchManifest(siteUrl);

    expect(manifest.start_url).toBe(base);
    expect(manifest.scope).toBe(base);
  });

  test('service worker scope uses it', async () => {
    const context = await newAgendaContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto(siteUrl);
    await waitForServiceWorkerControl(page);

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
    expect(scope).toBe(siteUrl);
    await context.close();
  });
});
