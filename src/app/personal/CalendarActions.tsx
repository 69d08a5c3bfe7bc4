import { memo, useState } from 'react';

import type { Edition, Room, Session } from '../../domain/types.ts';
import { useConference } from '../data/agenda-context';
import { downloadTextFile, fileStem } from './download.ts';
import { siteBaseUrl, usePersonalMessages } from './shared.ts';
import './personal.css';

/**
 * Builds an `.ics` file of sessions in the browser and downloads it. Resolves to
 * the error message to show, or null when the download started.
 *
 * The calendar module loads on the first click, so the schedule's first load
 * does not carry the iCalendar writer. `calendarName` is the name itself or a
 * function that builds it with that module. A failed chunk load (for example
 * after a new version replaced the chunk) resolves to its error message too.
 */
export async function downloadSessionsCalendar(
  sessions: readonly Session[],
  rooms: readonly Room[],
  conferenceName: string,
  calendarName: string | ((calendar: CalendarModule) => string),
): Promise<string | null> {
  try {
    const calendar = await loadCalendarModule();
    const name = typeof calendarName === 'string' ? calendarName : calendarName(calendar);
    const text = calendar.createSiteCalendar(sessions, rooms, { siteUrl: siteBaseUrl(), conferenceName, calendarName: name });
    downloadTextFile(`${fileStem(name)}.ics`, text, calendar.CALENDAR_MEDIA_TYPE);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

type CalendarModule = typeof import('../../domain/calendar.ts');

function loadCalendarModule(): Promise<CalendarModule> {
  return import('../../domain/calendar.ts');
}

/**
 * Renders a button that downloads the schedule as currently filtered, as one
 * `.ics` file. Memoized because the schedule also renders with unchanged
 * results, for example after writing the search text to the address.
 */
export const FilteredCalendarExport = memo(function FilteredCalendarExport({ sessions, edition }: { sessions: readonly Session[]; edition: Edition }) {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const [error, setError] = useState<string | null>(null);

  const published = sessions.filter((session) => !session.draft);
  if (published.length === 0) {
    return null;
  }

  const download = async () => {
    const calendarName = (calendar: CalendarModule) => calendar.editionCalendarName(edition.title, conference.name);
    setError(await downloadSessionsCalendar(published, edition.rooms, conference.name, calendarName));
  };

  return (
    <div className="personal-calendar-actions">
      <button type="button" onClick={() => void download()}>
        {messages.downloadFilteredIcs(published.length, sessions.length - published.length)}
      </button>
      {error !== null && <p role="alert">{messages.calendarFailed(error)}</p>}
    </div>
  );
});
