// Server-rendered bodies of the static pages: enough to read a page without
// JavaScript, and an early largest contentful paint. The app replaces them when it
// starts. Every value from content goes through escapeHtml.

import { markdownToPlainText } from '../../domain/plain-text.ts';
import type { Edition, EditionSummary, PlenaryItem, Session, Speaker } from '../../domain/types.ts';
import { formatDayHeading, formatEditionDays, formatSessionWhen, formatTimeRange } from './format.ts';
import { escapeHtml } from './html.ts';
import { routes, type SiteLinks } from './site.ts';

/** Renders a session page's body: edition, title, time, room, speakers and the abstract. */
export function renderSessionBody(session: Session, edition: Edition, links: SiteLinks): string {
  const roomName = findRoomName(edition, session.room);
  const lines = [
    `<p><a href="${escapeHtml(links.href(routes.schedule(edition.id)))}">${escapeHtml(edition.title)}</a></p>`,
    `<h1>${escapeHtml(session.title)}</h1>`,
    `<p><time datetime="${escapeHtml(session.start)}">${escapeHtml(formatSessionWhen(session.start, session.end, session.timeZone))}</time></p>`,
  ];
  if (roomName !== null) lines.push(`<p>${escapeHtml(roomName)}</p>`);
  if (session.speakers.length > 0) lines.push(`<ul>${session.speakers.map((speaker) => speakerItem(speaker, links)).join('')}</ul>`);
  lines.push(...abstractParagraphs(session.body));

  return `<main><article>${lines.join('')}</article></main>`;
}

function speakerItem(speaker: Session['speakers'][number], links: SiteLinks): string {
  if (speaker.slug === null) return `<li>${escapeHtml(speaker.name)}</li>`;
  return `<li><a href="${escapeHtml(links.href(routes.speaker(speaker.slug)))}">${escapeHtml(speaker.name)}</a></li>`;
}

/** Splits Markdown at blank lines and returns each block as a plain-text paragraph. */
function abstractParagraphs(markdown: string): string[] {
  return markdown
    .split(/\r?\n\s*\r?\n/)
    .map((block) => markdownToPlainText(block))
    .filter((text) => text !== '')
    .map((text) => `<p>${escapeHtml(text)}</p>`);
}

/** Renders a speaker page's body: name, designation, biography and sessions. */
export function renderSpeakerBody(speaker: Speaker, links: SiteLinks): string {
  const lines = [`<h1>${escapeHtml(speaker.name)}</h1>`];
  if (speaker.designation.trim() !== '') lines.push(`<p>${escapeHtml(speaker.designation)}</p>`);
  lines.push(...abstractParagraphs(speaker.bio));

  if (speaker.sessions.length > 0) {
    const items = speaker.sessions.map(
      (session) =>
        `<li><a href="${escapeHtml(links.href(routes.session(session.edition, session.slug)))}">${escapeHtml(session.title)}</a> · <time datetime="${escapeHtml(session.start)}">${escapeHtml(formatSessionWhen(session.start, session.end, session.timeZone))}</time></li>`,
    );
    lines.push(`<h2>Sesiones</h2><ul>${items.join('')}</ul>`);
  }

  return `<main><article>${lines.join('')}</article></main>`;
}

/** Renders the speaker list: every speaker by name, with a link to their page. */
export function renderSpeakerListBody(speakers: readonly Speaker[], links: SiteLinks): string {
  const items = speakers.map((speaker) => {
    const designation = speaker.designation.trim() === '' ? '' : ` · ${escapeHtml(speaker.designation)}`;
    return `<li><a href="${escapeHtml(links.href(routes.speaker(speaker.slug)))}">${escapeHtml(speaker.name)}</a>${designation}</li>`;
  });

  return `<main><h1>Ponentes</h1><ul>${items.join('')}</ul></main>`;
}

/**
 * Renders an edition's schedule: one list per day of its sessions and plenary
 * items in start order. With `roomId`, lists only the sessions in that room.
 */
