// Shared logic of the live screens (`/now/` and the room screen): which edition
// is on, and the items of a room, including the activities for everyone.

import type { EditionSummary, Edition, Instant, LocalDate, Session, TimeZone } from '../../domain/types.ts';

/** A session or an activity for everyone (break, lunch), as the live screens list it. */
export interface LiveItem {
  id: string;
  title: string;
  start: Instant;
  end: Instant;
  day: LocalDate;
  timeZone: TimeZone;
  room: string | null;
  /** The session, or null for a plenary item such as a break. */
  session: Session | null;
}

/**
 * Picks the edition that a live screen shows at an instant: the one in progress,
 * else the next to start, else the latest. Returns null for a conference without
 * dated editions.
 */
export function pickLiveEdition(editions: readonly EditionSummary[], now: number): EditionSummary | null {
  const dated = editions.filter((edition) => edition.start !== null && edition.end !== null);

  const running = dated.find((edition) => Date.parse(edition.start!) <= now && now < Date.parse(edition.end!));
  if (running !== undefined) return running;

  const upcoming = dated
    .filter((edition) => Date.parse(edition.start!) > now)
    .sort((a, b) => Date.parse(a.start!) - Date.parse(b.start!));
  if (upcoming[0] !== undefined) return upcoming[0];

  return dated.at(-1) ?? null;
}

/** Returns the edition's published sessions and plenary items as live items. */
export function liveItemsOf(edition: Edition): LiveItem[] {
  const sessions: LiveItem[] = edition.sessions
    .filter((session) => !session.draft)
    .map((session) => ({
      id: session.id,
      title: session.title,
      start: session.start,
      end: session.end,
      day: session.day,
      timeZone: session.timeZone,
      room: session.plenary ? null : session.room,
      session,
    }));

  const plenaryItems: LiveItem[] = edition.plenaryItems.map((item) => ({
    id: item.id,
    title: item.title,
    start: item.start,
    end: item.end,
    day: item.day,
    timeZone: edition.timeZone,
    room: null,
    session: null,
  }));

  return [...sessions, ...plenaryItems];
}

/** Returns the items shown for a room: its own sessions and those for everyone (room null). */
export function itemsOfRoom(items: readonly LiveItem[], roomId: string): LiveItem[] {
  return items.filter((item) => item.room === roomId || item.room === null);
}
