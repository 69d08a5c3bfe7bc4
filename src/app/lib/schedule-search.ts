// The schedule's filters as a query string (`?day=&room=&track=&q=`), so that a
// filtered view survives reload, back and forward, and can be shared.

import { NO_FILTERS, type ScheduleFilters } from '../../domain/filter';

const KEYS = { day: 'day', room: 'room', track: 'track', query: 'q' } as const;

function readValue(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim() ?? '';
  return value === '' ? null : value;
}

/** Reads the filters from a query string; values are not yet checked against an edition. */
export function readScheduleFilters(params: URLSearchParams): ScheduleFilters {
  return {
    day: readValue(params, KEYS.day),
    room: readValue(params, KEYS.room),
    track: readValue(params, KEYS.track),
    query: params.get(KEYS.query) ?? NO_FILTERS.query,
  };
}

/** Writes the set filters to a query string in a fixed order and leaves out the empty ones. */
export function writeScheduleFilters(filters: ScheduleFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.day !== null) params.set(KEYS.day, filters.day);
  if (filters.room !== null) params.set(KEYS.room, filters.room);
  if (filters.track !== null) params.set(KEYS.track, filters.track);
  if (filters.query !== '') params.set(KEYS.query, filters.query);
  return params;
}
