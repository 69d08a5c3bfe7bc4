// iCalendar (RFC 5545) files and Google Calendar links for sessions.
//
// The serializer is written here instead of using ical-generator. Version 10.2.0 leaves the CRLF off the last line
// (`END:VCALENDAR`), although RFC 5545 section 3.1 ends every content line with
// CRLF. It also writes the calendar name into `NAME` and `X-WR-CALNAME` without
// escaping, so a name such as "Mi agenda; Data Day, 2024" comes out malformed.
// Both faults were checked by running it. Its ES module build is 36.8 KB, 9.1 KB gzip,
// for recurrence, alarms, attendees and time zones that this file does not need.
//
// Times are written in UTC (`DTSTART:20241105T202000Z`), which RFC 5545 allows
// without a VTIMEZONE. Calendar apps convert them to the viewer's zone.

import type { Edition, Room, Session } from './types.ts';
import { markdownToPlainText } from './plain-text.ts';
import { slugify } from './text.ts';
import { parseInstant } from './time.ts';

/** The media type for a downloaded `.ics` file. */
export const CALENDAR_MEDIA_TYPE = 'text/calendar;charset=utf-8';

const DEFAULT_PRODUCT_ID = '-//Agenda//Agenda conference schedule//ES';

// RFC 5545 section 3.1: content lines should not be longer than 75 octets,
// excluding the line break. A continuation line starts with one space, which counts.
const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';

export interface CalendarOptions {
  /** The calendar's display name, written as `X-WR-CALNAME` and `NAME`. */
  calendarName: string;
  /**
   * The right-hand side of every `UID`, such as the site's host name or the
   * conference slug. Keep it fixed: a calendar app matches a re-imported event to
   * the one it has by `UID`, so a new value would duplicate every event.
   */
  uidDomain: string;
  /** The rooms that session room ids refer to, for `LOCATION`. */
  rooms: readonly Room[];
  /** Returns the session page's absolute URL, for `URL` and the end of `DESCRIPTION`. */
  sessionUrl: (session: Session) => string;
  /**
   * The creation time written as `DTSTAMP`.
   * @default the current time
   */
  stamp?: Date;
  /**
   * Converts an abstract from Markdown to plain text.
   * @default markdownToPlainText
   */
  toPlainText?: (markdown: string) => string;
  /** @default '-//Agenda//Agenda conference schedule//ES' */
  productId?: string;
}

/** The site that publishes the calendar's sessions, with the same values in the build and the browser. */
export interface SiteCalendarOptions {
  /** The site's absolute base URL, such as `https://agenda.example.org/`. */
  siteUrl: string;
  /** The conference's name, used in the calendar's display name and the `UID` domain. */
  conferenceName: string;
  /** @default the current time */
  stamp?: Date;
}

export interface GoogleCalendarOptions {
  /** The room's display name, or null when the session names no room. */
  roomName: string | null;
  /** The session page's absolute URL, added to the event's details. */
  sessionUrl: string;
}

/**
 * Serializes sessions as one iCalendar file: one session (pass a list of one),
 * the personal schedule, or the schedule as currently filtered. Events are
 * written in start order, and a session listed twice is written once.
 *
 * @throws Error naming the session, field and value when a session cannot be written.
 */
export function createCalendar(sessions: readonly Session[], options: CalendarOptions): string {
  validateCalendarOptions(options);

  const roomNames = new Map(options.rooms.map((room) => [room.id, room.name]));
  const stamp = formatUtcDateTime(options.stamp ?? new Date());
  const toPlainText = options.toPlainText ?? markdownToPlainText;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];

  for (const session of uniqueSessionsInStartOrder(sessions)) {
    const url = validateUrl(session, options.sessionUrl(session));
    const event = createEventLines(session, {
      stamp,
      uidDomain: options.uidDomain,
      location: session.room === null ? null : (roomNames.get(session.room) ?? session.room),
      url,
      description: describeSession(session, toPlainText, url),
    });
    lines.push(...event);
  }

  lines.push('END:VCALENDAR');

  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Serializes every published session of an edition, as the build writes it to
 * `/calendar/<edition>.ics`. Sessions marked `draft` are left out.
 *
 * @throws Error when `siteUrl` is not an absolute http(s) URL, or a session cannot be written.
 */
