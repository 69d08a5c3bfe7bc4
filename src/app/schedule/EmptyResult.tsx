import type { ScheduleFilters } from '../../domain/filter.ts';
import { useLanguage } from '../i18n/index.ts';
import type { EditionLookup } from './edition-lookup.ts';

interface EmptyResultProps {
  filters: ScheduleFilters;
  lookup: EditionLookup;
  otherDaysCount: number;
  onClear: () => void;
}

/** Says which filters left the day empty, and offers to clear them. */
export function EmptyResult({ filters, lookup, otherDaysCount, onClear }: EmptyResultProps) {
  const { t } = useLanguage();
  const reasons: string[] = [];

  if (filters.query.trim() !== '') reasons.push(t.schedule.reasonQuery(filters.query.trim()));
  if (filters.room !== null) reasons.push(t.schedule.reasonRoom(lookup.rooms.get(filters.room)?.name ?? filters.room));
  if (filters.track !== null) {
    reasons.push(t.schedule.reasonTrack(lookup.tracks.get(filters.track)?.label ?? filters.track));
  }

  if (reasons.length === 0) {
    return <p className="empty-result">{t.schedule.noSessionsOnDay}</p>;
  }

  return (
    <div className="empty-result" role="status">
      <p>{t.schedule.noMatches(reasons.join(t.schedule.and))}</p>
      {otherDaysCount > 0 && <p>{t.schedule.matchesOnOtherDays(otherDaysCount)}</p>}
      <button type="button" onClick={onClear}>
        {t.schedule.clearFilters}
      </button>
    </div>
  );
}
