// The phone list: entries grouped by start time under sticky time headers. Long
// lists are virtualized by row (VirtualGroups.tsx), so a day of thousands of
// sessions keeps only the rows near the viewport in the document.

import { lazy, memo, Suspense, useMemo } from 'react';

import type { Edition } from '../../domain/types.ts';
import type { EditionLookup } from './edition-lookup.ts';
import type { ScheduleEntry } from './schedule-entries.ts';
import { Group, type TimeGroup } from './TimeGroup.tsx';

const VirtualGroups = lazy(() => import('./VirtualGroups.tsx'));

/**
 * Days with more entries than this are virtualized, filtered or not, so that a
 * search never swaps the virtualized rows for a render of every result at once.
 * Shorter days render whole, which keeps find-in-page working.
 */
export const VIRTUALIZE_ABOVE = 150;

const PLACEHOLDER_ENTRIES = 10;

interface ScheduleListProps {
  edition: Edition;
  lookup: EditionLookup;
  entries: readonly ScheduleEntry[];
  /** The day's entries before filters, which decides whether the list is virtualized. */
  dayEntryCount: number;
  now: number;
  label: string;
}

function groupByStart(entries: readonly ScheduleEntry[]): TimeGroup[] {
  const groups: TimeGroup[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && Date.parse(last.start) === Date.parse(entry.start)) {
      last.entries.push(entry);
    } else {
      groups.push({ start: entry.start, entries: [entry] });
    }
  }
  return groups;
}

/** Returns the first few entries of a long list as one group, to show while the virtualizer loads. */
function firstEntries(groups: readonly TimeGroup[]): TimeGroup {
  const first = groups[0];
  return { start: first?.start ?? '', entries: (first?.entries ?? []).slice(0, PLACEHOLDER_ENTRIES) };
}

// Memoized so that renders which leave the results as they were, such as the one
// after the search text is written to the address, skip the list.
export const ScheduleList = memo(function ScheduleList({ edition, lookup, entries, dayEntryCount, now, label }: ScheduleListProps) {
  const groups = useMemo(() => groupByStart(entries), [entries]);
  const props = { edition, lookup, now };

  return (
    <section className="schedule-list" aria-label={label}>
      {dayEntryCount > VIRTUALIZE_ABOVE ? (
        // Until the virtualizer loads, the first entries show so the page is never blank.
        <Suspense fallback={<Group group={firstEntries(groups)} {...props} />}>
          <VirtualGroups groups={groups} {...props} />
        </Suspense>
      ) : (
        groups.map((group) => <Group key={group.start} group={group} {...props} />)
      )}
    </section>
  );
});

