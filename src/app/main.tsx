// Browser entry: renders the app for the compiled agenda into `#root`, which the
// build's per-route HTML files may already fill; rendering replaces that content.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App.tsx';
import { agendaSource } from './data/agenda-source.ts';
import { createClock, readClockOverride } from './lib/clock.ts';
import { startServiceWorker } from './pwa/index.ts';
import './styles/app.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('The page has no element with id "root" to render the agenda into. Check index.html.');
}

const override = readClockOverride(window.location.search);
const invalidNow = override !== null && 'error' in override ? override.invalidValue : null;
if (override !== null && 'error' in override) console.warn(override.error);

const clock = createClock(override !== null && 'start' in override ? override.start : null);

createRoot(container).render(
  <StrictMode>
    <App source={agendaSource} clock={clock} invalidNow={invalidNow} />
  </StrictMode>,
);

startServiceWorker();
