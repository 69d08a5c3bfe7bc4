// The app's clock. `?now=<ISO instant>` on any address sets the time the app starts
// at, for demos and tests. The clock then runs on in real time, so "in progress"
// marks still move while a demo goes on.

import { parseInstant } from '../../domain/time.ts';

export const NOW_PARAMETER = 'now';

/** The start time, or the rejected value with a developer message for the console. */
export type ClockOverride = { start: number } | { invalidValue: string; error: string } | null;

/**
 * Reads `?now=` from a query string. Returns null when it is absent, and an error
 * naming the value and the expected shape when it cannot be parsed.
 */
export function readClockOverride(search: string): ClockOverride {
  const value = new URLSearchParams(search).get(NOW_PARAMETER);
  if (value === null || value.trim() === '') return null;

  const instant = parseInstant(value.trim());
  if (instant === null) {
    return {
      invalidValue: value,
      error: `Ignored ?now=${value}: expected an ISO 8601 instant with a zone, such as 2024-11-05T12:30:00-06:00 or 2024-11-05T18:30:00Z. The device clock is used instead.`,
    };
  }
  return { start: instant.getTime() };
}

/** Builds a clock that starts at `start` when given and runs in real time from page load. */
export function createClock(start: number | null, realNow: () => number = Date.now): () => number {
  if (start === null) return realNow;

  const loadedAt = realNow();
  return () => start + (realNow() - loadedAt);
}
