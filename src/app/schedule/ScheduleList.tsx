// The phone list: entries grouped by start time under sticky time headers. Long
// lists are virtualized by group, so a day of thousands of sessions keeps only
// the groups near the viewport in the document.

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { Edition } from '../../domain/types.ts';
import { useTimeDisplay } from '../i18n/index.ts';
import type { EditionLookup } from './edition-lookup.ts';
import { PlenaryBlock } from './PlenaryBlock.tsx';
import { isRunning, type ScheduleEntry } from './schedule-entries.ts';
import { SessionCard } from './SessionCard.tsx';

/** Lists with more entries than this are virtualized; shorter ones render whole, which keeps find-in-page working. */
export const VIRTUALIZE_ABOVE = 150;

/** Estimated height of one group in pixels before it is measured: a header and one card per entry. */
const HEADER_ESTIMATE_PX = 40;
const CARD_ESTIMATE_PX = 150;

interface TimeGroup {
  start: string;
  entries: ScheduleEntry[];
}

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

export function ScheduleList({ edition, lookup, entries, now, label }: ScheduleListProps) {
  const groups = useMemo(() => groupByStart(entries), [entries]);
  const props = { edition, lookup, now };

  return (
    <section className="schedule-list" aria-label={label}>
      {entries.length > VIRTUALIZE_ABOVE ? (
        <VirtualGroups groups={groups} {...props} />
      ) : (
        groups.map((group) => <Group key={group.start} group={group} {...props} />)
      )}
    </section>
  );
}

interface GroupProps {
  group: TimeGroup;
  edition: Edition;
  lookup: EditionLookup;
  now: number;
}

function Group({ group, edition, lookup, now }: GroupProps) {
  const timeDisplay = useTimeDisplay();
  const heading = timeDisplay.formatTime(group.start, edition.timeZone);
  const running = group.entries.some((entry) => isRunning(entry, now));

  return (
    <div className="time-group" data-now-anchor={running ? '' : undefined}>
      <h2 className="time-heading">
        {heading.main}
        {heading.other !== null && <span className="time-other"> ({heading.otherLabel}: {heading.other})</span>}
      </h2>
      <ul className="card-list">
        {group.entries.map((entry) => (
          <li key={entry.id}>
            {entry.kind === 'plenary' ? (
              <PlenaryBlock item={entry.item} timeZone={edition.timeZone} inProgress={isRunning(entry, now)} />
            ) : (
              <SessionCard session={entry.session} lookup={lookup} inProgress={isRunning(entry, now)} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function VirtualGroups({ groups, ...props }: Omit<GroupProps, 'group'> & { groups: TimeGroup[] }) {
  // The window scrolls, and the list starts below the toolbar, so item offsets are
  // measured from the list's top.
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: groups.length,
    scrollMargin,
    estimateSize: (index) => HEADER_ESTIMATE_PX + (groups[index]?.entries.length ?? 1) * CARD_ESTIMATE_PX,
    overscan: 3,
    getItemKey: (index) => groups[index]?.start ?? index,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div ref={listRef} className="virtual-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => {
        const group = groups[item.index];
        if (!group) return null;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <Group group={group} {...props} />
          </div>
        );
      })}
    </div>
  );
}
