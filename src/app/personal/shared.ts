// Hooks and helpers that every personal-schedule component uses: the language,
// the conference's bookmark store, and the site's absolute address.

import { useEffect, useState } from 'react';

import { useClock, useConference } from '../data/agenda-context';
import type { BookmarkInput } from '../storage/bookmark.ts';
import { useBookmarks, type UseBookmarksResult } from '../storage/use-bookmarks.ts';
import { slugify } from '../../domain/text.ts';
import type { Edition, Room, Session } from '../../domain/types.ts';
import type { UiLanguage } from '../../domain/format.ts';
import { useLanguage } from '../i18n/index.ts';
import { personalMessages, type PersonalMessages } from './messages.ts';

/** Returns the interface language and its messages. */
export function usePersonalMessages(): { language: UiLanguage; messages: PersonalMessages } {
  const { language } = useLanguage();
  return { language, messages: personalMessages[language] };
}

/**
 * Returns the conference's slug for the bookmark storage key. A name with no
 * letters or digits left after slugifying falls back to `agenda`.
 */
export function conferenceSlugOf(conferenceName: string): string {
  // NOTE: the compiled conference has no id of its own, so renaming the conference
  // in the config moves bookmarks to a new key and the old ones stop showing.
  return slugify(conferenceName) || 'agenda';
}

/** Returns the bookmarks of the current conference and the actions that change them. */
export function usePersonalBookmarks(): UseBookmarksResult {
  return useBookmarks(conferenceSlugOf(useConference().name));
}

/** Returns the display name of a room id, the id itself when the edition lacks it, or null. */
export function roomNameOf(roomId: string | null, rooms: readonly Room[] | undefined): string | null {
  if (roomId === null) return null;
  return rooms?.find((room) => room.id === roomId)?.name ?? roomId;
}

/** Returns what a bookmark stores about a session, so it can be listed after the session is gone. */
export function toBookmarkInput(session: Session, rooms: readonly Room[] | undefined): BookmarkInput {
  return {
    id: session.id,
    edition: session.edition,
    title: session.title,
    start: session.start,
    end: session.end,
    timeZone: session.timeZone,
    roomName: roomNameOf(session.room, rooms),
  };
}

/**
 * Returns the site's absolute base URL, such as `https://agenda.example.org/`
 * or `https://example.org/agenda/`, from the page's origin and Vite's base.
 */
export function siteBaseUrl(): string {
  const base = import.meta.env.BASE_URL || '/';
  return new URL(base.endsWith('/') ? base : `${base}/`, window.location.origin).href;
}

/** Returns the absolute URL of a session's page, as the calendar files and links need it. */
export function absoluteSessionUrl(session: Pick<Session, 'edition' | 'slug'>): string {
  return new URL(`sessions/${encodeURIComponent(session.edition)}/${encodeURIComponent(session.slug)}/`, siteBaseUrl()).href;
}

/** Indexes an edition's sessions by id, for resolving bookmarks and share links. */
export function indexSessions(edition: Edition): Map<string, Session> {
  return new Map(edition.sessions.map((session) => [session.id, session]));
}

/**
 * Returns the clock's current time in milliseconds and renders again every
 * `intervalMilliseconds`, so "now" screens move on by themselves.
 */
export function useNow(intervalMilliseconds = 60_000): number {
  const clock = useClock();
  const [, setTick] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((tick) => tick + 1), intervalMilliseconds);
    return () => window.clearInterval(timer);
  }, [intervalMilliseconds]);

  return clock();
}