export function createEditionCalendar(edition: Edition, options: SiteCalendarOptions): string {
  const published = edition.sessions.filter((session) => !session.draft);

  // NOTE: plenary items (welcome, breaks, lunch) are not sessions and are left out.
  return createSiteCalendar(published, edition.rooms, {
    ...options,
    calendarName: editionCalendarName(edition.title, options.conferenceName),
  });
}

/**
 * Returns the right-hand side of every session's `UID`. It comes from the
 * conference name rather than the site's host, so that a calendar made in the
 * browser and the build's edition file update the same events, wherever the site
 * is served. Renaming the conference changes it.
 */
export function calendarUidDomain(conferenceName: string): string {
  return `${slugify(conferenceName) || 'conference'}.agenda`;
}

/**
 * Serializes sessions of the site with the same `UID`s and page URLs as the
 * edition calendar, so importing one session after the whole edition updates
 * the event instead of adding a copy.
 */
export function createSiteCalendar(
  sessions: readonly Session[],
  rooms: readonly Room[],
  options: SiteCalendarOptions & { calendarName: string },
): string {
  const siteUrl = parseSiteUrl(options.siteUrl);

  return createCalendar(sessions, {
    calendarName: options.calendarName,
    uidDomain: calendarUidDomain(options.conferenceName),
    rooms,
    sessionUrl: (session) => sessionPageUrl(siteUrl.href, session),
    stamp: options.stamp,
  });
}

/** Returns the absolute URL of a session's page, `<site>/sessions/<edition>/<slug>/`. */
export function sessionPageUrl(siteUrl: string, session: Pick<Session, 'edition' | 'slug'>): string {
  const path = `sessions/${encodeURIComponent(session.edition)}/${encodeURIComponent(session.slug)}/`;
  return new URL(path, parseSiteUrl(siteUrl)).href;
}

/** Returns the edition's calendar name, prefixed with the conference name unless the title has it. */
export function editionCalendarName(editionTitle: string, conferenceName: string): string {
  const title = editionTitle.trim();
  if (title === '') return conferenceName;

  return title.toLowerCase().includes(conferenceName.trim().toLowerCase()) ? title : `${conferenceName} ${title}`;
}

function parseSiteUrl(siteUrl: string): URL {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`Invalid siteUrl "${siteUrl}": pass the site's absolute address, such as https://agenda.example.org/.`);
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Invalid siteUrl "${siteUrl}": expected an http or https address, such as https://agenda.example.org/.`);
  }

  // Without a trailing slash, resolving a page path would replace the last segment.
  if (!url.pathname.endsWith('/')) {
    url.pathname += '/';
  }
  url.search = '';
  url.hash = '';

  return url;
}

/**
 * Builds a Google Calendar "add event" link with the session's UTC times, its
 * title, room and a description of its summary and page URL.
 */
export function createGoogleCalendarUrl(session: Session, options: GoogleCalendarOptions): string {
  const { start, end } = parseSessionTimes(session);

  // The summary, not the whole abstract, keeps the link short enough for every browser.
  const details = [session.summary.trim(), options.sessionUrl].filter((part) => part !== '').join('\n\n');

  const parameters = [
    'action=TEMPLATE',
    `text=${encodeURIComponent(session.title)}`,
    // The slash between the two times is the format Google documents, so it stays unencoded.
    `dates=${formatUtcDateTime(start)}/${formatUtcDateTime(end)}`,
    `details=${encodeURIComponent(details)}`,
  ];
  if (options.roomName !== null) {
    parameters.push(`location=${encodeURIComponent(options.roomName)}`);
  }

  return `https://calendar.google.com/calendar/render?${parameters.join('&')}`;
}

