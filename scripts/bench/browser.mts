// The functions passed to page.evaluate run in the browser, so they need the DOM types.
/// <reference lib="dom" />

// In-browser measurements on the schedule: time from a keystroke in the search
// box to the updated list being painted, and long tasks while scrolling the
// list. Both run in Chromium with the CPU slowed down 4× through the DevTools
// protocol, on a phone-sized viewport, against `vite preview` on 127.0.0.1.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

import type { Browser, Page } from 'playwright-core';

import { median } from './measure.mts';

const VITE_BIN = 'node_modules/vite/bin/vite.js';
const HOST = '127.0.0.1';
const CPU_SLOWDOWN = 4;
/** Lighthouse's default mobile screen, so both measurements see the same layout. */
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };
/** A keystroke's update is complete once the page has not changed for this long. */
const QUIET_MS = 400;
const KEYSTROKE_TIMEOUT_MS = 10_000;
const LONG_TASK_MS = 100;

// ---------------------------------------------------------------------------
// Preview server

export interface PreviewServer {
  origin: string;
  command: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

async function waitForServer(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet; try again below.
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }

  throw new Error(`vite preview did not answer on ${origin} within 30 s:\n${output()}`);
}

/**
 * Serves a build folder with `vite preview` on 127.0.0.1 and a free port. Vite
 * rejects a second preview server of the same project, so while another one
 * runs (other people share the checkout) this waits for it to stop, for at
 * most `maxWaitMs`.
 */
export async function startPreview(outDir: string, maxWaitMs: number): Promise<PreviewServer> {
  const deadline = Date.now() + maxWaitMs;
  let waiting = false;

  for (;;) {
    try {
      return await startPreviewOnce(outDir);
    } catch (error) {
      const locked = error instanceof Error && error.message.includes('Found another Vite preview process');
      if (!locked) throw error;
      if (Date.now() >= deadline) {
        throw new Error(`Another vite preview of this project was still running when the bench's wait (--preview-wait) ended. ${error.message}`, { cause: error });
      }

      if (!waiting) console.log('[bench] another vite preview of this project is running; waiting for it to stop');
      waiting = true;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 3000));
    }
  }
}

async function startPreviewOnce(outDir: string): Promise<PreviewServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const args = ['preview', '--outDir', outDir, '--host', HOST, '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, [VITE_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  try {
    await waitForServer(origin, child, () => output);
  } catch (error) {
    child.kill();
    throw error;
  }

  return {
    origin,
    command: `npx vite preview --outDir ${outDir} --host ${HOST} --port ${port} --strictPort`,
    close: () =>
      new Promise((resolvePromise) => {
        if (child.exitCode !== null) return resolvePromise();
        child.once('close', () => resolvePromise());
        child.kill();
      }),
  };
}

// ---------------------------------------------------------------------------
// Browser

export { launchChromium } from '../../tests/e2e/support/browser.ts';

async function openSchedule(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'es-MX',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await searchBox(page).waitFor({ state: 'visible', timeout: 120_000 });
  return page;
}

function searchBox(page: Page) {
  return page.getByRole('searchbox').or(page.getByLabel('Buscar', { exact: true })).first();
}

// ---------------------------------------------------------------------------
// Keystrokes

export interface KeystrokeResult {
  /** Keydown to the first animation frame after the last DOM change it caused, per keystroke, in ms. */
  paint: number[];
  /** Event Timing duration of the keystroke's interaction, in ms; 16 when the API reported none. */
  eventTiming: number[];
  /** Keystrokes that changed nothing in the page within the timeout. */
  unchanged: number;
  medianPaint: number;
  medianEventTiming: number;
  keys: string;
}

/**
 * Records, in the page, when each keystroke starts and when the frame after
 * its last DOM change runs. The page's own timestamps are used so that the
 * DevTools protocol round trips are not counted.
 */
