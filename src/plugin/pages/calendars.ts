// The edition calendars that the build publishes at `calendar/<edition>.ics`.

import { createEditionCalendar, foldLine } from '../../domain/calendar.ts';
import { slugify } from '../../domain/text.ts';
import type { Conference, Edition } from '../../domain/types.ts';
import { routes, type SiteLinks } from './site.ts';

export interface CalendarFile {
  /** The output file, relative to the output folder, such as `calendar/2024mty.ics`. */
  fileName: string;
  source: string;
}

/**
 * Writes one iCalendar file per edition. Events link to their session pages when
 * a site URL is configured, and carry no link otherwise, because a site path means
 * nothing inside a calendar app.
 */
export function createCalendarFiles(conference: Conference, editions: readonly Edition[], links: SiteLinks, stamp: Date): CalendarFile[] {
  const placeholder = placeholderSiteUrl(conference);
  const siteUrl = links.siteUrl?.href ?? placeholder;

  return editions.map((edition) => {
    const calendar = createEditionCalendar(edition, { siteUrl, conferenceName: conference.name, stamp });

    return {
      fileName: decodeURIComponent(routes.calendar(edition.id)),
      source: links.siteUrl === null ? removePlaceholderUrls(calendar, placeholder) : calendar,
    };
  });
}

/**
 * Returns the site URL that calendars get when none is configured, because the
 * calendar writer requires one. Its host is under `.invalid`, a top-level domain
 * that never resolves (RFC 2606), and its URLs are removed from the output.
 */
export function placeholderSiteUrl(conference: Conference): string {
  return `https://${slugify(conference.name) || 'agenda'}.invalid/`;
}

/**
 * Removes the placeholder's links from a calendar: each event's `URL` line and
 * the page URL at the end of its `DESCRIPTION`, which the calendar writer appends
 * after a blank line.
 *
 * @throws Error when a link to the placeholder remains, so that none reaches attendees.
 */
export function removePlaceholderUrls(calendar: string, placeholder: string): string {
  // RFC 5545 section 3.1: unfold by removing each CRLF that a space follows.
  const lines = calendar.replace(/\r\n /g, '').split('\r\n');
  const trailingUrl = new RegExp(`(?:\\\\n\\\\n)?${escapeRegExp(placeholder)}\\S*$`);

  const keptLines: string[] = [];
  for (const line of lines) {
    if (line.startsWith(`URL:${placeholder}`)) continue;

    if (line.startsWith('DESCRIPTION:')) {
      const description = line.replace(trailingUrl, '');
      if (description !== 'DESCRIPTION:') keptLines.push(description);
      continue;
    }

    keptLines.push(line);
  }

  const result = keptLines.map((line) => foldLine(line)).join('\r\n');
  const remaining = result.replace(/\r\n /g, '').split('\r\n').find((line) => line.includes(placeholder));
  if (remaining !== undefined) {
    throw new Error(`A calendar line still links to the placeholder ${placeholder} after its links were removed: "${remaining}". Set AGENDA_SITE_URL to the site's address, such as https://agenda.example.org/, and build again.`);
  }

  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
