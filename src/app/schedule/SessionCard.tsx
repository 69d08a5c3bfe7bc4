import { memo, type CSSProperties } from 'react';
import { Link } from 'wouter';

import type { Session } from '../../domain/types.ts';
import { DraftBadge } from '../components/DraftBadge.tsx';
import { TimeText } from '../components/TimeText.tsx';
import { TrackChip } from '../components/TrackChip.tsx';
import { useLanguage, useTimeDisplay } from '../i18n/index.ts';
import { paths } from '../lib/paths.ts';
import { BookmarkToggle } from '../personal/BookmarkToggle.tsx';
import type { EditionLookup } from './edition-lookup.ts';

interface SessionCardProps {
  session: Session;
  lookup: EditionLookup;
  inProgress: boolean;
  /** A repeated piece of a plenary session split around a busy room: shown, but hidden from screen readers and tab order. */
  repeat?: boolean;
  style?: CSSProperties;
}

/**
 * One session on the grid or the list. Its accessible name starts with the time
 * and room, so a screen reader moving card by card hears where and when first.
 */
export const SessionCard = memo(function SessionCard({ session, lookup, inProgress, repeat = false, style }: SessionCardProps) {
  const { t } = useLanguage();
  const timeDisplay = useTimeDisplay();
  const time = timeDisplay.formatRange(session.start, session.end, session.timeZone);
  const track = session.track === null ? undefined : lookup.tracks.get(session.track);
  // A plenary session with a room names that room. Only one without a room
  // reads "all rooms".
  const roomName =
    session.room !== null
      ? (lookup.rooms.get(session.room)?.name ?? session.room)
      : session.plenary
        ? t.schedule.allRoomsShort
        : t.schedule.noRoom;

  const classes = ['session-card'];
  if (session.plenary) classes.push('is-plenary');
  if (inProgress) classes.push('is-now');
  const cardStyle = { ...style, '--track-color': track?.color ?? 'var(--border-strong)' } as CSSProperties;

  return (
    <article
      className={classes.join(' ')}
      style={cardStyle}
      aria-label={t.session.cardLabel(time.main, roomName, session.title)}
      aria-hidden={repeat || undefined}
      inert={repeat || undefined}
      data-session-id={session.id}
    >
      <p className="card-time">
        <TimeText time={time} />
        {inProgress && <span className="badge-now">{t.schedule.inProgress}</span>}
        {session.draft && <DraftBadge />}
      </p>
      <h3 className="card-title">
        <Link href={paths.session.getHref(session.edition, session.slug)}>{session.title}</Link>
      </h3>
      {session.speakers.length > 0 && (
        <p className="card-speakers">{session.speakers.map((speaker) => speaker.name).join(', ')}</p>
      )}
      <p className="card-meta">
        <span className="card-room">{roomName}</span>
        {track && <TrackChip track={track} />}
        <span className="card-actions">
          <BookmarkToggle session={session} />
        </span>
      </p>
    </article>
  );
});
