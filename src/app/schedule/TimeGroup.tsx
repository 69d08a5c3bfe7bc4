import type { Edition } from '../../domain/types.ts';
import { useTimeDisplay } from '../i18n/index.ts';
import type { EditionLookup } from './edition-lookup.ts';
import { PlenaryBlock } from './PlenaryBlock.tsx';
import { isRunning, type ScheduleEntry } from './schedule-entries.ts';
import { SessionCard } from './SessionCard.tsx';

/** Entries that start at the same instant, under one time heading. */
export interface TimeGroup {
  start: string;
  entries: ScheduleEntry[];
}

export interface GroupProps {
  group: TimeGroup;
  edition: Edition;
  lookup: EditionLookup;
  now: number;
}

/** Renders the sticky heading of a time group, with the other clock's time when it differs. */
export function TimeHeading({ start, edition }: { start: string; edition: Edition }) {
  const heading = useTimeDisplay().formatTime(start, edition.timeZone);

  return (
    <h2 className="time-heading">
      {heading.main}
      {heading.other !== null && <span className="time-other"> ({heading.otherLabel}: {heading.other})</span>}
    </h2>
  );
}

/** Renders one list entry as a session card or a plenary block. */
export function ListEntry({ entry, edition, lookup, now }: Omit<GroupProps, 'group'> & { entry: ScheduleEntry }) {
  if (entry.kind === 'plenary') {
    return <PlenaryBlock item={entry.item} timeZone={edition.timeZone} inProgress={isRunning(entry, now)} />;
  }
  return <SessionCard session={entry.session} lookup={lookup} inProgress={isRunning(entry, now)} />;
}

export function Group({ group, edition, lookup, now }: GroupProps) {
  const running = group.entries.some((entry) => isRunning(entry, now));

  return (
    <div className="time-group" data-now-anchor={running ? '' : undefined}>
      <TimeHeading start={group.start} edition={edition} />
      <ul className="card-list">
        {group.entries.map((entry) => (
          <li key={entry.id}>
            <ListEntry entry={entry} edition={edition} lookup={lookup} now={now} />
          </li>
        ))}
      </ul>
    </div>
  );
}
