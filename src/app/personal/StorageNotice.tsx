import { usePersonalBookmarks, usePersonalMessages } from './shared.ts';

/** Renders a dismissible notice, shown once, that bookmarks are kept in memory only. */
export function StorageNotice() {
  const { messages } = usePersonalMessages();
  const bookmarks = usePersonalBookmarks();

  if (!bookmarks.memoryNoticePending) {
    return null;
  }

  const text = bookmarks.memoryReason === 'quota-exceeded' ? messages.memoryNoticeFull : messages.memoryNotice;
  return (
    <div className="personal-storage-notice" role="status">
      <p>{text}</p>
      <button type="button" onClick={bookmarks.acknowledgeMemoryNotice}>
        {messages.dismiss}
      </button>
    </div>
  );
}
