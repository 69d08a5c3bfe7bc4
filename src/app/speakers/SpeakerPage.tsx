import { Link } from 'wouter';

import { formatDayLong } from '../../domain/format.ts';
import { localDateOf } from '../../domain/time.ts';
import type { Link as SpeakerLink, Speaker, SpeakerSession } from '../../domain/types.ts';
import { LazyMarkdown } from '../components/LazyMarkdown.tsx';
import { LoadError, Loading } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SpeakerAvatar } from '../components/SpeakerAvatar.tsx';
import { TimeText } from '../components/TimeText.tsx';
import { useConference } from '../data/agenda-context.tsx';
import { useSpeakers } from '../data/queries.ts';
import { useLanguage, useTimeDisplay, type Messages } from '../i18n/index.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { paths } from '../lib/paths.ts';
import { safeUrl } from '../lib/safe-url.ts';

export function SpeakerPage({ slug }: { slug: string }) {
  const { t } = useLanguage();
  const query = useSpeakers();

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;

  const speaker = query.data.find((candidate) => candidate.slug === slug);
  if (!speaker) {
    return (
      <section className="page">
        <PageHeading>{t.speakers.notFound}</PageHeading>
        <p>{t.speakers.notFoundBody(slug)}</p>
        <p>
          <Link href={paths.speakers.getHref()}>{t.speakers.allSpeakers}</Link>
        </p>
      </section>
    );
  }
  return <SpeakerDetails speaker={speaker} />;
}

function SpeakerDetails({ speaker }: { speaker: Speaker }) {
  const conference = useConference();
  const { t } = useLanguage();
  const editionTitles = new Map(conference.editions.map((edition) => [edition.id, edition.title]));
  // Newest first: attendees most often look for the talk they just saw.
  const sessions = [...speaker.sessions].sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  const links = speaker.links.map((link) => ({ ...link, url: safeUrl(link.url) })).filter((link) => link.url !== '');

  useDocumentMeta(`${speaker.name} · ${conference.name}`, speaker.designation || t.speakers.metaDescription(conference.name));

  return (
    <article className="page speaker-page">
      <p className="back-link">
        <Link href={paths.speakers.getHref()}>← {t.speakers.allSpeakers}</Link>
      </p>
      <div className="speaker-header">
        <SpeakerAvatar name={speaker.name} photo={speaker.photo} size="large" />
        <div>
          <PageHeading>{speaker.name}</PageHeading>
          {speaker.designation !== '' && <p className="designation">{speaker.designation}</p>}
        </div>
      </div>

      {links.length > 0 && (
        <ul className="link-list inline">
          {links.map((link) => (
            <li key={link.kind + link.url}>
              <a href={link.url} rel="noopener noreferrer">
                {linkLabel(link.kind, t)}
              </a>
            </li>
          ))}
        </ul>
      )}

      <LazyMarkdown text={speaker.bio} />

      <section aria-labelledby="speaker-sessions">
        <h2 id="speaker-sessions">{t.speakers.sessions}</h2>
        {sessions.length === 0 ? (
          <p>{t.speakers.noSessions}</p>
        ) : (
          <ul className="speaker-sessions">
            {sessions.map((session) => (
              <SpeakerSessionItem key={session.id} session={session} editionTitle={editionTitles.get(session.edition) ?? session.edition} />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

// Brand names read the same in both languages.
const BRAND_LABELS: Partial<Record<SpeakerLink['kind'], string>> = {
  twitter: 'X/Twitter',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

/** Returns the visible name of a link kind in the interface language. */
function linkLabel(kind: SpeakerLink['kind'], t: Messages): string {
  switch (kind) {
    case 'website':
    case 'slides':
    case 'video':
    case 'live':
      return t.session[kind];
    default:
      return BRAND_LABELS[kind] ?? kind;
  }
}

function SpeakerSessionItem({ session, editionTitle }: { session: SpeakerSession; editionTitle: string }) {
  const { language } = useLanguage();
  const time = useTimeDisplay().formatRange(session.start, session.end, session.timeZone);
  // The session's day is its edition's local day, wherever the viewer is.
  const day = localDateOf(session.start, session.timeZone);

  return (
    <li>
      <Link href={paths.session.getHref(session.edition, session.slug)}>{session.title}</Link>
      <span className="session-when">
        {editionTitle} · {formatDayLong(day, language)}, <TimeText time={time} />
      </span>
    </li>
  );
}
