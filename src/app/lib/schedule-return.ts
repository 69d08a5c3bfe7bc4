// Remembers the last schedule view per edition for the tab's lifetime, so "back to
// the schedule" on a session page returns to the same day and filters. A shared
// talk link opened in a new tab has no such memory and falls back to the talk's day.

const KEY_PREFIX = 'agenda:schedule-view:';

export function rememberScheduleView(edition: string, pathAndSearch: string): void {
  try {
    window.sessionStorage.setItem(KEY_PREFIX + edition, pathAndSearch);
  } catch {
    // Without storage the back link falls back to the session's day.
  }
}

export function recallScheduleView(edition: string): string | null {
  try {
    return window.sessionStorage.getItem(KEY_PREFIX + edition);
  } catch {
    return null;
  }
}
