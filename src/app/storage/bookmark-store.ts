// The bookmark store: one conference's bookmarks over an injected Storage, with
// a fallback to memory when storage is missing, throws or is full, and updates
// from other tabs through the `storage` event. It has the subscribe/getState
// shape that React's useSyncExternalStore expects.

import {
  bookmarkStorageKey,
  createBookmark,
  parseStoredBookmarks,
  serializeBookmarks,
  type Bookmark,
  type BookmarkInput,
  type StoredValueDamage,
} from './bookmark.ts';

/** The part of the Web Storage API that the store uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The part of `window` that delivers `storage` events from other tabs. */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Why the store keeps bookmarks in memory only: no storage at all (blocked by
 * the browser), a read or write that threw, or a full quota.
 */
export type MemoryReason = 'unavailable' | 'read-failed' | 'write-failed' | 'quota-exceeded';

export interface BookmarkState {
  /** Bookmarks of every edition, in the order they were added. */
  bookmarks: readonly Bookmark[];
  persistence: 'local-storage' | 'memory';
  /** Set when `persistence` is `memory`. */
  memoryReason: MemoryReason | null;
  /**
   * True from the switch to memory until `acknowledgeMemoryNotice()`, so that the
   * app shows once that bookmarks last only as long as the tab.
   */
  memoryNoticePending: boolean;
  /** Damage found in the stored value by the latest read, or null. */
  damage: StoredValueDamage | null;
}

export interface BookmarkStoreOptions {
  conferenceSlug: string;
  /** Usually `window.localStorage`, or null where the browser blocks it. */
  storage: StorageLike | null;
  /** Usually `window`, for changes made in other tabs. Null listens to nothing. */
  events?: StorageEventSource | null;
  /** @default () => new Date() */
  now?: () => Date;
}

export type ImportMode = 'merge' | 'replace';

export interface BookmarkStore {
  /** The localStorage key that contains the bookmarks. */
  readonly key: string;
  getState(): BookmarkState;
  /** Registers a listener for state changes and returns the function that removes it. */
  subscribe(listener: () => void): () => void;
  add(input: BookmarkInput): void;
  remove(sessionId: string): void;
  /** Adds the bookmark when the session has none, else removes it. */
  toggle(input: BookmarkInput): void;
  /**
   * Imports shared sessions of one edition. `merge` adds the ones not yet
   * bookmarked. `replace` also removes the edition's other bookmarks, and keeps
   * bookmarks of other editions.
   */
  importSessions(mode: ImportMode, edition: string, inputs: readonly BookmarkInput[]): void;
  acknowledgeMemoryNotice(): void;
}

