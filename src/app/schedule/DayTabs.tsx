import { memo } from 'react';
import { Link } from 'wouter';

import { formatDayShort } from '../../domain/format.ts';
import type { LocalDate } from '../../domain/types.ts';
import { useLanguage } from '../i18n/index.ts';

interface DayTabsProps {
  days: readonly LocalDate[];
  selected: LocalDate;
  counts: ReadonlyMap<LocalDate, number>;
  hrefFor: (day: LocalDate) => string;
}

/** One link per day, with the number of sessions that the other filters leave on it. */
export const DayTabs = memo(function DayTabs({ days, selected, counts, hrefFor }: DayTabsProps) {
  const { t, language } = useLanguage();
  if (days.length < 2) return null;

  return (
    <nav className="day-tabs" aria-label={t.schedule.days}>
      <ul>
        {days.map((day) => (
          <li key={day}>
            <Link href={hrefFor(day)} aria-current={day === selected ? 'page' : undefined}>
              {t.schedule.dayTab(formatDayShort(day, language), counts.get(day) ?? 0)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
});
