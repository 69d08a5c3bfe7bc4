import { useCallback, useState } from 'react';

import { readPreference, writePreference } from '../lib/preferences.ts';

export type ScheduleView = 'grid' | 'list';

const PREFERENCE = 'schedule-view';

/** Screens at least this wide open on the grid until the attendee picks a view. */
const GRID_MEDIA_QUERY = '(min-width: 60rem)';

function initialView(): ScheduleView {
  const stored = readPreference(PREFERENCE);
  if (stored === 'grid' || stored === 'list') return stored;

  const wide = typeof window.matchMedia === 'function' && window.matchMedia(GRID_MEDIA_QUERY).matches;
  return wide ? 'grid' : 'list';
}

/** Returns the grid or list choice: by screen width at first, then whatever the attendee picked last. */
export function useScheduleView(): [ScheduleView, (view: ScheduleView) => void] {
  const [view, setViewState] = useState<ScheduleView>(initialView);

  const setView = useCallback((next: ScheduleView) => {
    writePreference(PREFERENCE, next);
    setViewState(next);
  }, []);

  return [view, setView];
}
