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
