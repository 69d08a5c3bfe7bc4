// React access to bookmarks. Every component of a conference shares one store,
// so a toggle on a session card updates the count in the navigation at once.

import { useCallback, useMemo, useSyncExternalStore } from 'react';

import type { BookmarkInput } from './bookmark.ts';
import {
  createBookmarkStore,
  type BookmarkState,
  type BookmarkStore,
  type ImportMode,
  type StorageLike,
} from './bookmark-store.ts';

export interface UseBookmarksResult extends BookmarkState {
  isBookmarked(sessionId: string): boolean;
  add(input: BookmarkInput): void;
  remove(sessionId: string): void;
  toggle(input: BookmarkInput): void;
  importSessions(mode: ImportMode, edition: string, inputs: readonly BookmarkInput[]): void;
  acknowledgeMemoryNotice(): void;
}

// Used when rendering outside a browser, where there is nothing stored to show yet.
const SERVER_STATE: BookmarkState = {
  bookmarks: [],
  persistence: 'local-storage',
  memoryReason: null,
  memoryNoticePending: false,
  damage: null,
};

const stores = new Map<string, BookmarkStore>();

/**
 * Returns the shared store of a conference's bookmarks over `window.localStorage`,
 * creating it on first use. Falls back to memory where storage is blocked.
 */
export function getBookmarkStore(conferenceSlug: string): BookmarkStore {
  const existing = stores.get(conferenceSlug);
  if (existing !== undefined) {
    return existing;
  }

  const store = createBookmarkStore({
    conferenceSlug,
    storage: openLocalStorage(),
    events: typeof window === 'undefined' ? null : window,
  });
  stores.set(conferenceSlug, store);

  return store;
}

/** Returns the bookmarks of a conference and the actions that change them, re-rendering on every change. */
export function useBookmarks(conferenceSlug: string): UseBookmarksResult {
  return useBookmarkStore(getBookmarkStore(conferenceSlug));
}

/** Like `useBookmarks`, over a given store, for tests and previews. */
export function useBookmarkStore(store: BookmarkStore): UseBookmarksResult {
  const state = useSyncExternalStore(store.subscribe, store.getState, () => SERVER_STATE);

  const bookmarkedIds = useMemo(() => new Set(state.bookmarks.map((bookmark) => bookmark.sessionId)), [state.bookmarks]);
  const isBookmarked = useCallback((sessionId: string) => bookmarkedIds.has(sessionId), [bookmarkedIds]);

  return useMemo(
    () => ({
      ...state,
      isBookmarked,
      add: store.add,
      remove: store.remove,
      toggle: store.toggle,
      importSessions: store.importSessions,
      acknowledgeMemoryNotice: store.acknowledgeMemoryNotice,
    }),
    [state, isBookmarked, store],
  );
}

/**
 * Returns `window.localStorage`, or null where reading the property throws (a
 * SecurityError when the browser blocks site data) or there is no window.
 */
function openLocalStorage(): StorageLike | null {
  if (typeof window === 'undefined') {
    return null;
  }

  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
