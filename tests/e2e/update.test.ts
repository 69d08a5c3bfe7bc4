// A new deploy must reach attendees without mixing versions: the running tabs
// keep the old version whole until the attendee accepts the update, and then
// every tab switches to the new one. Two builds stand for two deploys. They are
// served in turn on one port, because a service worker belongs to one origin.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';

import { seriousViolations } from './support/axe.ts';
import { launchChromium, newAgendaContext } from './support/browser.ts';
import { EDITION_ID, fixtureEdition } from './support/fixture-data.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';
import { buildSite, closeSite, FIXTURE_CONTENT, findFreePort, removeSite, serveSite } from './support/site.ts';

const SESSION_SLUG = 'vinkos';
const SESSION_FILE = `sessions/${EDITION_ID}/llm-rags.md`;
const RENAMED_SUFFIX = ' (versión corregida)';

const oldTitle = fixtureEdition().sessions.find((session) => session.slug === SESSION_SLUG)?.title ?? '';
const newTitle = `${oldTitle}${RENAMED_SUFFIX}`;

// A session of an edition that is not precached: the new deploy renames it too,
// so the old version's chunk of that edition is gone from the server.
const OTHER_EDITION = fixtureEdition('2023mty');
const OTHER_FILE = 'sessions/2023mty/asistente-digital.md';
const otherOldTitle = 'Asistente Digital: El copiloto de los vendedores en la era digital';
const otherNewTitle = `${otherOldTitle}${RENAMED_SUFFIX}`;

let contentCopy = '';
let secondBuild = '';

/** Renames one session in a copy of the archive. Throws when the title is missing. */
function renameSession(copy: string, file: string, from: string, to: string): void {
  const path = join(copy, file);
  const source = readFileSync(path, 'utf8');
  if (!source.includes(`title: "${from}"`)) throw new Error(`The title "${from}" is missing from ${file}.`);
  writeFileSync(path, source.replace(`title: "${from}"`, `title: "${to}"`));
}

beforeAll(async () => {
  expect(oldTitle).not.toBe('');

  // The second deploy renames sessions, so each page shows which version it runs.
  contentCopy = mkdtempSync(join(tmpdir(), 'agenda-e2e-content-'));
  cpSync(FIXTURE_CONTENT, contentCopy, { recursive: true });
  renameSession(contentCopy, SESSION_FILE, oldTitle, newTitle);
  renameSession(contentCopy, OTHER_FILE, otherOldTitle, otherNewTitle);
  secondBuild = await buildSite({ content: contentCopy });
});

afterAll(() => {
  if (secondBuild) removeSite(secondBuild);
  if (contentCopy) rmSync(contentCopy, { recursive: true, force: true });
});

describe('new deploy', () => {
  let port: number;
  let server: PreviewServer | null = null;
  let browser: Browser;
  let context: BrowserContext;
  let firstTab: Page;
  let secondTab: Page;
  let sessionUrl: string;

  beforeAll(async () => {
    port = await findFreePort();
    const first = await serveSite(inject('siteDir'), { port });
    server = first.server;
    sessionUrl = `${first.url}sessions/${EDITION_ID}/${SESSION_SLUG}/`;

    browser = await launchChromium();
    context = await newAgendaContext(browser, 'desktop');
    firstTab = await context.newPage();
    await firstTab.goto(sessionUrl);
    await firstTab.getByRole('heading', { level: 1, name: oldTitle, exact: true }).waitFor();
    await waitForServiceWorkerControl(firstTab);

    secondTab = await context.newPage();
    await secondTab.goto(sessionUrl);
    await secondTab.getByRole('heading', { level: 1, name: oldTitle, exact: true }).waitFor();

    await closeSite(server);
    server = (await serveSite(secondBuild, { port })).server;
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await closeSite(server);
  });

  test('is announced, old version kept', async () => {
    // A navigation makes the browser fetch the worker script and find the new one.
    await firstTab.reload();

    await firstTab.getByRole('status').filter({ hasText: 'Hay una versión nueva de la agenda.' }).waitFor({ timeout: 30_000 });
    expect(await firstTab.getByRole('heading', { level: 1 }).textContent()).toBe(oldTitle);
    expect(await firstTab.getByRole('button', { name: 'Recargar' }).count()).toBe(1);
  });

  test('notice has no serious axe violations', async () => {
    expect(await seriousViolations(firstTab)).toEqual([]);
  });

  test('notice follows English mode', async () => {
    await firstTab.getByRole('button', { name: 'Switch the interface to English' }).click();

    await firstTab.getByRole('status').filter({ hasText: 'A new version of the agenda is available.' }).waitFor();
    expect(await firstTab.getByRole('button', { name: 'Reload' }).count()).toBe(1);

    await firstTab.getByRole('button', { name: 'Cambiar la interfaz a español' }).click();
    await firstTab.getByRole('button', { name: 'Recargar' }).waitFor();
  });

  test('reload switches every tab', async () => {
    await firstTab.getByRole('button', { name: 'Recargar' }).click();

    await firstTab.getByRole('heading', { level: 1, name: newTitle, exact: true }).waitFor({ timeout: 30_000 });
    await secondTab.getByRole('heading', { level: 1, name: newTitle, exact: true }).waitFor({ timeout: 30_000 });
    expect(await firstTab.getByRole('status').filter({ hasText: 'Hay una versión nueva de la agenda.' }).count()).toBe(0);
  });
});

describe('old version missing a chunk', () => {
  let server: PreviewServer | null = null;
  let browser: Browser;

  afterAll(async () => {
    await browser?.close();
    if (server) await closeSite(server);
  });

  test('switches to the waiting version', async () => {
    const port = await findFreePort();
    const first = await serveSite(inject('siteDir'), { port });
    server = first.server;

    browser = await launchChromium();
    const page = await (await newAgendaContext(browser, 'phone')).newPage();
    await page.goto(first.url);
    await page.getByRole('heading', { level: 1, name: fixtureEdition().title }).waitFor();
    await waitForServiceWorkerControl(page);

    await closeSite(server);
    server = (await serveSite(secondBuild, { port })).server;
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Hay una versión nueva de la agenda.' }).waitFor({ timeout: 30_000 });

    // The old version requests its own chunk of an edition that it never cached, which the new deploy replaced.
    await page.goto(`${first.url}agenda/${OTHER_EDITION.id}/`);

    await page.getByRole('heading', { level: 1, name: OTHER_EDITION.title }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: otherNewTitle, exact: true }).waitFor({ timeout: 30_000 });
  });
});
