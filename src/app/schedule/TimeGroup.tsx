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

export function Group({ group, edition, lookup, now }: GroupProps) {
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

