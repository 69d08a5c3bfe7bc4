import type { Conference, EditionSummary } from '../../domain/types.ts';

/**
 * Picks the edition that `/` and `/agenda/` open: the one the config names, else
 * the one in progress, else the next to start, else the latest. Returns null for
 * a conference without editions.
 */
export function pickDefaultEdition(conference: Conference, now: number): EditionSummary | null {
  const editions = conference.editions;
  const named = editions.find((edition) => edition.id === conference.defaultEdition);
  if (named) return named;

  const dated = editions.filter((edition) => edition.start !== null && edition.end !== null);
  const running = dated.find((edition) => Date.parse(edition.start ?? '') <= now && now < Date.parse(edition.end ?? ''));
  if (running) return running;

  const upcoming = dated
    .filter((edition) => Date.parse(edition.start ?? '') > now)
    .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''));
  if (upcoming[0]) return upcoming[0];

  // Editions are ordered oldest first, so the last one is the latest.
  return dated.at(-1) ?? editions.at(-1) ?? null;
}
