import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'wouter';

import { formatDayLong, formatTimeRange } from '../../domain/format.ts';
import { buildMySchedule, findNowAndNext, type MyScheduleDay } from '../../domain/my-schedule.ts';
import { localDateOf } from '../../domain/time.ts';
import type { Edition, Session } from '../../domain/types.ts';
import { useConference } from '../data/agenda-context';
import { useEdition } from '../data/queries';
import { paths } from '../lib/paths';
import { splitBookmarksByProgramme, type Bookmark } from '../storage/bookmark.ts';
import { downloadSessionsCalendar } from './CalendarActions.tsx';
import { formatMinutes } from './messages.ts';
import { ShareSchedule } from './ShareSchedule.tsx';
import { roomNameOf, useNow, usePersonalBookmarks, usePersonalMessages } from './shared.ts';
import { TimeRange } from './TimeRange.tsx';
import './personal.css';
import { EditionStatus } from './EditionStatus.tsx';

/** Renders `/my-schedule/`: the saved sessions of every edition, grouped by the edition's local days. */
export function MySchedulePage() {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const bookmarks = usePersonalBookmarks();

  const editionIds = orderEditions(
    bookmarks.bookmarks.map((bookmark) => bookmark.edition),
    conference.editions.map((edition) => edition.id),
  );

  return (
    <div className="personal-my-schedule">
      <h1>{messages.myScheduleTitle}</h1>
      <StoredValueNotice />

      {editionIds.length === 0 ? (
        <section className="personal-empty">
          <h2>{messages.emptyTitle}</h2>
          <p>{messages.emptyHelp}</p>
        </section>
      ) : (
        editionIds.map((editionId) => (
          <EditionBookmarks
            key={editionId}
            editionId={editionId}
            listed={conference.editions.some((edition) => edition.id === editionId)}
            bookmarks={bookmarks.bookmarks.filter((bookmark) => bookmark.edition === editionId)}
          />
        ))
      )}
    </div>
  );
}

/** Orders edition ids as the conference lists them, newest first, then unknown ones. */
function orderEditions(bookmarkedEditions: readonly string[], conferenceEditions: readonly string[]): string[] {
  const bookmarked = new Set(bookmarkedEditions);
  const known = [...conferenceEditions].reverse().filter((id) => bookmarked.has(id));
  const unknown = [...bookmarked].filter((id) => !conferenceEditions.includes(id)).sort();
  return [...known, ...unknown];
}

function StoredValueNotice() {
  const { messages } = usePersonalMessages();
  const { damage, bookmarks } = usePersonalBookmarks();

  if (damage === null) return null;

  const text =
    damage.kind === 'invalid-entries' ? messages.damageNotice(bookmarks.length, damage.discardedEntries) : messages.damageUnreadable;
  return (
    <p className="personal-notice" role="status">
      {text}
    </p>
  );
}

interface EditionBookmarksProps {
  editionId: string;
  /** False when the conference no longer lists the edition. */
  listed: boolean;
  bookmarks: readonly Bookmark[];
}

function EditionBookmarks({ editionId, listed, bookmarks }: EditionBookmarksProps) {
  const { messages } = usePersonalMessages();

  if (!listed) {
    return (
      <section className="personal-edition" aria-label={editionId}>
        <h2>{editionId}</h2>
        <p className="personal-notice">{messages.unknownEdition(editionId)}</p>
        <MissingBookmarks bookmarks={bookmarks} />
      </section>
    );
  }

  return <ListedEditionBookmarks editionId={editionId} bookmarks={bookmarks} />;
}

function ListedEditionBookmarks({ editionId, bookmarks }: { editionId: string; bookmarks: readonly Bookmark[] }) {
  const edition = useEdition(editionId);

  if (edition.data === undefined) {
    // Until the edition loads, or when it cannot, the stored copies keep every bookmark visible.
    return (
      <section className="personal-edition" aria-label={editionId}>
        <h2>{editionId}</h2>
        <EditionStatus editionId={editionId} failed={edition.isError} />
        <StoredBookmarkList bookmarks={bookmarks} />
      </section>
    );
  }

  return <LoadedEditionBookmarks edition={edition.data} bookmarks={bookmarks} />;
}

