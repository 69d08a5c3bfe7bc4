import { describe, expect, it, vi } from 'vitest';

import {
  bookmarkStorageKey,
  parseStoredBookmarks,
  serializeBookmarks,
  splitBookmarksByProgramme,
  type BookmarkInput,
} from '../../../src/app/storage/bookmark';
import { createBookmarkStore, damagedValueKey, type StorageLike } from '../../../src/app/storage/bookmark-store';
import { makeSession } from '../support/agenda-factory';

const KEY = 'agenda:v1:data-day:bookmarks';
const NOW = () => new Date('2024-11-01T10:00:00Z');

function input(slug: string, edition = '2024mty'): BookmarkInput {
  return {
    id: `${edition}/${slug}`,
    edition,
    title: `Charla ${slug}`,
    start: '2024-11-05T18:00:00Z',
    end: '2024-11-05T18:40:00Z',
    timeZone: 'America/Monterrey',
    roomName: 'Sala 1',
  };
}

/** A Storage over a Map, with switches to make reads or writes throw. */
class FakeStorage implements StorageLike {
  readonly values = new Map<string, string>();
  readError: Error | null = null;
  writeError: Error | null = null;

  getItem(key: string): string | null {
    if (this.readError !== null) throw this.readError;
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.writeError !== null) throw this.writeError;
    this.values.set(key, value);
  }
}

function storedIds(storage: FakeStorage): string[] {
  return (JSON.parse(storage.values.get(KEY)!) as { sessionId: string }[]).map((entry) => entry.sessionId);
}

describe('bookmarkStorageKey', () => {
  it('is versioned per conference', () => {
    expect(bookmarkStorageKey('data-day')).toBe(KEY);
  });

  it('rejects an unusable slug', () => {
    expect(() => bookmarkStorageKey('Data Day')).toThrow(/Invalid conference slug "Data Day"/);
  });
});