/** Creates the store and reads the stored bookmarks once. */
export function createBookmarkStore(options: BookmarkStoreOptions): BookmarkStore {
  const key = bookmarkStorageKey(options.conferenceSlug);
  const damagedKey = damagedValueKey(key);
  const storage = options.storage;
  const events = options.events ?? null;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();

  let state = readInitialState(storage, key);

  function setState(next: BookmarkState): void {
    state = next;
    for (const listener of listeners) {
      listener();
    }
  }

  function switchToMemory(reason: MemoryReason, bookmarks: readonly Bookmark[]): void {
    setState({ ...state, bookmarks, persistence: 'memory', memoryReason: reason, memoryNoticePending: true });
  }

  /**
   * Applies a change to the freshest list: the stored one while storage works, so
   * that a change made in another tab since the last event is not overwritten.
   * The write replaces a damaged stored value with the entries that could be
   * read, after copying the damaged value to `damagedKey` for recovery by hand.
   */
  function update(change: (bookmarks: readonly Bookmark[]) => readonly Bookmark[]): void {
    let base = state.bookmarks;
    let damage = state.damage;
    let raw: string | null = null;

    if (state.persistence === 'local-storage' && storage !== null) {
      try {
        raw = storage.getItem(key);
        const stored = parseStoredBookmarks(raw);
        base = stored.bookmarks;
        damage = stored.damage;
      } catch {
        switchToMemory('read-failed', change(base));
        return;
      }
    }

    const next = change(base);
    if (state.persistence === 'local-storage' && storage !== null) {
      try {
        if (raw !== null && losesEntries(damage)) {
          storage.setItem(damagedKey, raw);
        }
        storage.setItem(key, serializeBookmarks(next));
      } catch (error) {
        switchToMemory(isQuotaExceeded(error) ? 'quota-exceeded' : 'write-failed', next);
        return;
      }
    }

    setState({ ...state, bookmarks: next, damage });
  }

  function handleStorageEvent(event: Event): void {
    // NOTE: in memory mode, other tabs' changes are ignored, because merging them
    // with bookmarks that could not be saved has no correct result.
    if (!(event instanceof StorageEvent) || state.persistence === 'memory' || storage === null) {
      return;
    }

    // A null key means that the other tab cleared the whole storage.
    const concernsBookmarks = event.key === key || event.key === null;
    const sameArea = event.storageArea === null || event.storageArea === storage;
    if (!concernsBookmarks || !sameArea) {
      return;
    }

    try {
      const stored = parseStoredBookmarks(storage.getItem(key));
      setState({ ...state, bookmarks: stored.bookmarks, damage: stored.damage });
    } catch {
      switchToMemory('read-failed', state.bookmarks);
    }
  }

  return {
    key,

    getState: () => state,

    subscribe(listener) {
      if (listeners.size === 0) {
        events?.addEventListener('storage', handleStorageEvent);
      }
      listeners.add(listener);

      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          events?.removeEventListener('storage', handleStorageEvent);
        }
      };
    },

    add(input) {
      update((bookmarks) => (hasBookmark(bookmarks, input.id) ? bookmarks : [...bookmarks, createBookmark(input, now())]));
    },

    remove(sessionId) {
      update((bookmarks) => bookmarks.filter((bookmark) => bookmark.sessionId !== sessionId));
    },

    toggle(input) {
      update((bookmarks) =>
        hasBookmark(bookmarks, input.id)
          ? bookmarks.filter((bookmark) => bookmark.sessionId !== input.id)
          : [...bookmarks, createBookmark(input, now())],
      );
    },

    importSessions(mode, edition, inputs) {
      const addedAt = now();
      const sharedIds = new Set(inputs.map((input) => input.id));

      update((bookmarks) => {
        const kept =
          mode === 'replace'
            ? bookmarks.filter((bookmark) => bookmark.edition !== edition || sharedIds.has(bookmark.sessionId))
            : bookmarks;

        const added = uniqueById(inputs).filter((input) => !hasBookmark(kept, input.id));
        return [...kept, ...added.map((input) => createBookmark(input, addedAt))];
      });
    },

    acknowledgeMemoryNotice() {
      if (state.memoryNoticePending) {
        setState({ ...state, memoryNoticePending: false });
      }
    },
  };
}

function readInitialState(storage: StorageLike | null, key: string): BookmarkState {
  const base: BookmarkState = {
    bookmarks: [],
    persistence: 'local-storage',
    memoryReason: null,
    memoryNoticePending: false,
    damage: null,
  };

  if (storage === null) {
    return { ...base, persistence: 'memory', memoryReason: 'unavailable', memoryNoticePending: true };
  }

  try {
    const stored = parseStoredBookmarks(storage.getItem(key));
    return { ...base, bookmarks: stored.bookmarks, damage: stored.damage };
  } catch {
    return { ...base, persistence: 'memory', memoryReason: 'read-failed', memoryNoticePending: true };
  }
}

/** Returns the key that keeps a copy of a damaged stored value before it is overwritten. */
export function damagedValueKey(key: string): string {
  return `${key}:damaged`;
}

/** Tells whether a damaged value contains entries that the rewritten value leaves out. */
function losesEntries(damage: StoredValueDamage | null): boolean {
  if (damage === null) return false;
  return damage.kind !== 'invalid-entries' || damage.discardedEntries > 0;
}

function uniqueById(inputs: readonly BookmarkInput[]): BookmarkInput[] {
  const byId = new Map<string, BookmarkInput>();
  for (const input of inputs) {
    if (!byId.has(input.id)) {
      byId.set(input.id, input);
    }
  }
  return [...byId.values()];
}

function hasBookmark(bookmarks: readonly Bookmark[], sessionId: string): boolean {
  return bookmarks.some((bookmark) => bookmark.sessionId === sessionId);
}

/**
 * Recognizes a full storage quota. Browsers throw a DOMException named
 * `QuotaExceededError` (code 22), and older Firefox versions used
 * `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
 */
function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof DOMException)) {
    return false;
  }
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}
