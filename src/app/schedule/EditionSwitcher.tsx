import { Link } from 'wouter';

import { formatDaySpan } from '../../domain/format.ts';
import type { EditionSummary } from '../../domain/types.ts';
import { useLanguage } from '../i18n/index.ts';
import { paths } from '../lib/paths.ts';

/** Renders a disclosure with a link to every edition, past ones included. */
export function EditionSwitcher({ editions, current }: { editions: readonly EditionSummary[]; current: string }) {
  const { t, language } = useLanguage();
  if (editions.length < 2) return null;

  // Newest first, since attendees most often look for the latest editions.
  const ordered = [...editions].reverse();

  return (
    <details className="edition-switcher">
      <summary>{t.schedule.otherEditions}</summary>
      <ul>
        {ordered.map((edition) => (
          <li key={edition.id}>
            <Link href={paths.schedule.getHref(edition.id)} aria-current={edition.id === current ? 'page' : undefined}>
              {edition.title}
            </Link>
            {edition.firstDay !== null && edition.lastDay !== null && (
              <span className="edition-dates"> · {formatDaySpan(edition.firstDay, edition.lastDay, language)}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
