import { useQueryClient } from '@tanstack/react-query';

import type { Session } from '../../domain/types.ts';
import { useAgendaSource } from '../data/agenda-context';
import { editionQueryOptions } from '../data/queries';
import { toBookmarkInput, usePersonalBookmarks, usePersonalMessages } from './shared.ts';
import './personal.css';

/**
 * Renders a star that saves a session to the personal schedule or removes it.
 * The label names the talk, so a screen reader user hears which one each star is for.
 * With `showText` the star also reads "Guardar", for a page where the button is
 * not part of a card.
 */
export function BookmarkToggle({ session, showText = false }: { session: Session; showText?: boolean }) {
  const { messages } = usePersonalMessages();
  const bookmarks = usePersonalBookmarks();

  const queryClient = useQueryClient();
  const source = useAgendaSource();
  const saved = bookmarks.isBookmarked(session.id);

  // The room's name is read from the cached edition at click time. A query
  // observer per star would cost every card of a long schedule a subscription.
  const toggle = () => {
    const edition = queryClient.getQueryData(editionQueryOptions(source, session.edition).queryKey);
    bookmarks.toggle(toBookmarkInput(session, edition?.rooms));
  };

  return (
    <button
      type="button"
      className={showText ? 'personal-bookmark-toggle has-text' : 'personal-bookmark-toggle'}
      aria-pressed={saved}
      aria-label={messages.bookmarkAdd(session.title)}
      title={saved ? messages.bookmarkRemove(session.title) : messages.bookmarkAdd(session.title)}
      onClick={toggle}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      {/* The text stays the same in both states, so it remains the start of the
          accessible name; the filled star and aria-pressed show that it is saved. */}
      {showText && <span className="personal-bookmark-text">{messages.bookmarkSave}</span>}
    </button>
  );
}
