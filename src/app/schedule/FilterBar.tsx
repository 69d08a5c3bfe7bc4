import { memo, useId, useState } from 'react';

import type { FilterCounts, ScheduleFilters } from '../../domain/filter.ts';
import type { Room, Track } from '../../domain/types.ts';
import { useLanguage } from '../i18n/index.ts';

interface FilterBarProps {
  /** The search text as typed. */
  query: string;
  room: string | null;
  track: string | null;
  counts: FilterCounts;
  rooms: readonly Room[];
  tracks: readonly Track[];
  hasFilters: boolean;
  onChange: (changes: Partial<ScheduleFilters>) => void;
  onQueryChange: (query: string) => void;
  /** Called when the box loses focus or the form is submitted, which ends a run of typing. */
  onQueryDone: () => void;
  onClear: () => void;
}

// Memoized so that writing the search text to the address, which renders the
// schedule again with the same values, leaves the box alone.
export const FilterBar = memo(function FilterBar({
  query,
  room,
  track,
  counts,
  rooms,
  tracks,
  hasFilters,
  onChange,
  onQueryChange,
  onQueryDone,
  onClear,
}: FilterBarProps) {
  const { t } = useLanguage();
  const id = useId();

  // On a phone the room and track menus fold behind a button that counts the
  // active ones, so the first session shows above the fold. Wide screens always
  // show them and hide the button (see app.css).
  const [expanded, setExpanded] = useState(false);
  const activeCount = (room === null ? 0 : 1) + (track === null ? 0 : 1);

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t.schedule.filters}
      data-expanded={expanded}
      onSubmit={(event) => {
        event.preventDefault();
        onQueryDone();
      }}
    >
      <div className="field field-search">
        <label htmlFor={`${id}-q`}>{t.schedule.search}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          placeholder={t.schedule.searchPlaceholder}
          autoComplete="off"
          onChange={(event) => onQueryChange(event.target.value)}
          onBlur={onQueryDone}
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

      <FilterMenus
        id={`${id}-more`}
        room={room}
        track={track}
        counts={counts}
        rooms={rooms}
        tracks={tracks}
        hasFilters={hasFilters}
        onChange={onChange}
        onClear={onClear}
      />
    </form>
  );
});

type FilterMenusProps = Omit<FilterBarProps, 'query' | 'onQueryChange' | 'onQueryDone'> & { id: string };

// Memoized so that renders which leave the counts as they were skip every option.
// Those are the render after the search text is written to the address and, in
// grid view, a keystroke's first render.
const FilterMenus = memo(function FilterMenus({ id, room, track, counts, rooms, tracks, hasFilters, onChange, onClear }: FilterMenusProps) {
  const { t } = useLanguage();

  const roomOptions = rooms.map((candidate) => ({
    id: candidate.id,
    label: t.schedule.option(candidate.name, counts.rooms.get(candidate.id) ?? 0),
  }));
  const trackOptions = tracks.map((candidate) => ({
    id: candidate.id,
    label: t.schedule.option(candidate.label, counts.tracks.get(candidate.id) ?? 0),
  }));

  return (
    <div id={id} className="filter-more">
      <FilterSelect
        id={`${id}-room`}
        label={t.schedule.room}
        allLabel={t.schedule.allRooms}
        value={room}
        options={roomOptions}
        onChange={(value) => onChange({ room: value })}
      />
      <FilterSelect
        id={`${id}-track`}
        label={t.schedule.track}
        allLabel={t.schedule.allTracks}
        value={track}
        options={trackOptions}
        onChange={(value) => onChange({ track: value })}
      />

      <button type="button" className="clear-filters" onClick={onClear} disabled={!hasFilters}>
        {t.schedule.clearFilters}
      </button>
    </div>
  );
});

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first option's text, which clears the filter. */
  allLabel: string;
  value: string | null;
  options: readonly { id: string; label: string }[];
  onChange: (value: string | null) => void;
}

/** Renders one filter menu, or nothing when the edition has no values for it. */
function FilterSelect({ id, label, allLabel, value, options, onChange }: FilterSelectProps) {
  if (options.length === 0) return null;

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
