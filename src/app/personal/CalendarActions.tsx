import { useState } from 'react';

import { createGoogleCalendarUrl, createSiteCalendar, editionCalendarName } from '../../domain/calendar.ts';
import type { Edition, Room, Session } from '../../domain/types.ts';
import { useConference } from '../data/agenda-context';
import { downloadTextFile, fileStem } from './download.ts';
import { absoluteSessionUrl, roomNameOf, siteBaseUrl, usePersonalMessages } from './shared.ts';
import './personal.css';

/**
 * Builds an `.ics` file of sessions in the browser and downloads it. Returns the
 * error message to show, or null when the download started.
 */
export function downloadSessionsCalendar(
  sessions: readonly Session[],
  rooms: readonly Room[],
  conferenceName: string,
  calendarName: string,
): string | null {
  try {
    const text = createSiteCalendar(sessions, rooms, { siteUrl: siteBaseUrl(), conferenceName, calendarName });
    downloadTextFile(`${fileStem(calendarName)}.ics`, text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Renders the calendar actions of one session: an `.ics` download and an "add to Google Calendar" link. */
export function SessionCalendarActions({ session, edition }: { session: Session; edition: Edition }) {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const [error, setError] = useState<string | null>(null);

  const googleUrl = createGoogleCalendarUrl(session, {
    roomName: roomNameOf(session.room, edition.rooms),
    sessionUrl: absoluteSessionUrl(session),
  });

  return (
    <div className="personal-calendar-actions">
      <button
        type="button"
        onClick={() => setError(downloadSessionsCalendar([session], edition.rooms, conference.name, session.title))}
      >
        {messages.downloadSessionIcs}
      </button>
      <a href={googleUrl} target="_blank" rel="noopener noreferrer">
        {messages.addToGoogleCalendar}
      </a>
      {error !== null && <p role="alert">{messages.calendarFailed(error)}</p>}
    </div>
  );
}

/** Renders a button that downloads the schedule as currently filtered, as one `.ics` file. */
export function FilteredCalendarExport({ sessions, edition }: { sessions: readonly Session[]; edition: Edition }) {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const [error, setError] = useState<string | null>(null);

  const published = sessions.filter((session) => !session.draft);
  if (published.length === 0) {
    return null;
  }

  const calendarName = editionCalendarName(edition.title, conference.name);
  return (
    <div className="personal-calendar-actions">
      <button type="button" onClick={() => setError(downloadSessionsCalendar(published, edition.rooms, conference.name, calendarName))}>
        {messages.downloadFilteredIcs(published.length)}
      </button>
      {error !== null && <p role="alert">{messages.calendarFailed(error)}</p>}
    </div>
  );
}
