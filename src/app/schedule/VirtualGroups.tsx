// Virtualized time groups for long lists, in a chunk of its own so that the
// schedule's first load does not carry the virtualizer.

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

import { Group, type GroupProps, type TimeGroup } from './TimeGroup.tsx';

/** Estimated height of one group in pixels before it is measured: a header and one card per entry. */
const HEADER_ESTIMATE_PX = 40;
const CARD_ESTIMATE_PX = 150;

export default function VirtualGroups({ groups, ...props }: Omit<GroupProps, 'group'> & { groups: TimeGroup[] }) {
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
