import { useEffect, useId, useState } from 'react';

import type { FilterCounts, ScheduleFilters } from '../../domain/filter.ts';
import type { Room, Track } from '../../domain/types.ts';
import { useLanguage } from '../i18n/index.ts';
import type { FilterUpdateOptions } from './use-schedule-filters.ts';

interface FilterBarProps {
  filters: ScheduleFilters;
  counts: FilterCounts;
  rooms: readonly Room[];
  tracks: readonly Track[];
  hasFilters: boolean;
  onChange: (changes: Partial<ScheduleFilters>, options?: FilterUpdateOptions) => void;
  onClear: () => void;
}

export function FilterBar({ filters, counts, rooms, tracks, hasFilters, onChange, onClear }: FilterBarProps) {
  const { t } = useLanguage();
  const id = useId();

  // The box keeps its own text, so typing never waits for the address to update.
  // It follows the address when that changes elsewhere (back, forward, clear).
  const [text, setText] = useState(filters.query);
  useEffect(() => setText(filters.query), [filters.query]);

  // On a phone the room and track menus fold behind a button that counts the
  // active ones, so the first session shows above the fold. Wide screens always
  // show them and hide the button (see app.css).
  const [expanded, setExpanded] = useState(false);
  const activeCount = (filters.room === null ? 0 : 1) + (filters.track === null ? 0 : 1);

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t.schedule.filters}
      data-expanded={expanded}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field field-search">
        <label htmlFor={`${id}-q`}>{t.schedule.search}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          placeholder={t.schedule.searchPlaceholder}
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            onChange({ query: event.target.value }, { replace: true });
          }}
        />
      </div>

      <button
        type="button"
        className="filter-toggle"
        aria-expanded={expanded}
        aria-controls={`${id}-more`}
        onClick={() => setExpanded((value) => !value)}
      >
        {t.schedule.filterToggle(activeCount)}
      </button>

      <div id={`${id}-more`} className="filter-more">
        {rooms.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-room`}>{t.schedule.room}</label>
            <select
              id={`${id}-room`}
              value={filters.room ?? ''}
              onChange={(event) => onChange({ room: event.target.value === '' ? null : event.target.value })}
            >
              <option value="">{t.schedule.allRooms}</option>
              {rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {t.schedule.option(room.name, counts.rooms.get(room.id) ?? 0)}
                </option>
              ))}
            </select>
          </div>
        )}

        {tracks.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-track`}>{t.schedule.track}</label>
            <select
              id={`${id}-track`}
              value={filters.track ?? ''}
              onChange={(event) => onChange({ track: event.target.value === '' ? null : event.target.value })}
            >
              <option value="">{t.schedule.allTracks}</option>
              {tracks.map((track) => (
                <option key={track.id} value={track.id}>
                  {t.schedule.option(track.label, counts.tracks.get(track.id) ?? 0)}
                </option>
              ))}
            </select>
          </div>
        )}

        <button type="button" className="clear-filters" onClick={onClear} disabled={!hasFilters}>
          {t.schedule.clearFilters}
        </button>
      </div>
    </form>
  );
}
