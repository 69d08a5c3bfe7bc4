// Renders the whole app at an address with plain agenda objects, a fixed clock and
// a fixed device zone, as a browser would after loading that address.

import { render } from '@testing-library/react';

import { App } from '../../../src/app/App.tsx';
import type { AgendaSource } from '../../../src/app/data/agenda-context.tsx';
import type { UiLanguage } from '../../../src/app/i18n/index.ts';
import type { Conference, Edition, Speaker } from '../../../src/domain/types.ts';

export interface RenderAppOptions {
  conference: Conference;
  editions: readonly Edition[];
  speakers?: Speaker[];
  /** The clock's time as an ISO instant. */
  now: string;
  language?: UiLanguage;
  deviceZone?: string;
  invalidNow?: string | null;
}

export function makeSource(conference: Conference, editions: readonly Edition[], speakers: Speaker[] = []): AgendaSource {
  return {
    conference,
    loadEdition: (id) => {
      const edition = editions.find((candidate) => candidate.id === id);
      return edition ? Promise.resolve(edition) : Promise.reject(new Error(`Unknown edition "${id}".`));
    },
    loadSpeakers: () => Promise.resolve(speakers),
  };
}

/** Navigates the jsdom window to `address` and renders the app there. */
export function renderApp(address: string, options: RenderAppOptions) {
  window.history.replaceState(null, '', address);
  const source = makeSource(options.conference, options.editions, options.speakers);
  const now = Date.parse(options.now);

  return render(
    <App
      source={source}
      clock={() => now}
      base=""
      language={options.language}
      deviceZone={options.deviceZone ?? 'America/Mexico_City'}
      invalidNow={options.invalidNow ?? null}
    />,
  );
}
