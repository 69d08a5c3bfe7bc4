// Renders personal-schedule components inside the providers that the app gives
// them, over a fixed clock, a memory router and jsdom's real localStorage.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

import { AgendaProvider, type AgendaSource } from '../../../src/app/data/agenda-context';
import { LanguageProvider, TimeDisplayProvider } from '../../../src/app/i18n/index.ts';
import { conferenceSlugOf, toBookmarkInput } from '../../../src/app/personal/shared.ts';
import { bookmarkStorageKey, createBookmark, serializeBookmarks, type Bookmark } from '../../../src/app/storage/bookmark.ts';
import type { UiLanguage } from '../../../src/domain/format';
import type { Edition, Session } from '../../../src/domain/types';
import { makeConference, TEST_ZONE } from '../support/agenda-factory';

export interface PersonalRenderOptions {
  editions: Edition[];
  /** A fixed time as an ISO 8601 instant, or a clock that a test moves. */
  now: string | (() => number);
  /** The address the memory router starts at. */
  path?: string;
  /** Bookmarks stored before the first render. */
  bookmarks?: Bookmark[];
  /** @default 'es' */
  language?: UiLanguage;
  /** The device's zone for the time display. @default the test zone, America/Mexico_City */
  deviceZone?: string;
}

// Bookmark stores are shared per conference for the page's lifetime, so each
// render gets a conference of its own and starts from a fresh store.
let renderCount = 0;

/** Returns the stored form of a session's bookmark. */
export function bookmarkOf(session: Session, edition: Edition): Bookmark {
  return createBookmark(toBookmarkInput(session, edition.rooms), new Date('2027-03-01T12:00:00Z'));
}

export function renderPersonal(ui: ReactNode, options: PersonalRenderOptions) {
  renderCount += 1;
  const conference = { ...makeConference(options.editions), name: `Congreso de prueba ${renderCount}` };
  const storageKey = bookmarkStorageKey(conferenceSlugOf(conference.name));
  if (options.bookmarks !== undefined) {
    window.localStorage.setItem(storageKey, serializeBookmarks(options.bookmarks));
  }

  const source: AgendaSource = {
    conference,
    loadEdition: async (id) => {
      const edition = options.editions.find((candidate) => candidate.id === id);
      if (edition === undefined) throw new Error(`Unknown edition "${id}"`);
      return edition;
    },
    loadSpeakers: async () => [],
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const location = memoryLocation({ path: options.path ?? '/' });
  const fixedNow = typeof options.now === 'string' ? Date.parse(options.now) : 0;
  const clock = typeof options.now === 'string' ? () => fixedNow : options.now;

  const result = render(
    <QueryClientProvider client={queryClient}>
      <AgendaProvider source={source} now={clock}>
        <LanguageProvider initial={options.language ?? 'es'}>
          <TimeDisplayProvider deviceZone={options.deviceZone ?? TEST_ZONE}>
            <Router hook={location.hook} searchHook={location.searchHook}>
              {ui}
            </Router>
          </TimeDisplayProvider>
        </LanguageProvider>
      </AgendaProvider>
    </QueryClientProvider>,
  );

  return { ...result, storageKey, readStoredIds: () => readStoredIds(storageKey) };
}

function readStoredIds(storageKey: string): string[] {
  const raw = window.localStorage.getItem(storageKey);
  return raw === null ? [] : (JSON.parse(raw) as { sessionId: string }[]).map((entry) => entry.sessionId);
}
