import { Link, useParams } from 'wouter';

import { formatDayLong, formatTime } from '../../domain/format.ts';
import { describeRoomDay } from '../../domain/my-schedule.ts';
import { localDateOf } from '../../domain/time.ts';
import type { Edition } from '../../domain/types.ts';
import { useEdition } from '../data/queries';
import { useLanguage } from '../i18n/index.ts';
import { paths } from '../lib/paths.ts';
import { itemsOfRoom, liveItemsOf, type LiveItem } from './live.ts';
import { useNow, usePersonalMessages } from './shared.ts';
import './personal.css';
import { EditionStatus } from './EditionStatus.tsx';

// A screen at a room's door is read from across a corridor and no one taps it,
// so it refreshes more often than the attendee's `/now/` page.
const ROOM_SCREEN_REFRESH_MILLISECONDS = 30_000;

/** Renders `/rooms/:edition/:room/`: the current and next session of one room, in large type. */
export function RoomScreenPage() {
  const params = useParams<{ edition: string; room: string }>();
  const editionId = decodeParam(params.edition);
  const edition = useEdition(editionId);

  if (edition.data === undefined) {
    return (
      <div className="personal-room-screen">
        <EditionStatus editionId={editionId} failed={edition.isError} />
      </div>
    );
  }

  return <RoomScreen edition={edition.data} roomId={decodeParam(params.room)} />;
}

function RoomScreen({ edition, roomId }: { edition: Edition; roomId: string }) {
  const { messages, language } = usePersonalMessages();
  const now = useNow(ROOM_SCREEN_REFRESH_MILLISECONDS);

  const room = edition.rooms.find((candidate) => candidate.id === roomId);
  if (room === undefined) {
    return (
      <div className="personal-room-screen">
        <p role="alert">{messages.roomNotFound(roomId, edition.id)}</p>
        <ul>
          {edition.rooms.map((candidate) => (
            <li key={candidate.id}>
              {candidate.name} (<code>{candidate.id}</code>)
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const today = localDateOf(now, edition.timeZone);
  const todayItems = itemsOfRoom(liveItemsOf(edition), room.id).filter((item) => item.day === today);
  const status = describeRoomDay(todayItems, new Date(now));

  return (
    <div className="personal-room-screen">
      <header>
        <h1>{room.name}</h1>
        <p className="personal-room-clock">
          {formatDayLong(today, language)} · {formatTime(new Date(now).toISOString(), edition.timeZone, language)}
        </p>
      </header>

      {status.phase === 'no-sessions' && <p className="personal-room-state">{messages.roomNoSessionsToday}</p>}
      {status.phase === 'after-last' && <p className="personal-room-state">{messages.roomAfterLast}</p>}
      {status.phase === 'before-first' && status.firstStart !== null && (
        <p className="personal-room-state">{messages.roomBeforeFirst(formatTime(status.firstStart, edition.timeZone, language))}</p>
      )}

      {status.current.length > 0 && (
        <section className="personal-room-current" aria-label={messages.onNow}>
          <h2>{messages.onNow}</h2>
          {status.current.map((item) => (
            <RoomItem key={item.id} item={item} timeLabel={messages.roomEndsAt(formatTime(item.end, item.timeZone, language))} />
          ))}
        </section>
      )}

      {status.next.length > 0 && (
        <section className="personal-room-next" aria-label={messages.upNext}>
          <h2>{messages.upNext}</h2>
          {status.next.map((item) => (
            <RoomItem key={item.id} item={item} timeLabel={messages.roomStartsAt(formatTime(item.start, item.timeZone, language))} />
          ))}
        </section>
      )}

      <BackLink editionId={edition.id} />
    </div>
  );
}

/** Renders the screen's only way out, small so that it does not compete with the sessions. */
function BackLink({ editionId }: { editionId: string }) {
  const { t } = useLanguage();

  return (
    <Link className="personal-room-back" href={paths.schedule.getHref(editionId)}>
      {t.app.backToSchedule}
    </Link>
  );
}

/** Renders one item in large type. `timeLabel` gives its end while it runs, else its start. */
function RoomItem({ item, timeLabel }: { item: LiveItem; timeLabel: string }) {
  const speakers = item.session?.speakers.map((speaker) => speaker.name).join(', ') ?? '';

  return (
    <article className="personal-room-item">
      <p className="personal-room-item-title">{item.title}</p>
      {speakers !== '' && <p className="personal-room-item-speakers">{speakers}</p>}
      <p className="personal-room-item-time">{timeLabel}</p>
    </article>
  );
}

/** Decodes a route parameter, keeping the raw text when it is not valid percent-encoding. */
function decodeParam(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}
