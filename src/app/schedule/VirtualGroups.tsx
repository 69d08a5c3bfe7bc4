// Virtualized rows for long lists, in a chunk of its own so that the schedule's
// first load does not carry the virtualizer. Each heading and each card is one
// row, so a time slot with sixty parallel talks never renders all sixty at once.
// The heading of the group at the top of the viewport is always rendered and
// made sticky, which keeps "what time is this" visible while scrolling.

import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { isRunning, type ScheduleEntry } from './schedule-entries.ts';
import { ListEntry, TimeHeading, type GroupProps, type TimeGroup } from './TimeGroup.tsx';

/** Estimated row heights in pixels before rows are measured. */
const HEADER_ESTIMATE_PX = 40;
const CARD_ESTIMATE_PX = 150;

type Row = { kind: 'heading'; start: string; running: boolean } | { kind: 'entry'; entry: ScheduleEntry };

function flattenGroups(groups: readonly TimeGroup[], now: number): Row[] {
  return groups.flatMap((group): Row[] => [
    { kind: 'heading', start: group.start, running: group.entries.some((entry) => isRunning(entry, now)) },
    ...group.entries.map((entry): Row => ({ kind: 'entry', entry })),
  ]);
}

function rowKey(row: Row | undefined): string {
  if (row === undefined) return '';
  return row.kind === 'heading' ? `heading ${row.start}` : `entry ${row.entry.id}`;
}

/** Returns the index of the last heading at or before `index`. */
function headingAtOrBefore(headingIndexes: readonly number[], index: number): number {
  let found = headingIndexes[0] ?? 0;
  for (const candidate of headingIndexes) {
    if (candidate > index) break;
    found = candidate;
  }
  return found;
}

export default function VirtualGroups({ groups, edition, lookup, now }: Omit<GroupProps, 'group'> & { groups: TimeGroup[] }) {
  const rows = useMemo(() => flattenGroups(groups, now), [groups, now]);
  const headingIndexes = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'heading' ? [index] : [])),
    [rows],
  );

  // The window scrolls, and the list starts below the toolbar, so row offsets are
  // measured from the list's top.
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);

  const stickyIndex = useRef(0);
  const rangeExtractor = useCallback(
    (range: Range) => {
      stickyIndex.current = headingAtOrBefore(headingIndexes, range.startIndex);
      const indexes = new Set([stickyIndex.current, ...defaultRangeExtractor(range)]);
      return [...indexes].sort((a, b) => a - b);
    },
    [headingIndexes],
  );

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    scrollMargin,
    overscan: 6,
    // Lets React batch scroll updates instead of rendering inside each scroll event.
    useFlushSync: false,
    estimateSize: (index) => (rows[index]?.kind === 'heading' ? HEADER_ESTIMATE_PX : CARD_ESTIMATE_PX),
    // Keys by session and time rather than by position, so that a search keystroke
    // keeps the cards that stay (React updates no DOM for them) and their measured
    // heights, instead of re-rendering and re-measuring every row that moved.
    getItemKey: (index) => rowKey(rows[index]),
    rangeExtractor,
  });

  // The page's scroll-to-now finds only rendered rows, so a list whose current
  // group is far down scrolls there itself, once.
  const scrolledToNow = useRef(false);
  useEffect(() => {
    if (scrolledToNow.current || scrollMargin === 0) return;

    const running = rows.findIndex((row) => row.kind === 'heading' && row.running);
    scrolledToNow.current = true;
    if (running > 0) virtualizer.scrollToIndex(running, { align: 'start' });
  }, [rows, scrollMargin, virtualizer]);

  return (
    <div ref={listRef} className="virtual-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;

        const sticky = row.kind === 'heading' && item.index === stickyIndex.current;
        const style = sticky
          ? { position: 'sticky' as const, top: 0, zIndex: 2 }
          : {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${item.start - scrollMargin}px)`,
            };

        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={row.kind === 'heading' ? 'virtual-heading' : 'virtual-entry'}
            style={style}
            data-now-anchor={row.kind === 'heading' && row.running ? '' : undefined}
          >
            {row.kind === 'heading' ? (
              <TimeHeading start={row.start} edition={edition} />
            ) : (
              <ListEntry entry={row.entry} edition={edition} lookup={lookup} now={now} />
            )}
          </div>
        );
      })}
    </div>
  );
}