export function renderScheduleBody(edition: Edition, links: SiteLinks, heading: string = edition.title, roomId: string | null = null): string {
  const sessions = edition.sessions.filter((session) => !session.draft && (roomId === null || session.room === roomId));
  const plenaryItems = roomId === null ? edition.plenaryItems : [];
  const days = [...new Set([...sessions.map((session) => session.day), ...plenaryItems.map((item) => item.day)])].sort();

  const lines = [`<h1>${escapeHtml(heading)}</h1>`];
  const span = formatEditionDays(edition);
  if (span !== null && roomId !== null) lines.push(`<p>${escapeHtml(edition.title)} · ${escapeHtml(span)}</p>`);
  else if (span !== null) lines.push(`<p>${escapeHtml(span)}</p>`);

  if (days.length === 0) lines.push('<p>Aún no hay sesiones publicadas. <span lang="en">No sessions are published yet.</span></p>');
  for (const day of days) {
    const entries = [
      ...sessions.filter((session) => session.day === day).map((session) => sessionEntry(session, edition, links)),
      ...plenaryItems.filter((item) => item.day === day).map((item) => plenaryEntry(item, edition)),
    ];
    entries.sort((left, right) => Date.parse(left.start) - Date.parse(right.start));
    lines.push(`<h2>${escapeHtml(formatDayHeading(day))}</h2><ul>${entries.map((entry) => entry.html).join('')}</ul>`);
  }

  return `<main>${lines.join('')}</main>`;
}

interface ScheduleEntry {
  start: string;
  html: string;
}

function sessionEntry(session: Session, edition: Edition, links: SiteLinks): ScheduleEntry {
  const roomName = findRoomName(edition, session.room);
  const room = roomName === null ? '' : ` · ${escapeHtml(roomName)}`;
  const time = `<time datetime="${escapeHtml(session.start)}">${escapeHtml(formatTimeRange(session.start, session.end, session.timeZone))}</time>`;
  const title = `<a href="${escapeHtml(links.href(routes.session(session.edition, session.slug)))}">${escapeHtml(session.title)}</a>`;

  return { start: session.start, html: `<li>${time} ${title}${room}</li>` };
}

function plenaryEntry(item: PlenaryItem, edition: Edition): ScheduleEntry {
  const time = `<time datetime="${escapeHtml(item.start)}">${escapeHtml(formatTimeRange(item.start, item.end, edition.timeZone))}</time>`;
  return { start: item.start, html: `<li>${time} ${escapeHtml(item.title)}</li>` };
}

/** Returns a room's display name, or the id itself for a room that the edition does not list. */
export function findRoomName(edition: Edition, roomId: string | null): string | null {
  if (roomId === null) return null;
  return edition.rooms.find((room) => room.id === roomId)?.name ?? roomId;
}

/** Renders the body of a page whose content is stored on the device or depends on the clock. */
export function renderAppOnlyBody(heading: string, text: string, englishText: string, defaultEdition: EditionSummary | null, links: SiteLinks): string {
  const scheduleHref = defaultEdition === null ? links.href(routes.defaultSchedule()) : links.href(routes.schedule(defaultEdition.id));

  return `<main><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)} <span lang="en">${escapeHtml(englishText)}</span></p><p><a href="${escapeHtml(scheduleHref)}">Ver la agenda <span lang="en">· See the schedule</span></a></p></main>`;
}

/** Renders the body of 404.html, in Spanish with English beside it. */
export function renderNotFoundBody(links: SiteLinks): string {
  return [
    '<main>',
    '<h1>Esta dirección no existe <span lang="en">· This address does not exist</span></h1>',
    '<p>Puede que el enlace esté incompleto o que la página ya no esté aquí. <span lang="en">The link may be incomplete, or the page is no longer here.</span></p>',
    `<p><a href="${escapeHtml(links.href(routes.defaultSchedule()))}">Ir a la agenda <span lang="en">· Go to the schedule</span></a></p>`,
    '</main>',
  ].join('');
}
