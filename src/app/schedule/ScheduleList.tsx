// The phone list: entries grouped by start time under sticky time headers. Long
// lists are virtualized by row (VirtualGroups.tsx), so a day of thousands of
// sessions keeps only the rows near the viewport in the document.

import { lazy, memo, Suspense, useMemo } from 'react';

import type { Edition } from '../../domain/types.ts';
import type { EditionLookup } from './edition-lookup.ts';
import type { ScheduleEntry } from './schedule-entries.ts';
import { Group, type TimeGroup } from './TimeGroup.tsx';

const VirtualGroups = lazy(() => import('./VirtualGroups.tsx'));

/** Lists with more entries than this are virtualized. Shorter ones render whole, which keeps find-in-page working. */
export const VIRTUALIZE_ABOVE = 150;

const PLACEHOLDER_ENTRIES = 10;

interface ScheduleListProps {
  edition: Edition;
  lookup: EditionLookup;
  entries: readonly ScheduleEntry[];
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

// Memoized so that a keystroke in the search box, which renders the page at once
// with the old results, skips the list until the deferred results are ready.
export const ScheduleList = memo(function ScheduleList({ edition, lookup, entries, now, label }: ScheduleListProps) {
  const groups = useMemo(() => groupByStart(entries), [entries]);
  const props = { edition, lookup, now };

  return (
    <section className="schedule-list" aria-label={label}>
      {entries.length > VIRTUALIZE_ABOVE ? (
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

