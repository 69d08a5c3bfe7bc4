// Bookmarks as stored in localStorage: the format, a tolerant reader that keeps
// every usable entry of a damaged value, and the split between bookmarks whose
// session is still in the programme and those whose session is gone.

import { isValidTimeZone, parseInstant } from '../../domain/time.ts';
import type { Instant, Session, TimeZone } from '../../domain/types.ts';

/**
 * A bookmarked session. Besides the id, it keeps what the app needs to list the
 * bookmark after its session has left the programme (slug removed or renamed).
 */
export interface Bookmark {
  /** `<edition>/<slug>`, the same as `Session.id`. */
  sessionId: string;
  edition: string;
  title: string;
  start: Instant | null;
  end: Instant | null;
  timeZone: TimeZone | null;
  roomName: string | null;
  /** When the bookmark was added, or null when the stored value lost it. */
  addedAt: Instant | null;
}

/** The session fields that the app passes when it bookmarks a session. */
export type BookmarkInput = Pick<Session, 'id' | 'edition' | 'title' | 'start' | 'end' | 'timeZone'> & {
  roomName: string | null;
};

/** Damage found in a stored value: the ways it differed from the format. */
export interface StoredValueDamage {
  /** `invalid-json` and `not-an-array` mean that no entry could be read. */
  kind: 'invalid-json' | 'not-an-array' | 'invalid-entries';
  /** Entries left out: not an object, without a usable session id, or a repeated id. */
  discardedEntries: number;
  /** Entries kept with some fields replaced, for example a missing title by the slug. */
  repairedEntries: number;
}

export interface StoredBookmarks {
  bookmarks: Bookmark[];
  /** Null when the value was absent or entirely valid. */
  damage: StoredValueDamage | null;
}

export interface ProgrammeSplit {
  /** Bookmarks of the edition whose session is in the programme, with that session. */
  current: { bookmark: Bookmark; session: Session }[];
  /** Bookmarks of the edition whose session is no longer in the programme. */
  missing: Bookmark[];
}

// `<edition>/<slug>`: two non-empty parts without slashes or whitespace.
const SESSION_ID_PATTERN = /^([^/\s]+)\/([^/\s]+)$/;

// Longer strings cannot come from this app and would only bloat every later write.
const MAX_TEXT_LENGTH = 1_000;

/** Returns the localStorage key for one conference's bookmarks. The `v1` changes with the format. */
export function bookmarkStorageKey(conferenceSlug: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(conferenceSlug)) {
    throw new Error(`Invalid conference slug "${conferenceSlug}" for the bookmark storage key: expected lower-case letters, digits and hyphens, such as data-day.`);
  }
  return `agenda:v1:${conferenceSlug}:bookmarks`;
}

/** Creates the bookmark for a session, stamped with the time it was added. */
export function createBookmark(input: BookmarkInput, addedAt: Date): Bookmark {
  return {
    sessionId: input.id,
    edition: input.edition,
    title: input.title,
    start: input.start,
    end: input.end,
    timeZone: input.timeZone,
    roomName: input.roomName,
    addedAt: addedAt.toISOString(),
  };
}

/** Serializes bookmarks for storage, as a JSON array of bookmark objects. */
export function serializeBookmarks(bookmarks: readonly Bookmark[]): string {
  return JSON.stringify(bookmarks);
}

/**
 * Reads a stored value without throwing. Invalid JSON or a value that is not an
 * array gives no bookmarks. Otherwise every entry with a valid session id is
 * kept: other fields with the wrong type are replaced (the title by the slug,
 * times and names by null) and reported as repaired.
 */
export function parseStoredBookmarks(raw: string | null): StoredBookmarks {
  if (raw === null) {
    return { bookmarks: [], damage: null };
  }

  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { bookmarks: [], damage: { kind: 'invalid-json', discardedEntries: 0, repairedEntries: 0 } };
  }

  if (!Array.isArray(value)) {
    return { bookmarks: [], damage: { kind: 'not-an-array', discardedEntries: 0, repairedEntries: 0 } };
  }

  return readEntries(value);
}

/**
 * Splits the bookmarks of one edition into those whose session is in the
 * programme and those whose session is missing. Bookmarks of other editions are
 * in neither list. Nothing is dropped, so the app can list missing ones with a
 * remove button.
 */
export function splitBookmarksByProgramme(
  bookmarks: readonly Bookmark[],
  edition: string,
  sessions: readonly Session[],
): ProgrammeSplit {
  const sessionsById = new Map(sessions.map((session) => [session.id, session]));
  const split: ProgrammeSplit = { current: [], missing: [] };

  for (const bookmark of bookmarks) {
    if (bookmark.edition !== edition) {
      continue;
    }

    const session = sessionsById.get(bookmark.sessionId);
    if (session === undefined) {
      split.missing.push(bookmark);
    } else {
      split.current.push({ bookmark, session });
    }
  }

  return split;
}

function readEntries(entries: readonly unknown[]): StoredBookmarks {
  const bookmarks: Bookmark[] = [];
  const seen = new Set<string>();
  let discardedEntries = 0;
  let repairedEntries = 0;

  for (const entry of entries) {
    const result = readEntry(entry);
    if (result === null || seen.has(result.bookmark.sessionId)) {
      discardedEntries++;
      continue;
    }

    seen.add(result.bookmark.sessionId);
    bookmarks.push(result.bookmark);
    if (result.repaired) {
      repairedEntries++;
    }
  }

  const damaged = discardedEntries > 0 || repairedEntries > 0;
  return {
    bookmarks,
    damage: damaged ? { kind: 'invalid-entries', discardedEntries, repairedEntries } : null,
  };
}

function readEntry(entry: unknown): { bookmark: Bookmark; repaired: boolean } | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return null;
  }

  const fields = new Map(Object.entries(entry));
  const sessionId = fields.get('sessionId');
  const idParts = typeof sessionId === 'string' && sessionId.length <= MAX_TEXT_LENGTH ? SESSION_ID_PATTERN.exec(sessionId) : null;
  if (typeof sessionId !== 'string' || idParts === null) {
    return null;
  }

  // The id is the source of truth for the edition and the fallback title.
  const [, edition = '', slug = ''] = idParts;
  const bookmark: Bookmark = {
    sessionId,
    edition,
    title: readText(fields.get('title')) ?? slug,
    start: readInstant(fields.get('start')),
    end: readInstant(fields.get('end')),
    timeZone: readTimeZone(fields.get('timeZone')),
    roomName: readText(fields.get('roomName')),
    addedAt: readInstant(fields.get('addedAt')),
  };

  return { bookmark, repaired: !isIntact(fields, bookmark) };
}

/** Returns whether every field was stored as read, so that no replacement happened. */
function isIntact(fields: ReadonlyMap<string, unknown>, bookmark: Bookmark): boolean {
  return (
    fields.get('edition') === bookmark.edition &&
    fields.get('title') === bookmark.title &&
    fields.get('start') === bookmark.start &&
    fields.get('end') === bookmark.end &&
    fields.get('timeZone') === bookmark.timeZone &&
    fields.get('roomName') === bookmark.roomName &&
    fields.get('addedAt') === bookmark.addedAt
  );
}

function readText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT_LENGTH ? value : null;
}

function readInstant(value: unknown): Instant | null {
  return typeof value === 'string' && parseInstant(value) !== null ? value : null;
}

function readTimeZone(value: unknown): TimeZone | null {
  return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH && isValidTimeZone(value) ? value : null;
}
