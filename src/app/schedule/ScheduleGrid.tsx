// The wide-screen grid: one column per room in the day's room order, rows cut at
// every start and end time. Each row is at least tall enough for a short talk's
// title and grows with its content, so back-to-back short talks never overlap.
//
// The DOM lists each start time as an h2 followed by the cards that start then,
// so that a screen reader's heading outline runs h1, time, session. CSS grid
// positions put each element in its cell regardless of that order.

import { Fragment, memo, useMemo, type CSSProperties, type ReactNode } from 'react';

import { layoutDay, type DayLayout, type GridPlacement, type GridRow, type GridStack } from '../../domain/layout.ts';
import { formatTime } from '../../domain/format.ts';
import type { Edition, TimeZone } from '../../domain/types.ts';
import { useLanguage, useTimeDisplay } from '../i18n/index.ts';
import type { EditionLookup } from './edition-lookup.ts';
import { PlenaryBlock } from './PlenaryBlock.tsx';
import { isRunning, type ScheduleEntry } from './schedule-entries.ts';
import { SessionCard } from './SessionCard.tsx';

/** Height of one minute of a session, and the least height of a row with something in it. */
const REM_PER_MINUTE = 0.12;
const MIN_ROW_REM = 4.5;
const EMPTY_ROW_REM = 1;

interface ScheduleGridProps {
  edition: Edition;
  lookup: EditionLookup;
  /** The day's room ids in display order. */
  roomOrder: readonly string[];
  entries: readonly ScheduleEntry[];
  now: number;
  label: string;
}

function rowSize(row: GridRow): string {
  if (row.empty) return `${EMPTY_ROW_REM}rem`;
  return `minmax(${Math.max(MIN_ROW_REM, row.minutes * REM_PER_MINUTE).toFixed(2)}rem, auto)`;
}

type GridCell =
  | { kind: 'placement'; placement: GridPlacement<ScheduleEntry> }
  | { kind: 'stack'; stack: GridStack<ScheduleEntry> };

/** Groups placements and stacks by their start row, each group in lane order. */
function groupCellsByRow(layout: DayLayout<ScheduleEntry>): Map<number, GridCell[]> {
  const cells: GridCell[] = [
    ...layout.placements.map((placement): GridCell => ({ kind: 'placement', placement })),
    ...layout.stacks.map((stack): GridCell => ({ kind: 'stack', stack })),
  ];
  const byRow = new Map<number, GridCell[]>();

  for (const cell of cells) {
    const area = cell.kind === 'stack' ? cell.stack : cell.placement;
    const row = byRow.get(area.rowStart) ?? [];
    row.push(cell);
    byRow.set(area.rowStart, row);
  }

  for (const row of byRow.values()) {
    row.sort((a, b) => (a.kind === 'stack' ? a.stack : a.placement).laneStart - (b.kind === 'stack' ? b.stack : b.placement).laneStart);
  }
  return byRow;
}

/** Returns the grid position of a cell; row 1 and column 1 are the headers and the time axis. */
function cellStyle(area: { rowStart: number; rowEnd: number; laneStart: number; laneEnd: number }): CSSProperties {
  return {
    gridRow: `${area.rowStart + 2} / ${area.rowEnd + 2}`,
    gridColumn: `${area.laneStart + 2} / ${area.laneEnd + 2}`,
  };
}

interface GridStackCellProps {
  stack: GridStack<ScheduleEntry>;
  lookup: EditionLookup;
  timeZone: TimeZone;
  now: number;
}

/**
 * Renders the sessions a room runs at once beyond its side-by-side lanes as a list
 * with a visible count. The list scrolls inside its cell on screen, so one busy
 * room does not stretch the whole time slot.
 */
