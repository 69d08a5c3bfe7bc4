// The session page's calendar actions. The Google Calendar link needs the calendar
// module while the page renders, so it lives in the session page's chunk rather
// than beside the schedule's export button, which loads that module on click.

import { useState } from 'react';

import { createGoogleCalendarUrl } from '../../domain/calendar.ts';
import type { Edition, Session } from '../../domain/types.ts';
import { useConference } from '../data/agenda-context';
import { downloadSessionsCalendar } from '../personal/CalendarActions.tsx';
import { absoluteSessionUrl, roomNameOf, usePersonalMessages } from '../personal/shared.ts';

/** Renders the calendar actions of one session: an `.ics` download and an "add to Google Calendar" link. */
export function SessionCalendarActions({ session, edition }: { session: Session; edition: Edition }) {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const [error, setError] = useState<string | null>(null);

  const googleUrl = createGoogleCalendarUrl(session, {
    roomName: roomNameOf(session.room, edition.rooms),
    sessionUrl: absoluteSessionUrl(session),
  });
  const download = async () => {
    setError(await downloadSessionsCalendar([session], edition.rooms, conference.name, session.title));
  };

  return (
    <div className="personal-calendar-actions">
      <button type="button" onClick={() => void download()}>
        {messages.downloadSessionIcs}
      </button>
      <a href={googleUrl} target="_blank" rel="noopener noreferrer">
        {messages.addToGoogleCalendar}
      </a>
      {error !== null && <p role="alert">{messages.calendarFailed(error)}</p>}
    </div>
  );
}
