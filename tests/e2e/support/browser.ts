// Launches Debian's Chromium through playwright-core and opens pages the way an
// attendee's phone or laptop would.

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A mid-range phone held upright, and a laptop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Chromium flags for headless runs without sandbox, GPU, QUIC or background network traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these, Chromium keeps opening connections that a closed network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Opens a fresh profile with no saved data: Mexican Spanish and, unless given another zone, the venue's zone. */
export async function newAgendaContext(browser: Browser, viewport: ViewportName, options: { timezoneId?: string } = {}): Promise<BrowserContext> {
  const isPhone = viewport === 'phone';
  return browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'es-MX',
    timezoneId: options.timezoneId ?? 'America/Monterrey',
    isMobile: isPhone,
    hasTouch: isPhone,
    acceptDownloads: true,
  });
}

/** Collects the page's uncaught errors, so that a test can assert that there were none. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}
