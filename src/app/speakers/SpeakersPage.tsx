import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'wouter';

import { foldForMatch } from '../../domain/text.ts';
import type { Speaker } from '../../domain/types.ts';
import { LoadError, Loading } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SpeakerAvatar } from '../components/SpeakerAvatar.tsx';
import { useConference } from '../data/agenda-context.tsx';
import { useSpeakers } from '../data/queries.ts';
import { useLanguage } from '../i18n/index.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { paths } from '../lib/paths.ts';

// Spanish collation puts `Ñ` after `N` and ignores accents on the first pass, so
// `Álvarez` sorts with `Alvarez`, whatever the interface language.
const collator = new Intl.Collator('es');

export function sortSpeakers(speakers: readonly Speaker[]): Speaker[] {
  return [...speakers].sort((a, b) => collator.compare(a.name, b.name));
}

export function SpeakersPage() {
  const conference = useConference();
  const { t } = useLanguage();
  const query = useSpeakers();
  useDocumentMeta(`${t.speakers.title} · ${conference.name}`, t.speakers.metaDescription(conference.name));

  return (
    <section className="page speakers-page">
      <PageHeading>{t.speakers.title}</PageHeading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SpeakerIndex speakers={query.data} />
      )}
    </section>
  );
}

function SpeakerIndex({ speakers }: { speakers: Speaker[] }) {
  const { t } = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);

  const indexed = useMemo(
    () => sortSpeakers(speakers).map((speaker) => ({ speaker, folded: foldForMatch(speaker.name) })),
    [speakers],
  );
  const words = foldForMatch(deferredText).split(' ').filter((word) => word !== '');
  const matches = indexed.filter(({ folded }) => words.every((word) => folded.includes(word)));

  return (
    <>
      <div className="field field-search" role="search">
        <label htmlFor={id}>{t.speakers.search}</label>
        <input id={id} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
      </div>
      <p className="result-count" aria-live="polite">
        {t.speakers.count(matches.length)}
      </p>
      {matches.length === 0 ? (
        <p className="empty-result">{t.speakers.noMatches(deferredText.trim())}</p>
      ) : (
        <ul className="speaker-index">
          {matches.map(({ speaker }) => (
            <li key={speaker.slug}>
              <SpeakerAvatar name={speaker.name} photo={speaker.photo} />
              <span>
                <Link href={paths.speaker.getHref(speaker.slug)}>{speaker.name}</Link>
                {speaker.designation !== '' && <span className="designation">{speaker.designation}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
