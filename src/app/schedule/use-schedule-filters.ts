// The schedule's filters live in the address, so reload, back and forward and a
// shared link all show the same view. Other query parameters, such as `?now=`,
// are kept when a filter changes.
//
// The search text is written to the address only once typing pauses, or sooner
// when the box loses focus or a link is clicked. Writing it on every keystroke
// would cost a history update and a render of every component that reads the
// address, per character.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';

import type { ScheduleFilters } from '../../domain/filter.ts';
import { useRawSearch } from '../lib/raw-search.ts';
import { readScheduleFilters, writeScheduleFilters } from '../lib/schedule-search.ts';

const FILTER_KEYS = ['day', 'room', 'track', 'q'];

/** How long typing must pause before the search text is written to the address. */
export const QUERY_WRITE_DELAY_MS = 300;

/** Builds the query string for new filters, keeping every parameter that is not a filter. */
export function buildFilterSearch(currentSearch: string, filters: ScheduleFilters): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of FILTER_KEYS) params.delete(key);

  for (const [key, value] of writeScheduleFilters(filters)) params.set(key, value);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export interface ScheduleFilterState {
  /** The address's filters, with the search text as typed. */
  filters: ScheduleFilters;
  /** The query string of `filters`, the one the address will have once the search text is written. */
  search: string;
  /** Returns the address that shows `filters`. Stable while the address stays the same. */
  hrefFor: (filters: ScheduleFilters) => string;
  /** Changes filters at once, in a new history entry. Stable across renders. */
  setFilters: (changes: Partial<ScheduleFilters>) => void;
  /** Sets the search text now and writes it to the address after a pause. Stable across renders. */
  setQuery: (query: string) => void;
  /** Writes a search text that is still waiting for its pause. Stable across renders. */
  flushQuery: () => void;
}

export function useScheduleFilters(): ScheduleFilterState {
  const addressSearch = useRawSearch();
  const [location, navigate] = useLocation();
  const addressFilters = useMemo(() => readScheduleFilters(new URLSearchParams(addressSearch)), [addressSearch]);
  const query = useTypedQuery(location + addressSearch, addressFilters.query);

  const filters = useMemo(() => ({ ...addressFilters, query: query.text }), [addressFilters, query.text]);
  const search = useMemo(() => buildFilterSearch(addressSearch, filters), [addressSearch, filters]);
  const hrefFor = useCallback((next: ScheduleFilters) => location + buildFilterSearch(addressSearch, next), [location, addressSearch]);

  // The handlers read the latest values through a ref, so that they stay the
  // same function across keystrokes and memoized children skip those renders.
  const latest = useRef({ filters, hrefFor, navigate, pathname: '' });
  useLayoutEffect(() => {
    latest.current = { filters, hrefFor, navigate, pathname: window.location.pathname };
  });

  const writeQuery = useCallback((text: string) => {
    const { filters: current, hrefFor: currentHrefFor, navigate: currentNavigate, pathname } = latest.current;

    // A blur can arrive after the app has moved to another page, whose entry
    // this write would replace.
    if (window.location.pathname !== pathname) return;
    currentNavigate(currentHrefFor({ ...current, query: text }), { replace: true });
  }, []);
  const { schedule, flush, cancel } = useDelayedWrite(writeQuery);
  const setText = query.setText;

  const setQuery = useCallback(
    (text: string) => {
      setText(text);
      schedule(text);
    },
    [setText, schedule],
  );

  const setFilters = useCallback(
    (changes: Partial<ScheduleFilters>) => {
      const { filters: current, hrefFor: currentHrefFor, navigate: currentNavigate } = latest.current;
      const next = { ...current, ...changes };

      // The new entry carries the text as typed, so a delayed write is no longer needed.
      cancel();
      setText(next.query);
      currentNavigate(currentHrefFor(next));
    },
    [cancel, setText],
  );

  // A click on a link navigates in the click's bubbling phase, so writing the
  // text in the capturing phase puts it in the entry that back returns to.
  useEffect(() => {
    document.addEventListener('click', flush, true);
    return () => document.removeEventListener('click', flush, true);
  }, [flush]);

  // When back, forward or a link changes the address, a text typed before the
  // change belongs to the entry that was left, so its write is cancelled.
  useEffect(() => cancel, [cancel, location, addressSearch]);

  return { filters, search, hrefFor, setFilters, setQuery, flushQuery: flush };
}

/**
 * Keeps the search text as typed. It becomes the address's text again whenever
 * the address changes: back, forward, a link, or this hook's own writes.
 */
function useTypedQuery(address: string, addressQuery: string) {
  const [text, setText] = useState(addressQuery);
  const [followed, setFollowed] = useState(address);

  if (address !== followed) {
    setFollowed(address);
    setText(addressQuery);
  }

  return { text, setText };
}

/** Runs `write` with the last scheduled value once `QUERY_WRITE_DELAY_MS` pass without another. */
function useDelayedWrite(write: (value: string) => void) {
  const pending = useRef<{ value: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  const cancel = useCallback(() => {
    if (pending.current === null) return;

    clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (waiting === null) return;

    cancel();
    write(waiting.value);
  }, [cancel, write]);

  const schedule = useCallback(
    (value: string) => {
      cancel();
      pending.current = { value, timer: setTimeout(flush, QUERY_WRITE_DELAY_MS) };
    },
    [cancel, flush],
  );

  return { schedule, flush, cancel };
}