function LoadedEditionBookmarks({ edition, bookmarks }: { edition: Edition; bookmarks: readonly Bookmark[] }) {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const [calendarError, setCalendarError] = useState<string | null>(null);

  const split = splitBookmarksByProgramme(bookmarks, edition.id, edition.sessions);
  const sessions = split.current.map((entry) => entry.session);
  const days = buildMySchedule(sessions);

  return (
    <section className="personal-edition" aria-labelledby={`personal-edition-${edition.id}`}>
      <h2 id={`personal-edition-${edition.id}`}>{edition.title}</h2>

      <NowAndNextAmongBookmarks edition={edition} sessions={sessions} />

      {days.map((day) => (
        <ScheduleDay key={day.date} day={day} edition={edition} sessions={sessions} />
      ))}

      <MissingBookmarks bookmarks={split.missing} />

      {sessions.length > 0 && (
        <div className="personal-edition-actions">
          <button
            type="button"
            onClick={() =>
              void downloadSessionsCalendar(sessions, edition.rooms, conference.name, `${messages.myScheduleTitle} ${edition.title}`).then(
                setCalendarError,
              )
            }
          >
            {messages.downloadMyScheduleIcs}
          </button>
          {calendarError !== null && <p role="alert">{messages.calendarFailed(calendarError)}</p>}
          <ShareSchedule edition={edition} sessionIds={sessions.map((session) => session.id)} />
        </div>
      )}
    </section>
  );
}

/** Lists what is on now and what comes next among the saved sessions, on the edition's days only. */
function NowAndNextAmongBookmarks({ edition, sessions }: { edition: Edition; sessions: readonly Session[] }) {
  const { messages } = usePersonalMessages();
  const now = useNow();

  const today = localDateOf(now, edition.timeZone);
  if (!edition.days.some((day) => day.date === today)) {
    return null;
  }

  const { current, next } = findNowAndNext(
    sessions.filter((session) => session.day === today),
    new Date(now),
  );
  if (current.length === 0 && next.length === 0) {
    return null;
  }

  return (
    <div className="personal-now-next" role="region" aria-label={messages.nowAmongBookmarks}>
      {current.length > 0 && (
        <>
          <h3>{messages.nowAmongBookmarks}</h3>
          <SessionLines sessions={current} edition={edition} />
        </>
      )}
      {next.length > 0 && (
        <>
          <h3>{messages.nextAmongBookmarks}</h3>
          <SessionLines sessions={next} edition={edition} />
        </>
      )}
    </div>
  );
}

function SessionLines({ sessions, edition }: { sessions: readonly Session[]; edition: Edition }) {
  const { messages } = usePersonalMessages();
  return (
    <ul>
      {sessions.map((session) => (
        <li key={session.id}>
          <TimeRange start={session.start} end={session.end} timeZone={session.timeZone} /> ·{' '}
          <Link href={paths.session.getHref(session.edition, session.slug)}>{session.title}</Link> ·{' '}
          {roomNameOf(session.room, edition.rooms) ?? messages.noRoom}
        </li>
      ))}
    </ul>
  );
}

interface ScheduleDayProps {
  day: MyScheduleDay<Session>;
  edition: Edition;
  /** Every saved session of the edition, to name the other side of a conflict. */
  sessions: readonly Session[];
}

function ScheduleDay({ day, edition, sessions }: ScheduleDayProps) {
  const { messages, language } = usePersonalMessages();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;

    document.body.classList.add('personal-printing');
    const finish = () => setPrinting(false);
    window.addEventListener('afterprint', finish);
    window.print();

    return () => {
      window.removeEventListener('afterprint', finish);
      document.body.classList.remove('personal-printing');
    };
  }, [printing]);

  const heading = formatDayLong(day.date, language);

  return (
    <section className="personal-day" aria-label={heading}>
      <h3>{heading}</h3>
      {day.conflictCount > 0 && <p className="personal-conflict-summary">{messages.dayConflicts(day.conflictCount)}</p>}
      <DayEntries day={day} edition={edition} sessions={sessions} />
      <button type="button" className="personal-print-button" aria-label={`${messages.printMyDay}: ${heading}`} onClick={() => (printing ? window.print() : setPrinting(true))}>
        {messages.printMyDay}
      </button>

      {printing &&
        createPortal(
          <div className="personal-print-root">
            <h1>
              {edition.title} · {heading}
            </h1>
            <PrintableDay day={day} edition={edition} />
          </div>,
          document.body,
        )}
    </section>
  );
}

