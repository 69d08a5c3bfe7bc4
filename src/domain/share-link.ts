// Share links for a personal schedule, and the preview of importing one.
//
// Format: `<site base>/my-schedule/import/?e=<edition>&s=<token>.<token>...`
//
// Each session of the edition is written as a token. The usual token is a short
// hash of the session's slug: 5 characters of Crockford's base32 alphabet
// (25 bits). Ten sessions then take 59 characters instead of the roughly 400
// that their slugs would, and the link stays a small QR code. A slug is written in full,
// prefixed with `_`, when its hash is not unique among the edition's sessions at
// the time the link is made, or when the session is not in the programme.
//
// Collisions: with 100 sessions in an edition, the chance that any two share a
// hash is about 1.5 in 10,000 (the birthday bound, 100² / 2 / 2²⁵). The builder
// sees every slug of the edition and writes full slugs for colliding ones. A
// session added after the link was made can still collide with a hash in it.
// Resolution then matches two sessions, and the token is reported as ambiguous
// with both candidates instead of guessing one.

/** The import page's path, relative to the site's base URL. */
export const SHARE_IMPORT_PATH = 'my-schedule/import/';

const EDITION_PARAMETER = 'e';
const SESSIONS_PARAMETER = 's';
const TOKEN_SEPARATOR = '.';
const SLUG_TOKEN_PREFIX = '_';

// Crockford's base32 alphabet leaves out i, l, o and u, so a token read aloud or
// typed by hand is not misread.
const HASH_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const HASH_LENGTH = 5;
const HASH_BITS = 25;
const HASH_TOKEN_PATTERN = /^[0-9a-hjkmnp-tv-z]{5}$/;

// Characters that a slug token carries unencoded. Anything else is percent-encoded.
const PLAIN_SLUG_PATTERN = /^[a-z0-9_-]+$/;

export type ShareToken =
  | { kind: 'hash'; value: string }
  | { kind: 'slug'; value: string }
  /** Text in the link that is neither a hash nor a slug token, such as a truncated hash. */
  | { kind: 'invalid'; value: string };

export interface ParsedShareLink {
  /** The edition id, or null when the link has none. */
  edition: string | null;
  /** The session tokens in link order, without duplicates. */
  tokens: ShareToken[];
}

export interface UnresolvedToken {
  /** The token as written in the link. */
  token: string;
  reason: 'not-found' | 'ambiguous' | 'invalid';
  /** For an ambiguous hash, the ids of the sessions that it matches. */
  candidates: string[];
}

export interface ShareResolution {
  edition: string;
  /** Ids (`<edition>/<slug>`) of the sessions found, in link order. */
  sessionIds: string[];
  /** Tokens that match no single session of the edition. They are listed, not dropped. */
  unresolved: UnresolvedToken[];
}

export interface ImportPreview {
  /** Shared sessions that are not bookmarked yet. */
  added: string[];
  /** Shared sessions that are bookmarked already. */
  alreadyBookmarked: string[];
  /** Tokens of the link that match no session of the programme. */
  unknown: UnresolvedToken[];
  /** Bookmarks of this edition that "replace" removes because the link lacks them. */
  removedByReplace: string[];
  /** Every bookmark id after "merge": the current ones, then the added ones. */
  merged: string[];
  /** Every bookmark id after "replace": bookmarks of other editions, then the shared sessions. */
  replaced: string[];
}

export interface ShareLinkInput {
  /** The site's absolute base URL, such as `https://agenda.example.org/` or `https://example.org/agenda/`. */
  baseUrl: string;
  edition: string;
  /** Ids of the sessions to share, all of `edition`. */
  sessionIds: readonly string[];
  /** Ids of every session of the edition's programme, to detect hash collisions. */
  editionSessionIds: readonly string[];
}

/**
 * Builds the share link for sessions of one edition.
 *
 * @throws Error for a relative base URL or a session id of another edition.
 */
export function createShareLink(input: ShareLinkInput): string {
  const base = parseBaseUrl(input.baseUrl);
  const slugs = unique(input.sessionIds.map((id) => slugOf(id, input.edition)));
  const editionSlugs = input.editionSessionIds.map((id) => slugOf(id, input.edition));

  const slugsByHash = groupByHash(editionSlugs);
  const tokens = slugs.map((slug) => {
    const hash = hashSlug(slug);
    const isUniqueInProgramme = slugsByHash.get(hash)?.length === 1 && editionSlugs.includes(slug);

    return isUniqueInProgramme ? hash : SLUG_TOKEN_PREFIX + encodeSlug(slug);
  });

  const url = new URL(SHARE_IMPORT_PATH, base);
  url.searchParams.set(EDITION_PARAMETER, input.edition);
  url.searchParams.set(SESSIONS_PARAMETER, tokens.join(TOKEN_SEPARATOR));

  return url.href;
}

/**
 * Reads a share link back, tolerating damage: a missing edition gives null,
 * upper case from a chat app is lowered, commas and spaces count as separators,
 * and text that is no token is kept as an `invalid` token.
 */
export function parseShareLink(link: string | URL): ParsedShareLink {
  // Any base works because only the query is read. The `.invalid` domain is reserved.
  const url = new URL(link, 'https://agenda.invalid/');

  const edition = url.searchParams.get(EDITION_PARAMETER)?.trim() || null;
  const sessions = url.searchParams.get(SESSIONS_PARAMETER) ?? '';

  const tokens: ShareToken[] = [];
  const seen = new Set<string>();
  for (const raw of sessions.split(/[.,\s]+/)) {
    const token = parseToken(raw);
    const key = token === null ? '' : `${token.kind}:${token.value}`;
    if (token === null || seen.has(key)) {
      continue;
    }

    seen.add(key);
    tokens.push(token);
  }

  return { edition, tokens };
}

