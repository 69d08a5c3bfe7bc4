// Waits for the agenda's service worker, which registers after the page's load event.

import type { Page } from 'playwright-core';

/**
 * Resolves once a service worker controls the page. A worker activates only
 * after its install step has stored the whole precache, so the precached files
 * are then available offline.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** Returns the script address of the page's active service worker, or null without one. */
export async function activeServiceWorkerUrl(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.scriptURL ?? null;
  });
}