/**
 * Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma
 * get a backslash, and every line break becomes `\n`. Control characters other
 * than tab are removed because the grammar does not allow them in a value.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8
 * (RFC 5545 section 3.1). Breaks fall between code points, never inside one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let partOctets = 0;

  for (const character of line) {
    const octets = utf8Length(character);

    // Each continuation line starts with a space, which takes one of its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (partOctets + octets > limit) {
      parts.push(part);
      part = '';
      partOctets = 0;
    }

    part += character;
    partOctets += octets;
  }
  parts.push(part);

  return parts.join(`${CRLF} `);
}

/** Formats an instant as an iCalendar UTC date-time, such as `20241105T202000Z`. */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

interface EventFields {
  stamp: string;
  uidDomain: string;
  location: string | null;
  url: string;
  description: string;
}

function createEventLines(session: Session, fields: EventFields): string[] {
  const { start, end } = parseSessionTimes(session);

  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${session.id}@${fields.uidDomain}`)}`,
    `DTSTAMP:${fields.stamp}`,
    `DTSTART:${formatUtcDateTime(start)}`,
    `DTEND:${formatUtcDateTime(end)}`,
    `SUMMARY:${escapeText(session.title)}`,
  ];
  if (fields.location !== null) {
    lines.push(`LOCATION:${escapeText(fields.location)}`);
  }
  lines.push(`URL:${fields.url}`);
  if (fields.description !== '') {
    lines.push(`DESCRIPTION:${escapeText(fields.description)}`);
  }
  lines.push('END:VEVENT');

  return lines;
}

function describeSession(session: Session, toPlainText: (markdown: string) => string, url: string): string {
  const speakers = session.speakers.map((speaker) => speaker.name).join(', ');
  const abstract = toPlainText(session.body).trim() || session.summary.trim();

  return [speakers, abstract, url].filter((part) => part !== '').join('\n\n');
}

function parseSessionTimes(session: Session): { start: Date; end: Date } {
  const start = parseInstant(session.start);
  if (start === null) {
    throw new Error(`Cannot write session "${session.id}" to a calendar: start "${session.start}" is not an ISO 8601 instant such as 2024-11-05T18:00:00Z. Check time_start in its file and rebuild.`);
  }

  const end = parseInstant(session.end);
  if (end === null) {
    throw new Error(`Cannot write session "${session.id}" to a calendar: end "${session.end}" is not an ISO 8601 instant such as 2024-11-05T19:00:00Z. Check time_end in its file and rebuild.`);
  }

  if (end.getTime() < start.getTime()) {
    throw new Error(`Cannot write session "${session.id}" to a calendar: end ${session.end} is before start ${session.start}. Fix time_end in its file and rebuild.`);
  }

  return { start, end };
}

function validateUrl(session: Session, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Cannot write session "${session.id}" to a calendar: its page URL "${url}" is not absolute. Pass a sessionUrl function that returns https://host/path.`);
  }

  // URL values are not escaped in iCalendar, so the serialized form must have no line breaks, which `href` guarantees.
  return parsed.href;
}

function validateCalendarOptions(options: CalendarOptions): void {
  if (options.calendarName.trim() === '') {
    throw new Error('Cannot write a calendar without a name: pass a non-empty calendarName, such as the edition title.');
  }

  if (!/^[^\s@]+$/.test(options.uidDomain)) {
    throw new Error(`Invalid uidDomain "${options.uidDomain}": pass a host name or conference slug without spaces or "@", such as agenda.example.org.`);
  }
}

function uniqueSessionsInStartOrder(sessions: readonly Session[]): Session[] {
  const byId = new Map<string, Session>();
  for (const session of sessions) {
    if (!byId.has(session.id)) {
      byId.set(session.id, session);
    }
  }

  // Compared as parsed times, because equal instants can be written with or without milliseconds.
  const timed = [...byId.values()].map((session) => ({ session, start: parseSessionTimes(session).start.getTime() }));
  timed.sort((a, b) => a.start - b.start || a.session.id.localeCompare(b.session.id));

  return timed.map((entry) => entry.session);
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) {
    return 1;
  }
  if (codePoint < 0x800) {
    return 2;
  }
  return codePoint < 0x10000 ? 3 : 4;
}