/**
 * Matches the link's tokens to the sessions of the edition's current programme.
 * Tokens that match nothing, or more than one session, are returned as unresolved.
 */
export function resolveShareLink(
  parsed: ParsedShareLink & { edition: string },
  editionSessionIds: readonly string[],
): ShareResolution {
  const edition = parsed.edition;
  const slugs = editionSessionIds.map((id) => slugOf(id, edition));
  const slugsByHash = groupByHash(slugs);

  const sessionIds: string[] = [];
  const unresolved: UnresolvedToken[] = [];

  for (const token of parsed.tokens) {
    const written = tokenText(token);
    const matches = findMatchingSlugs(token, slugs, slugsByHash);

    if (token.kind === 'invalid') {
      unresolved.push({ token: written, reason: 'invalid', candidates: [] });
    } else if (matches.length === 0) {
      unresolved.push({ token: written, reason: 'not-found', candidates: [] });
    } else if (matches.length > 1) {
      unresolved.push({ token: written, reason: 'ambiguous', candidates: matches.map((slug) => `${edition}/${slug}`) });
    } else {
      const id = `${edition}/${matches[0]}`;
      if (!sessionIds.includes(id)) {
        sessionIds.push(id);
      }
    }
  }

  return { edition, sessionIds, unresolved };
}

/**
 * Compares the shared sessions with the current bookmarks (ids of every edition)
 * and returns what "merge" and "replace" would each leave. "Replace" only
 * replaces the bookmarks of the shared edition.
 */
export function previewImport(currentIds: readonly string[], resolution: ShareResolution): ImportPreview {
  const current = new Set(currentIds);
  const shared = new Set(resolution.sessionIds);
  const editionPrefix = `${resolution.edition}/`;

  const added = resolution.sessionIds.filter((id) => !current.has(id));
  const alreadyBookmarked = resolution.sessionIds.filter((id) => current.has(id));
  const removedByReplace = currentIds.filter((id) => id.startsWith(editionPrefix) && !shared.has(id));
  const otherEditions = currentIds.filter((id) => !id.startsWith(editionPrefix));

  return {
    added,
    alreadyBookmarked,
    unknown: resolution.unresolved,
    removedByReplace,
    merged: [...currentIds, ...added],
    replaced: [...otherEditions, ...resolution.sessionIds],
  };
}

/**
 * Returns the 5-character token for a slug: FNV-1a (32 bit) of its UTF-8 bytes,
 * folded to 25 bits and written in Crockford's base32. Changing this function
 * breaks every link already shared.
 */
export function hashSlug(slug: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(slug)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }

  // Fold the 7 bits above the 25 kept ones back in, so every input bit counts.
  let folded = (hash ^ (hash >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);

  let token = '';
  for (let i = 0; i < HASH_LENGTH; i++) {
    token = HASH_ALPHABET[folded & 31] + token;
    folded >>>= 5;
  }

  return token;
}

function parseToken(raw: string): ShareToken | null {
  const text = raw.trim();
  if (text === '') {
    return null;
  }

  if (text.startsWith(SLUG_TOKEN_PREFIX)) {
    const slug = decodeSlug(text.slice(SLUG_TOKEN_PREFIX.length));
    return slug === null || slug === '' ? { kind: 'invalid', value: text } : { kind: 'slug', value: slug };
  }

  const lowered = text.toLowerCase();
  return HASH_TOKEN_PATTERN.test(lowered) ? { kind: 'hash', value: lowered } : { kind: 'invalid', value: text };
}

function findMatchingSlugs(
  token: ShareToken,
  slugs: readonly string[],
  slugsByHash: ReadonlyMap<string, string[]>,
): string[] {
  if (token.kind === 'slug') {
    return slugs.includes(token.value) ? [token.value] : [];
  }
  if (token.kind === 'hash') {
    return slugsByHash.get(token.value) ?? [];
  }
  return [];
}

function tokenText(token: ShareToken): string {
  return token.kind === 'slug' ? SLUG_TOKEN_PREFIX + token.value : token.value;
}

function groupByHash(slugs: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const slug of unique(slugs)) {
    const hash = hashSlug(slug);
    groups.set(hash, [...(groups.get(hash) ?? []), slug]);
  }
  return groups;
}

function slugOf(sessionId: string, edition: string): string {
  const prefix = `${edition}/`;
  if (!sessionId.startsWith(prefix) || sessionId.length === prefix.length) {
    throw new Error(`Session id "${sessionId}" is not of edition "${edition}": a share link carries one edition, so pass only ids that start with "${prefix}".`);
  }
  return sessionId.slice(prefix.length);
}

function encodeSlug(slug: string): string {
  // encodeURIComponent leaves "." alone, but "." separates tokens.
  return PLAIN_SLUG_PATTERN.test(slug) ? slug : encodeURIComponent(slug).replace(/\./g, '%2E');
}

function decodeSlug(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function parseBaseUrl(baseUrl: string): URL {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new Error(`Invalid base URL "${baseUrl}": pass the site's absolute address, such as https://agenda.example.org/.`);
  }

  // Without a trailing slash, URL resolution would replace the last path segment.
  if (!base.pathname.endsWith('/')) {
    base.pathname += '/';
  }
  base.search = '';
  base.hash = '';

  return base;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