function installKeystrokeProbe(): void {
  interface Probe {
    keydownAt: number | null;
    lastChangeAt: number | null;
    lastFrameAt: number | null;
    interactions: Map<number, number>;
    keyInteraction: number | null;
  }
  const probe: Probe = { keydownAt: null, lastChangeAt: null, lastFrameAt: null, interactions: new Map(), keyInteraction: null };
  (window as unknown as { agendaProbe: Probe }).agendaProbe = probe;

  document.addEventListener(
    'keydown',
    (event) => {
      probe.keydownAt = event.timeStamp;
      probe.lastChangeAt = null;
      probe.lastFrameAt = null;
      probe.keyInteraction = null;
    },
    true,
  );

  new MutationObserver(() => {
    if (probe.keydownAt === null) return;

    const changedAt = performance.now();
    probe.lastChangeAt = changedAt;
    requestAnimationFrame(() => {
      if (probe.lastChangeAt === changedAt) probe.lastFrameAt = performance.now();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });

  new PerformanceObserver((list) => {
    // TypeScript 5.9's DOM types lack interactionId, an Event Timing field that Chromium reports.
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      if (!entry.interactionId) continue;

      probe.interactions.set(entry.interactionId, Math.max(probe.interactions.get(entry.interactionId) ?? 0, entry.duration));
      if (entry.name === 'keydown') probe.keyInteraction = entry.interactionId;
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
}

/** Types `keys` into the schedule's search box, one keystroke at a time; `\b` is Backspace. */
export async function measureKeystrokes(browser: Browser, url: string, keys: string): Promise<KeystrokeResult> {
  const page = await openSchedule(browser, url);
  const box = searchBox(page);
  await box.click();
  await page.evaluate(installKeystrokeProbe);

  const paint: number[] = [];
  const eventTiming: number[] = [];
  let unchanged = 0;

  for (const key of keys) {
    await page.keyboard.press(key === '\b' ? 'Backspace' : key);
    const settled = await page
      .waitForFunction(
        (quiet) => {
          const probe = (window as unknown as { agendaProbe: { lastChangeAt: number | null; lastFrameAt: number | null } }).agendaProbe;
          return probe.lastFrameAt !== null && probe.lastChangeAt !== null && performance.now() - probe.lastChangeAt > quiet;
        },
        QUIET_MS,
        { timeout: KEYSTROKE_TIMEOUT_MS, polling: 50 },
      )
      .then(() => true)
      .catch(() => false);

    // Event Timing reports an entry after the frame is presented, so give it a moment.
    await page.waitForTimeout(100);
    const timing = await page.evaluate(() => {
      const probe = (window as unknown as { agendaProbe: { keydownAt: number; lastFrameAt: number | null; interactions: Map<number, number>; keyInteraction: number | null } })
        .agendaProbe;
      const duration = probe.keyInteraction === null ? 16 : (probe.interactions.get(probe.keyInteraction) ?? 16);
      return { paint: probe.lastFrameAt === null ? null : probe.lastFrameAt - probe.keydownAt, duration };
    });

    eventTiming.push(timing.duration);
    if (!settled || timing.paint === null) unchanged++;
    else paint.push(timing.paint);
  }

  await page.context().close();
  return { paint, eventTiming, unchanged, medianPaint: median(paint), medianEventTiming: median(eventTiming), keys };
}

// ---------------------------------------------------------------------------
// Scrolling

export interface ScrollResult {
  /** Long tasks over LONG_TASK_MS in each pass from top to bottom. */
  overLimitPerPass: number[];
  longTasks: number[];
  /** Long tasks over LONG_TASK_MS, all passes together. */
  overLimit: number;
  maxTask: number;
  scrolledPixels: number;
  scrollHeight: number;
  steps: number;
}

/** Scrolls the schedule from top to bottom with the mouse wheel and records long tasks (over 50 ms). */
async function measureScroll(browser: Browser, url: string): Promise<ScrollResult> {
  const page = await openSchedule(browser, url);
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { agendaLongTasks: number[] }).agendaLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false } as unknown as PerformanceObserverInit);
  });

  await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
  let steps = 0;
  for (; steps < 2000; steps++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(30);

    const atEnd = await page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      return scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 2;
    });
    if (atEnd) break;
  }
  await page.waitForTimeout(1000);

  const result = await page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      longTasks: (window as unknown as { agendaLongTasks: number[] }).agendaLongTasks,
      scrolledPixels: scroller.scrollTop,
      scrollHeight: scroller.scrollHeight,
    };
  });
  await page.context().close();

  const overLimit = result.longTasks.filter((duration) => duration > LONG_TASK_MS).length;
  return { ...result, overLimitPerPass: [overLimit], overLimit, maxTask: Math.max(0, ...result.longTasks), steps };
}

/** Scrolls the schedule `passes` times, each in a fresh page, and adds up the long tasks. */
export async function measureScrollPasses(browser: Browser, url: string, passes: number): Promise<ScrollResult> {
  const results: ScrollResult[] = [];
  for (let pass = 0; pass < passes; pass++) results.push(await measureScroll(browser, url));

  const last = results.at(-1)!;
  return {
    ...last,
    overLimitPerPass: results.flatMap((result) => result.overLimitPerPass),
    longTasks: results.flatMap((result) => result.longTasks),
    overLimit: results.reduce((sum, result) => sum + result.overLimit, 0),
    maxTask: Math.max(...results.map((result) => result.maxTask)),
  };
}