describe('parseStoredBookmarks', () => {
  it('reads damaged JSON as no bookmarks, without throwing', () => {
    expect(parseStoredBookmarks('[{"sessionId": "2024mty/a"')).toEqual({
      bookmarks: [],
      damage: { kind: 'invalid-json', discardedEntries: 0, repairedEntries: 0 },
    });
  });

  it('reads a value of the wrong type as no bookmarks', () => {
    expect(parseStoredBookmarks('{"sessionId": "2024mty/a"}').damage?.kind).toBe('not-an-array');
    expect(parseStoredBookmarks('42').damage?.kind).toBe('not-an-array');
  });

  it('keeps every valid entry of a mixed array', () => {
    const raw = JSON.stringify([
      { sessionId: '2024mty/a', edition: '2024mty', title: 'A', start: '2024-11-05T18:00:00Z', end: '2024-11-05T18:40:00Z', timeZone: 'America/Monterrey', roomName: 'Sala 1', addedAt: '2024-11-01T10:00:00Z' },
      null,
      'texto',
      { sessionId: 7 },
      { sessionId: 'sin-edicion' },
      { sessionId: '2024mty/b', title: 12, start: 'mañana', timeZone: 'Luna/Base' },
      { sessionId: '2024mty/a', title: 'repetida' },
    ]);
    const result = parseStoredBookmarks(raw);

    expect(result.bookmarks.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/a', '2024mty/b']);
    expect(result.bookmarks[1]).toMatchObject({ edition: '2024mty', title: 'b', start: null, timeZone: null });
    expect(result.damage).toEqual({ kind: 'invalid-entries', discardedEntries: 5, repairedEntries: 1 });
  });

  it('reports no damage for an intact value', () => {
    const raw = serializeBookmarks([{ sessionId: '2024mty/a', edition: '2024mty', title: 'A', start: null, end: null, timeZone: null, roomName: null, addedAt: null }]);

    expect(parseStoredBookmarks(raw).damage).toBeNull();
  });
});

describe('createBookmarkStore', () => {
  it('persists a toggle and reads it back', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });

    store.toggle(input('a'));
    store.toggle(input('b'));
    store.toggle(input('a'));

    expect(storedIds(storage)).toEqual(['2024mty/b']);
    expect(createBookmarkStore({ conferenceSlug: 'data-day', storage }).getState().bookmarks.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/b']);
  });

  it('keeps bookmarks of several editions', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });

    store.add(input('a', '2023mx'));
    store.add(input('b', '2024mty'));

    expect(storedIds(storage)).toEqual(['2023mx/a', '2024mty/b']);
  });

  it('rewrites a damaged value keeping the valid entries', () => {
    const storage = new FakeStorage();
    storage.values.set(KEY, JSON.stringify([{ sessionId: '2024mty/a', title: 'A' }, { nope: true }]));
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });

    expect(store.getState().damage).toEqual({ kind: 'invalid-entries', discardedEntries: 1, repairedEntries: 1 });

    store.add(input('b'));
    expect(storedIds(storage)).toEqual(['2024mty/a', '2024mty/b']);
    expect(storage.values.get(damagedValueKey(KEY))).toBe(JSON.stringify([{ sessionId: '2024mty/a', title: 'A' }, { nope: true }]));
    expect(store.getState().persistence).toBe('local-storage');
  });

  it('keeps a copy of unreadable JSON', () => {
    const storage = new FakeStorage();
    storage.values.set(KEY, '[{"sessionId": "2024mty/a"');
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });

    store.add(input('b'));

    expect(storage.values.get(damagedValueKey(KEY))).toBe('[{"sessionId": "2024mty/a"');
    expect(storedIds(storage)).toEqual(['2024mty/b']);
  });

  it('copies no value that lost nothing', () => {
    const storage = new FakeStorage();
    storage.values.set(KEY, JSON.stringify([{ sessionId: '2024mty/a' }]));
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });

    store.add(input('b'));

    expect(storage.values.has(damagedValueKey(KEY))).toBe(false);
  });

  it('works in memory where storage is unavailable', () => {
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage: null, now: NOW });
    store.add(input('a'));

    expect(store.getState()).toMatchObject({ persistence: 'memory', memoryReason: 'unavailable', memoryNoticePending: true });
    expect(store.getState().bookmarks.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/a']);
  });

  it('falls back to memory when reading throws', () => {
    const storage = new FakeStorage();
    storage.readError = new DOMException('The operation is insecure.', 'SecurityError');
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });

    store.add(input('a'));

    expect(store.getState()).toMatchObject({ persistence: 'memory', memoryReason: 'read-failed' });
    expect(store.getState().bookmarks).toHaveLength(1);
  });

  it('falls back to memory when writing throws', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });
    storage.writeError = new Error('disk I/O error');

    store.add(input('a'));

    expect(store.getState()).toMatchObject({ persistence: 'memory', memoryReason: 'write-failed', memoryNoticePending: true });
    expect(store.getState().bookmarks.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/a']);
  });

  it('keeps the bookmark when the quota is exceeded', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });
    store.add(input('a'));
    storage.writeError = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    store.add(input('b'));
    store.add(input('c'));

    expect(store.getState()).toMatchObject({ persistence: 'memory', memoryReason: 'quota-exceeded' });
    expect(store.getState().bookmarks.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/a', '2024mty/b', '2024mty/c']);
    expect(storedIds(storage)).toEqual(['2024mty/a']);
  });

  it('asks for the memory notice once', () => {
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage: null, now: NOW });
    store.acknowledgeMemoryNotice();
    store.add(input('a'));

    expect(store.getState().memoryNoticePending).toBe(false);
  });

  it('shows a change made in another tab', () => {
    const storage = new FakeStorage();
    const events = new EventTarget() as unknown as Window;
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, events, now: NOW });
    const listener = vi.fn();
    store.subscribe(listener);

    // The other tab writes to the shared storage, then the browser fires `storage` here.
    storage.values.set(KEY, serializeBookmarks([{ sessionId: '2024mty/z', edition: '2024mty', title: 'Z', start: null, end: null, timeZone: null, roomName: null, addedAt: null }]));
    events.dispatchEvent(new StorageEvent('storage', { key: KEY }));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().bookmarks.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/z']);
  });

  it('ignores storage events of other keys', () => {
    const storage = new FakeStorage();
    const events = new EventTarget() as unknown as Window;
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, events, now: NOW });
    const listener = vi.fn();
    store.subscribe(listener);

    events.dispatchEvent(new StorageEvent('storage', { key: 'agenda:language' }));

    expect(listener).not.toHaveBeenCalled();
  });

  it('does not overwrite another tab’s change on the next write', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });
    store.add(input('a'));

    // Another tab adds a session, and this tab has not received the event yet.
    const other = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });
    other.add(input('b'));
    store.add(input('c'));

    expect(storedIds(storage)).toEqual(['2024mty/a', '2024mty/b', '2024mty/c']);
  });

  it('merges or replaces imported sessions of one edition', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });
    store.add(input('viejo', '2023mx'));
    store.add(input('a'));
    store.add(input('b'));

    store.importSessions('merge', '2024mty', [input('b'), input('c')]);
    expect(storedIds(storage)).toEqual(['2023mx/viejo', '2024mty/a', '2024mty/b', '2024mty/c']);

    store.importSessions('replace', '2024mty', [input('c'), input('d')]);
    expect(storedIds(storage)).toEqual(['2023mx/viejo', '2024mty/c', '2024mty/d']);
  });
});

describe('splitBookmarksByProgramme', () => {
  it('keeps a bookmark whose session was removed', () => {
    const storage = new FakeStorage();
    const store = createBookmarkStore({ conferenceSlug: 'data-day', storage, now: NOW });
    store.add(input('sigue'));
    store.add(input('renombrada'));
    store.add(input('otra', '2023mx'));

    const programme = [makeSession({ title: 'Sigue', slug: 'sigue', edition: '2024mty', day: '2024-11-05', from: '12:00', to: '12:40' })];
    const split = splitBookmarksByProgramme(store.getState().bookmarks, '2024mty', programme);

    expect(split.current.map((entry) => entry.session.id)).toEqual(['2024mty/sigue']);
    expect(split.missing.map((bookmark) => bookmark.sessionId)).toEqual(['2024mty/renombrada']);
    expect(split.missing[0]!.title).toBe('Charla renombrada');
  });
});
