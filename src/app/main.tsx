// Browser entry: renders the app for the compiled agenda into `#root`, which the
// build's per-route HTML files may already fill; rendering replaces that content.

import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App, createQueryClient, routerBase } from './App.tsx';
import { preloadRoute } from './AppRoutes.tsx';
import { agendaSource } from './data/agenda-source.ts';
import { createClock, readClockOverride } from './lib/clock.ts';
import { startServiceWorker } from './pwa/index.ts';
import './styles/app.css';

/** How long the server-rendered page may wait for its first paint before the app replaces it anyway. */
const FIRST_PAINT_WAIT_MS = 200;

const container = document.getElementById('root');
if (container === null) {
  throw new Error('The page has no element with id "root" to render the agenda into. Check index.html.');
}

const override = readClockOverride(window.location.search);
const invalidNow = override !== null && 'error' in override ? override.invalidValue : null;
if (override !== null && 'error' in override) console.warn(override.error);

const clock = createClock(override !== null && 'start' in override ? override.start : null);
const queryClient = createQueryClient();

void start(container);

/**
 * Renders the app once the page's chunk and data are loaded. Until then the
 * server-rendered page stays on screen with no "loading" text in its place, so
 * its early paint stays the largest contentful paint unless the app's content
 * is larger.
 */
async function start(root: HTMLElement): Promise<void> {
  const base = routerBase(import.meta.env.BASE_URL);
  const path = window.location.pathname.startsWith(base) ? window.location.pathname.slice(base.length) : window.location.pathname;

  const preload = preloadRoute(path, { source: agendaSource, queryClient, now: clock() }).catch((error: unknown) => {
    // The page renders anyway and shows its own loading error with a retry button.
    console.warn('Preloading the page failed; rendering it without its chunk or data.', error);
  });
  await Promise.all([preload, root.childElementCount > 0 ? waitForFirstPaint() : null]);

  // As a transition, React renders the first page in short slices instead of one
  // long task, so input stays responsive while a large edition renders.
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App source={agendaSource} clock={clock} invalidNow={invalidNow} queryClient={queryClient} />
      </StrictMode>,
    );
  });

  startServiceWorker();
}

/**
 * Resolves after the browser has painted a frame, or after FIRST_PAINT_WAIT_MS in
 * a hidden tab, where frames do not run. In Chromium 150 runs, replacing the
 * server-rendered page before its first frame was shown lost that paint as the
 * largest contentful paint, which then moved to the app's later render.
 */
function waitForFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, FIRST_PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      // The frame paints after the rAF callback, so the timeout runs once it is done.
      window.setTimeout(() => {
        window.clearTimeout(timer);
        resolve();
      }, 0);
    });
  });
}
