import { Link } from 'wouter';

import { formatDayLong, formatDayShort, formatTime } from '../../domain/format.ts';
import { findNowAndNext } from '../../domain/my-schedule.ts';
import { localDateOf } from '../../domain/time.ts';
import type { Edition } from '../../domain/types.ts';
import { useConference } from '../data/agenda-context';
import { useEdition } from '../data/queries';
import { paths } from '../lib/paths';
import { liveItemsOf, pickLiveEdition, type LiveItem } from './live.ts';
import { personalPaths } from './paths.ts';
import { useNow, usePersonalMessages } from './shared.ts';
import { TimeRange } from './TimeRange.tsx';
import './personal.css';
import { EditionStatus } from './EditionStatus.tsx';

/** Renders `/now/`: per room, what is on and what comes next, refreshed every minute. */
export function NowPage() {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const now = useNow();

  const summary = pickLiveEdition(conference.editions, now);
  return (
    <div className="personal-now">
      <h1>{messages.nowTitle}</h1>
      {summary === null ? <p>{messages.noEdition}</p> : <NowEdition editionId={summary.id} now={now} />}
    </div>
  );
}

function NowEdition({ editionId, now }: { editionId: string; now: number }) {
  const edition = useEdition(editionId);

  if (edition.data === undefined) {
    return (
      <EditionStatus editionId={editionId} failed={edition.isError} />
    );
  }

  return <NowTable edition={edition.data} now={now} />;
}

function NowTable({ edition, now }: { edition: Edition; now: number }) {
  const { messages, language } = usePersonalMessages();
  const items = liveItemsOf(edition);
  const at = new Date(now);

  const rows = [
    { id: null, name: messages.allRooms },
    ...edition.rooms.map((room) => ({ id: room.id, name: room.name })),
  ];

  return (
    <>
      <p>
        {messages.nowEditionLabel(edition.title)} · {messages.updatedAt(formatTime(new Date(now).toISOString(), edition.timeZone, language))}
      </p>
      <EditionSpanNotice edition={edition} now={now} />
      <div className="personal-now-rooms">
        {rows.map((row) => {
          const { current, next } = findNowAndNext(
            items.filter((item) => item.room === row.id),
            at,
          );
          if (row.id === null && current.length === 0 && next.length === 0) return null;

          return (
            <section key={row.id ?? 'all'} className="personal-now-room" aria-label={row.name}>
              <h2>
                {row.id === null ? (
                  row.name
                ) : (
                  <Link href={personalPaths.roomScreen.getHref(edition.id, row.id)}>{row.name}</Link>
                )}
              </h2>
              <h3>{messages.onNow}</h3>
              <LiveList items={current} empty={messages.nothingNow} now={now} edition={edition} />
              <h3>{messages.upNext}</h3>
              <LiveList items={next} empty={messages.nothingNext} now={now} edition={edition} />
            </section>
          );
        })}
      </div>
    </>
  );
}

/** Renders when the edition starts, or that it ended, for an instant outside its days. */
function EditionSpanNotice({ edition, now }: { edition: Edition; now: number }) {
  const { messages, language } = usePersonalMessages();
  if (edition.start === null || edition.end === null || edition.firstDay === null || edition.lastDay === null) return null;

  if (now < Date.parse(edition.start)) {
    return <p className="personal-notice">{messages.editionStarts(formatDayLong(edition.firstDay, language))}</p>;
  }
  if (now >= Date.parse(edition.end)) {
    return <p className="personal-notice">{messages.editionEnded(formatDayLong(edition.lastDay, language))}</p>;
  }
  return null;
}

function LiveList({ items, empty, now, edition }: { items: readonly LiveItem[]; empty: string; now: number; edition: Edition }) {
  const { language } = usePersonalMessages();
  if (items.length === 0) return <p className="personal-now-empty">{empty}</p>;

  const today = localDateOf(now, edition.timeZone);
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <span className="personal-now-time">
            {item.day !== today && `${formatDayShort(item.day, language)}, `}
            <TimeRange start={item.start} end={item.end} timeZone={item.timeZone} />
          </span>{' '}
          {item.session === null ? (
            item.title
          ) : (
            <Link href={paths.session.getHref(item.session.edition, item.session.slug)}>{item.title}</Link>
          )}
        </li>
      ))}
    </ul>
  );
}
