import { Link } from 'wouter';

import { personalPaths } from './paths.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { usePersonalBookmarks, usePersonalMessages } from './shared.ts';
import './personal.css';

/**
 * Renders the navigation link to the personal schedule with the number of saved
 * sessions. It also renders the one-time notice that bookmarks live only in memory, because
 * the link is on every screen where a bookmark can be added.
 */
export function MyScheduleNavLink() {
  const { messages } = usePersonalMessages();
  const bookmarks = usePersonalBookmarks();
  const count = bookmarks.bookmarks.length;

  return (
    <>
      <Link href={personalPaths.mySchedule.getHref()} className="personal-nav-link" aria-label={`${messages.navMySchedule}, ${messages.navCount(count)}`}>
        {messages.navMySchedule}{' '}
        <span className="personal-nav-count" aria-hidden="true">
          {count}
        </span>
      </Link>
      <StorageNotice />
    </>
  );
}
