import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';

import { formatDayShort } from '../../domain/format.ts';
import { parseShareLink, previewImport, resolveShareLink, type ImportPreview } from '../../domain/share-link.ts';
import type { Edition, Session } from '../../domain/types.ts';
import { useConference } from '../data/agenda-context';
import { useEdition } from '../data/queries';
import { useRawSearch } from '../lib/raw-search.ts';
import type { ImportMode } from '../storage/bookmark-store.ts';
import { personalPaths } from './paths.ts';
import { indexSessions, roomNameOf, toBookmarkInput, usePersonalBookmarks, usePersonalMessages } from './shared.ts';
import { TimeRange } from './TimeRange.tsx';
import './personal.css';
import { EditionStatus } from './EditionStatus.tsx';

/** Renders `/my-schedule/import/?e=…&s=…`: previews a shared schedule, then merges it or replaces with it. */
export function ShareImportPage() {
  const { messages } = usePersonalMessages();
  const conference = useConference();
  const parsed = parseShareLink(`?${useRawSearch()}`);

  let body: ReactNode;
  if (parsed.edition === null) {
    body = <p role="alert">{messages.importMissingEdition}</p>;
  } else if (!conference.editions.some((edition) => edition.id === parsed.edition)) {
    body = <p role="alert">{messages.unknownEdition(parsed.edition)}</p>;
  } else if (parsed.tokens.length === 0) {
    body = <p role="alert">{messages.importEmpty}</p>;
  } else {
    body = <ImportEdition editionId={parsed.edition} link={parsed} />;
  }

  return (
    <div className="personal-import">
      <h1>{messages.importTitle}</h1>
      {body}
    </div>
  );
}

function ImportEdition({ editionId, link }: { editionId: string; link: ReturnType<typeof parseShareLink> }) {
  const edition = useEdition(editionId);

  if (edition.data === undefined) {
    return (
      <EditionStatus editionId={editionId} failed={edition.isError} />
    );
  }

  return <ImportPreviewView edition={edition.data} link={{ ...link, edition: editionId }} />;
}

function ImportPreviewView({ edition, link }: { edition: Edition; link: ReturnType<typeof parseShareLink> & { edition: string } }) {
  const { messages } = usePersonalMessages();
  const bookmarks = usePersonalBookmarks();
  const [done, setDone] = useState(false);

  const sessions = indexSessions(edition);
  const resolution = resolveShareLink(link, edition.sessions.map((session) => session.id));
  const preview = previewImport(
    bookmarks.bookmarks.map((bookmark) => bookmark.sessionId),
    resolution,
  );

  function apply(mode: ImportMode): void {
    const inputs = resolution.sessionIds
      .map((id) => sessions.get(id))
      .filter((session): session is Session => session !== undefined)
      .map((session) => toBookmarkInput(session, edition.rooms));

    bookmarks.importSessions(mode, edition.id, inputs);
    setDone(true);
  }

  if (done) {
    const count = bookmarks.bookmarks.filter((bookmark) => bookmark.edition === edition.id).length;
    return (
      <div role="status">
        <p>{messages.importDone(count)}</p>
        <Link href={personalPaths.mySchedule.getHref()}>{messages.goToMySchedule}</Link>
      </div>
    );
  }

  return (
    <section aria-label={edition.title}>
      <h2>{edition.title}</h2>
      <PreviewList title={messages.importNew} ids={preview.added} sessions={sessions} edition={edition} />
      <PreviewList title={messages.importAlready} ids={preview.alreadyBookmarked} sessions={sessions} edition={edition} />
      <UnknownList preview={preview} />
      <PreviewList title={messages.importRemovedByReplace} ids={preview.removedByReplace} sessions={sessions} edition={edition} />

      <div className="personal-import-actions">
        <button type="button" onClick={() => apply('merge')} disabled={preview.added.length === 0}>
          {messages.importMerge(preview.added.length)}
        </button>
        <button type="button" onClick={() => apply('replace')} disabled={resolution.sessionIds.length === 0}>
          {messages.importReplace}
        </button>
      </div>
    </section>
  );
}

interface PreviewListProps {
  title: string;
  ids: readonly string[];
  sessions: ReadonlyMap<string, Session>;
  edition: Edition;
}

function PreviewList({ title, ids, sessions, edition }: PreviewListProps) {
  const { language } = usePersonalMessages();
  const bookmarks = usePersonalBookmarks();
  if (ids.length === 0) return null;

  return (
    <section aria-label={title}>
      <h3>
        {title} ({ids.length})
      </h3>
      <ul>
        {ids.map((id) => {
          const session = sessions.get(id);
          // A saved session that left the programme is named by its stored title.
          const storedTitle = bookmarks.bookmarks.find((bookmark) => bookmark.sessionId === id)?.title ?? id;
          return (
            <li key={id}>
              {session === undefined ? (
                storedTitle
              ) : (
                <>
                  {formatDayShort(session.day, language)}, <TimeRange start={session.start} end={session.end} timeZone={session.timeZone} /> ·{' '}
                  {session.title}
                  {session.room !== null && ` · ${roomNameOf(session.room, edition.rooms)}`}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function UnknownList({ preview }: { preview: ImportPreview }) {
  const { messages } = usePersonalMessages();
  if (preview.unknown.length === 0) return null;

  return (
    <section aria-label={messages.importUnknown}>
      <h3>
        {messages.importUnknown} ({preview.unknown.length})
      </h3>
      <ul>
        {preview.unknown.map((token) => (
          <li key={token.token}>
            <code>{token.token}</code>: {messages.importUnknownReason(token.reason)}
            {token.candidates.length > 0 && ` (${token.candidates.join(', ')})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