function GridStackCell({ stack, lookup, timeZone, now }: GridStackCellProps) {
  const { t } = useLanguage();

  return (
    <div className="grid-stack" style={cellStyle(stack)} role="group" aria-label={t.schedule.stackLabel(stack.entries.length)}>
      <p className="grid-stack-count">{t.schedule.stackLabel(stack.entries.length)}</p>
      <ul className="grid-stack-list">
        {stack.entries.map((entry) => (
          <li key={entry.id}>
            {entry.kind === 'plenary' ? (
              <PlenaryBlock item={entry.item} timeZone={timeZone} inProgress={isRunning(entry, now)} />
            ) : (
              <SessionCard session={entry.session} lookup={lookup} inProgress={isRunning(entry, now)} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Returns the row that contains `now` and how far through it `now` is, or null outside the day. */
function locateNow(rows: readonly GridRow[], now: number): { row: number; fraction: number } | null {
  const row = rows.findIndex((candidate) => candidate.start <= now && now < candidate.end);
  if (row === -1) return null;

  const found = rows[row];
  if (!found) return null;
  return { row, fraction: (now - found.start) / (found.end - found.start) };
}

// Memoized so that a search keystroke, which renders the page at once with the
// old results, skips the grid until the deferred results change its entries.
// NOTE: the grid renders every card of the day. Unlike the phone list it is not
// virtualized, so a day with thousands of sessions is slow to open in grid view.
export const ScheduleGrid = memo(function ScheduleGrid({ edition, lookup, roomOrder, entries, now, label }: ScheduleGridProps) {
  const { t, language } = useLanguage();
  const timeDisplay = useTimeDisplay();
  const layout: DayLayout<ScheduleEntry> = useMemo(() => layoutDay(entries, roomOrder), [entries, roomOrder]);
  const nowPosition = locateNow(layout.rows, now);

  // Column 1 is the time axis and row 1 the room headers, so data starts at 2.
  const gridStyle: CSSProperties = {
    gridTemplateColumns: `var(--time-axis-width) repeat(${layout.laneCount}, minmax(var(--lane-min-width), 1fr))`,
    gridTemplateRows: `auto ${layout.rows.map(rowSize).join(' ')}`,
  };

  // The axis shows the edition's clock, or the device's when that is the main one.
  const axisZone = timeDisplay.mode === 'device' ? timeDisplay.deviceZone : edition.timeZone;
  const cellsByRow = useMemo(() => groupCellsByRow(layout), [layout]);

  const renderCell = (cell: GridCell): ReactNode => {
    if (cell.kind === 'stack') {
      return (
        <GridStackCell
          key={`stack@${cell.stack.rowStart}:${cell.stack.laneStart}`}
          stack={cell.stack}
          lookup={lookup}
          timeZone={edition.timeZone}
          now={now}
        />
      );
    }

    const { placement } = cell;
    const entry = placement.entry;
    const key = `${entry.id}#${placement.piece}`;
    const running = isRunning(entry, now);
    const repeat = placement.piece > 0;
    const style = cellStyle(placement);

    if (entry.kind === 'plenary') {
      return <PlenaryBlock key={key} item={entry.item} timeZone={edition.timeZone} inProgress={running} repeat={repeat} style={style} />;
    }
    return <SessionCard key={key} session={entry.session} lookup={lookup} inProgress={running} repeat={repeat} style={style} />;
  };

  return (
    <section className="schedule-grid-scroller" aria-label={label}>
      <div className="schedule-grid" style={gridStyle}>
        <div className="grid-corner" aria-hidden="true" style={{ gridRow: 1, gridColumn: 1 }}>
          {t.schedule.time}
        </div>
        {layout.columns.map((column) => (
          <div
            key={column.room ?? '(none)'}
            className="grid-room"
            aria-hidden="true"
            style={{ gridRow: 1, gridColumn: `${column.firstLane + 2} / span ${column.laneCount}` }}
          >
            {column.room === null ? t.schedule.noRoom : (lookup.rooms.get(column.room)?.name ?? column.room)}
          </div>
        ))}

        <div className="grid-axis" aria-hidden="true" style={{ gridRow: '1 / -1', gridColumn: 1 }} />

        {layout.rows.map((row, index) => {
          const cells = cellsByRow.get(index) ?? [];
          if (!row.startsEntry && cells.length === 0) return null;

          return (
            <Fragment key={row.start}>
              {row.startsEntry && (
                <h2 className="grid-time" style={{ gridRow: index + 2, gridColumn: 1 }}>
                  {formatTime(new Date(row.start).toISOString(), axisZone, language)}
                </h2>
              )}
              {cells.map((cell) => renderCell(cell))}
            </Fragment>
          );
        })}

        {nowPosition !== null && (
          <>
            <div className="now-line-row" style={{ gridRow: nowPosition.row + 2, gridColumn: '1 / -1' }} data-now-anchor="">
              <div className="now-line" style={{ top: `${(nowPosition.fraction * 100).toFixed(1)}%` }} />
            </div>
            <div className="now-marker-row" style={{ gridRow: nowPosition.row + 2, gridColumn: 1 }}>
              <div className="now-marker" style={{ top: `${(nowPosition.fraction * 100).toFixed(1)}%` }}>
                <span className="now-label">{t.schedule.now}</span>
              </div>
            </div>
          </>
        )}
      </div>
    </section>
  );
});
