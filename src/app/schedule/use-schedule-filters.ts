// The schedule's filters live in the address, so reload, back and forward and a
// shared link all show the same view. Other query parameters, such as `?now=`,
// are kept when a filter changes.

import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

import type { ScheduleFilters } from '../../domain/filter.ts';
import { readScheduleFilters, writeScheduleFilters } from '../lib/schedule-search.ts';

const FILTER_KEYS = ['day', 'room', 'track', 'q'];

export interface FilterUpdateOptions {
  /** Replace the history entry instead of adding one, as typing in the search box does. */
  replace?: boolean;
}

/** Builds the query string for new filters, keeping every parameter that is not a filter. */
export function buildFilterSearch(currentSearch: string, filters: ScheduleFilters): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of FILTER_KEYS) params.delete(key);

  for (const [key, value] of writeScheduleFilters(filters)) params.set(key, value);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function useScheduleFilters() {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filters = useMemo(() => readScheduleFilters(new URLSearchParams(search)), [search]);

  const hrefFor = useCallback(
    (changes: Partial<ScheduleFilters>) => location + buildFilterSearch(search, { ...filters, ...changes }),
    [location, search, filters],
  );

  const setFilters = useCallback(
    (changes: Partial<ScheduleFilters>, options: FilterUpdateOptions = {}) => {
      navigate(hrefFor(changes), { replace: options.replace ?? false });
    },
    [navigate, hrefFor],
  );

  return { filters, setFilters, hrefFor, search };
}
