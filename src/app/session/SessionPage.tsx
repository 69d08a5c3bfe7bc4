import { Link } from 'wouter';

import { formatDayLong } from '../../domain/format.ts';
import type { Edition, Session } from '../../domain/types.ts';
import { LazyMarkdown } from '../components/LazyMarkdown.tsx';
import { LoadError, Loading } from '../components/LoadState.tsx';
import { DraftBadge } from '../components/DraftBadge.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SpeakerAvatar } from '../components/SpeakerAvatar.tsx';
import { TimeText } from '../components/TimeText.tsx';
import { TrackChip } from '../components/TrackChip.tsx';
import { useConference } from '../data/agenda-context.tsx';
import { useEdition } from '../data/queries.ts';
import { useLanguage, useTimeDisplay } from '../i18n/index.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { paths } from '../lib/paths.ts';
import { safeUrl } from '../lib/safe-url.ts';
import { recallScheduleView } from '../lib/schedule-return.ts';
import { BookmarkToggle } from '../personal/BookmarkToggle.tsx';
import { SessionCalendarActions } from './SessionCalendarActions.tsx';

export function SessionPage({ editionId, slug }: { editionId: string; slug: string }) {
  const conference = useConference();
  const query = useEdition(editionId);
  const known = conference.editions.some((edition) => edition.id === editionId);

  if (!known) return <SessionNotFound editionId={editionId} slug={slug} />;
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;

  const session = query.data.sessions.find((candidate) => candidate.slug === slug);
  if (!session) return <SessionNotFound editionId={editionId} slug={slug} />;
  return <SessionDetails session={session} edition={query.data} />;
}

function SessionNotFound({ editionId, slug }: { editionId: string; slug: string }) {
  const { t } = useLanguage();
  useDocumentMeta(t.session.notFound, t.session.notFoundBody(slug, editionId));

  return (
    <section className="page">
      <PageHeading>{t.session.notFound}</PageHeading>
      <p>{t.session.notFoundBody(slug, editionId)}</p>
      <p>
        <Link href={paths.defaultSchedule.getHref()}>{t.app.backToSchedule}</Link>
      </p>
    </section>
  );
}

/** Returns the schedule address to go back to: the last view of this edition in the tab, else the session's day. */
function backHref(session: Session): string {
  return recallScheduleView(session.edition) ?? paths.schedule.getHref(session.edition, `day=${session.day}`);
}

function SessionDetails({ session, edition }: { session: Session; edition: Edition }) {
  const conference = useConference();
  const { t, language } = useLanguage();
  const time = useTimeDisplay().formatRange(session.start, session.end, session.timeZone);
  const room = edition.rooms.find((candidate) => candidate.id === session.room);
  const track = edition.tracks.find((candidate) => candidate.id === session.track);
  const links = session.links.filter((link) => ['slides', 'video', 'live', 'website'].includes(link.kind));

  useDocumentMeta(`${session.title} · ${edition.title}`, session.summary || `${edition.title} · ${conference.name}`);

  return (
    <article className="page session-page">
      <p className="back-link">
        <Link href={backHref(session)}>← {t.app.backToSchedule}</Link>
      </p>
      <PageHeading>{session.title}</PageHeading>
      {session.draft && <DraftBadge />}

      <dl className="session-facts">
        <div>
          <dt>{t.session.when}</dt>
          <dd>
            {formatDayLong(session.day, language)}, <TimeText time={time} showZone />
          </dd>
        </div>
        <div>
          <dt>{t.session.room}</dt>
          <dd>{room?.name ?? session.room ?? (session.plenary ? t.schedule.allRoomsShort : t.schedule.noRoom)}</dd>
        </div>
        {track && (
          <div>
            <dt>{t.session.track}</dt>
            <dd>
              <TrackChip track={track} />
            </dd>
          </div>
        )}
        {session.format !== null && (
          <div>
            <dt>{t.session.format}</dt>
            <dd>{session.format}</dd>
          </div>
        )}
        {session.language !== null && (
          <div>
            <dt>{t.session.language}</dt>
            <dd>{session.language}</dd>
          </div>
        )}
      </dl>

      <div className="session-actions">
        <BookmarkToggle session={session} showText />
        <SessionCalendarActions session={session} edition={edition} />
      </div>

      {session.speakers.length > 0 && (
        <section aria-labelledby="session-speakers">
          <h2 id="session-speakers">{t.session.speakers}</h2>
          <SpeakerList session={session} />
        </section>
      )}

      <LazyMarkdown text={session.body} />

      {links.length > 0 && (
        <section aria-labelledby="session-links">
          <h2 id="session-links">{t.session.links}</h2>
          <ul className="link-list">
            {links.map((link) => {
              const href = safeUrl(link.url);
              const label = t.session[link.kind as 'slides' | 'video' | 'live' | 'website'];
              return <li key={link.kind + link.url}>{href === '' ? label : <a href={href}>{label}</a>}</li>;
            })}
          </ul>
        </section>
      )}
    </article>
  );
}

function SpeakerList({ session }: { session: Session }) {
  return (
    <ul className="speaker-list">
      {session.speakers.map((reference) => (
        <li key={reference.slug ?? reference.name}>
          <SpeakerAvatar name={reference.name} photo={reference.photo} />
          <span>
            {reference.slug === null ? reference.name : <Link href={paths.speaker.getHref(reference.slug)}>{reference.name}</Link>}
            {reference.designation !== '' && <span className="designation"> · {reference.designation}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