function DayEntries({ day, edition, sessions }: ScheduleDayProps) {
  const { messages } = usePersonalMessages();
  const bookmarks = usePersonalBookmarks();
  const titles = new Map(sessions.map((session) => [session.id, session.title]));

  return (
    <ol className="personal-day-entries">
      {day.entries.map((entry) => {
        if (entry.kind === 'gap') {
          return (
            <li key={`gap-${entry.start}`} className="personal-gap">
              {messages.freeTime(formatMinutes(entry.minutes))}
            </li>
          );
        }

        const session = entry.session;
        const conflicting = entry.conflictsWith.map((id) => `«${titles.get(id) ?? id}»`).join(', ');
        return (
          <li key={session.id} className={entry.conflictsWith.length > 0 ? 'personal-session personal-session-conflict' : 'personal-session'}>
            {entry.roomChange !== null && (
              <p className="personal-room-change">
                {messages.roomChange(
                  roomNameOf(entry.roomChange.from, edition.rooms) ?? entry.roomChange.from,
                  roomNameOf(entry.roomChange.to, edition.rooms) ?? entry.roomChange.to,
                  entry.roomChange.minutesToMove,
                )}
              </p>
            )}
            <p className="personal-session-time"><TimeRange start={session.start} end={session.end} timeZone={session.timeZone} /></p>
            <p className="personal-session-title">
              <Link href={paths.session.getHref(session.edition, session.slug)}>{session.title}</Link>
            </p>
            <p className="personal-session-room">{roomNameOf(session.room, edition.rooms) ?? messages.noRoom}</p>
            {entry.conflictsWith.length > 0 && (
              <p className="personal-conflict">
                <span>{messages.conflictWith(conflicting)}</span>
                <button
                  type="button"
                  aria-label={`${messages.keepThis}: «${session.title}»`}
                  onClick={() => entry.conflictsWith.forEach((id) => bookmarks.remove(id))}
                >
                  {messages.keepThis}
                </button>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Renders "Mi día" for printing: one table row per session or free time, with conflicts
 * as a count instead of a list of titles, so a full day fits on one page.
 */
function PrintableDay({ day, edition }: { day: MyScheduleDay<Session>; edition: Edition }) {
  const { messages, language } = usePersonalMessages();

  return (
    <table className="personal-print-table">
      <thead>
        <tr>
          <th scope="col">{messages.printTime}</th>
          <th scope="col">{messages.printSession}</th>
          <th scope="col">{messages.printRoom}</th>
        </tr>
      </thead>
      <tbody>
        {day.entries.map((entry) =>
          entry.kind === 'gap' ? (
            <tr key={`gap-${entry.start}`} className="personal-gap">
              <td />
              <td colSpan={2}>{messages.freeTime(formatMinutes(entry.minutes))}</td>
            </tr>
          ) : (
            <tr key={entry.session.id} className={entry.conflictsWith.length > 0 ? 'personal-session-conflict' : undefined}>
              <td>{formatTimeRange(entry.session.start, entry.session.end, entry.session.timeZone, language)}</td>
              <td>
                {entry.session.title}
                {entry.conflictsWith.length > 0 && <strong> ({messages.conflictCount(entry.conflictsWith.length)})</strong>}
              </td>
              <td>
                {entry.roomChange !== null && '→ '}
                {roomNameOf(entry.session.room, edition.rooms) ?? messages.noRoom}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** Lists saved sessions that the programme no longer has, each with a remove button. */
function MissingBookmarks({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const { messages } = usePersonalMessages();
  if (bookmarks.length === 0) return null;

  return (
    <section className="personal-missing" aria-label={messages.missingTitle}>
      <h3>{messages.missingTitle}</h3>
      <StoredBookmarkList bookmarks={bookmarks} missing />
    </section>
  );
}

/** Lists bookmarks from what they stored themselves, without the programme. */
function StoredBookmarkList({ bookmarks, missing = false }: { bookmarks: readonly Bookmark[]; missing?: boolean }) {
  const { messages, language } = usePersonalMessages();
  const store = usePersonalBookmarks();

  return (
    <ul className="personal-stored-list">
      {bookmarks.map((bookmark) => (
        <li key={bookmark.sessionId}>
          <span className="personal-session-title">{bookmark.title}</span>
          {bookmark.start !== null && bookmark.end !== null && bookmark.timeZone !== null && (
            <span>
              {' '}
              · {formatDayLong(localDateOf(bookmark.start, bookmark.timeZone), language)},{' '}
              <TimeRange start={bookmark.start} end={bookmark.end} timeZone={bookmark.timeZone} />
            </span>
          )}
          {bookmark.roomName !== null && <span> · {bookmark.roomName}</span>}
          {missing && <span className="personal-missing-label"> — {messages.noLongerInProgramme}</span>}
          {missing && (
            <button type="button" aria-label={messages.removeTitle(bookmark.title)} onClick={() => store.remove(bookmark.sessionId)}>
              {messages.remove}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
