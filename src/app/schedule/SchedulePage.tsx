import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Link } from 'wouter';

import {
  buildSearchIndex,
  countFilterOptions,
  filterSessions,
  hasNarrowingFilters,
  NO_FILTERS,
  type ScheduleFilters,
} from '../../domain/filter.ts';
import { formatDayLong } from '../../domain/format.ts';
import { localDateOf } from '../../domain/time.ts';
import type { Edition, LocalDate } from '../../domain/types.ts';
import { LoadError, Loading } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useClock, useConference } from '../data/agenda-context.tsx';
import { useEdition } from '../data/queries.ts';
import { useLanguage } from '../i18n/index.ts';
import { pickDefaultEdition } from '../lib/default-edition.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { paths } from '../lib/paths.ts';
import { rememberScheduleView } from '../lib/schedule-return.ts';
import { FilteredCalendarExport } from '../personal/CalendarActions.tsx';
import { DayTabs } from './DayTabs.tsx';
import { buildEditionLookup } from './edition-lookup.ts';
import { EditionSwitcher } from './EditionSwitcher.tsx';
import { EmptyResult } from './EmptyResult.tsx';
import { FilterBar } from './FilterBar.tsx';
import { buildDayEntries, countDayEntries } from './schedule-entries.ts';
import { ScheduleList } from './ScheduleList.tsx';
import { useScheduleFilters } from './use-schedule-filters.ts';
import { useScheduleView } from './view-mode.ts';
import { ViewSwitch } from './ViewSwitch.tsx';
import { ZoneBar } from './ZoneBar.tsx';

const MINUTE_MS = 60_000;

// Phones open the list, so the grid and its layout code load only in grid view.
const loadScheduleGrid = () => import('./ScheduleGrid.tsx');
const ScheduleGrid = lazy(() => loadScheduleGrid().then((module) => ({ default: module.ScheduleGrid })));

/** Renders the schedule of the edition that `/` and `/agenda/` open. */
export function DefaultSchedulePage() {
  const conference = useConference();
  const now = useClock()();
  const { t } = useLanguage();
  const edition = pickDefaultEdition(conference, now);

  if (edition === null) {
    return (
      <section className="page">
        <PageHeading>{conference.name}</PageHeading>
        <p>{t.app.noEditions}</p>
      </section>
    );
  }
  return <SchedulePage key={edition.id} editionId={edition.id} />;
}

export function SchedulePage({ editionId }: { editionId: string }) {
  const conference = useConference();
  const { t } = useLanguage();
  const known = conference.editions.some((edition) => edition.id === editionId);
  const query = useEdition(editionId);
  const [view] = useScheduleView();

  // Wide screens open on the grid, so its chunk loads beside the edition's data.
  // A failed load is left to the lazy grid, which loads again and reports it.
  useEffect(() => {
    if (view === 'grid') loadScheduleGrid().catch(() => {});
  }, [view]);

  if (!known) {
    return (
      <section className="page">
        <PageHeading>{t.schedule.unknownEdition(editionId)}</PageHeading>
        <p>{t.schedule.unknownEditionHelp}</p>
        <ul>
          {conference.editions.map((edition) => (
            <li key={edition.id}>
              <Link href={paths.schedule.getHref(edition.id)}>{edition.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;

  return <EditionSchedule edition={query.data} />;
}

/** Lists the edition's days: the config's, else the days that sessions fall on. */
function listDays(edition: Edition): LocalDate[] {
  if (edition.days.length > 0) return edition.days.map((day) => day.date);
  return [...new Set([...edition.sessions, ...edition.plenaryItems].map((item) => item.day))].sort();
}

/** Drops filter values that the edition does not have, and names each one dropped. */
function validateFilters(filters: ScheduleFilters, edition: Edition, days: readonly LocalDate[]) {
  const valid = { ...filters };
  const ignored: { name: string; value: string }[] = [];

  if (filters.day !== null && !days.includes(filters.day)) {
    ignored.push({ name: 'day', value: filters.day });
    valid.day = null;
  }
  if (filters.room !== null && !edition.rooms.some((room) => room.id === filters.room)) {
    ignored.push({ name: 'room', value: filters.room });
    valid.room = null;
  }
  if (filters.track !== null && !edition.tracks.some((track) => track.id === filters.track)) {
    ignored.push({ name: 'track', value: filters.track });
    valid.track = null;
  }
  return { valid, ignored };
}

function EditionSchedule({ edition }: { edition: Edition }) {
  const conference = useConference();
  const { t, language } = useLanguage();
  // Whole minutes, so that renders within a minute pass equal props to the
  // memoized grid and list.
  const now = Math.floor(useClock()() / MINUTE_MS) * MINUTE_MS;
  const { filters: typedFilters, setFilters, setQuery, flushQuery, hrefFor, search } = useScheduleFilters();
  const [view, setView] = useScheduleView();

  const days = useMemo(() => listDays(edition), [edition]);
  const { valid, ignored } = validateFilters(typedFilters, edition, days);
  const today = localDateOf(now, edition.timeZone);
  const day = valid.day ?? (days.includes(today) ? today : (days[0] ?? today));

  // The list renders a screenful of rows on long days (it is virtualized) and few
  // cards on short ones, so it shows a keystroke's results in the same frame as
  // the typed character. The grid renders every card of the day, so there the
  // results follow a deferred copy of the text, in a render that the next
  // keystroke can interrupt.
  const deferredQuery = useDeferredValue(valid.query);
  const query = view === 'grid' ? deferredQuery : valid.query;
  const filters = useMemo(
    () => ({ day: valid.day, room: valid.room, track: valid.track, query }),
    [valid.day, valid.room, valid.track, query],
  );
  const effective = useMemo(() => ({ ...filters, day }), [filters, day]);

  const lookup = useMemo(() => buildEditionLookup(edition), [edition]);
  const searchIndex = useMemo(() => buildSearchIndex(edition), [edition]);
  const roomIds = useMemo(() => edition.rooms.map((room) => room.id), [edition]);
  const counts = useMemo(
    () => countFilterOptions(edition.sessions, effective, searchIndex, roomIds),
    [edition, effective, searchIndex, roomIds],
  );
  const visible = useMemo(() => filterSessions(edition.sessions, effective, searchIndex), [edition, effective, searchIndex]);
  const narrowed = hasNarrowingFilters(effective);

  const entries = useMemo(() => {
    const plenary = narrowed ? [] : edition.plenaryItems.filter((item) => item.day === day);
    return buildDayEntries(visible, plenary);
  }, [edition, visible, narrowed, day]);
  const dayEntryCount = useMemo(() => countDayEntries(edition, day), [edition, day]);
  const roomOrder = useMemo(
    () => edition.days.find((candidate) => candidate.date === day)?.rooms ?? roomIds,
    [edition, day, roomIds],
  );

  const otherDaysCount = [...counts.days].reduce((sum, [date, count]) => (date === day ? sum : sum + count), 0);
  const dayHref = useCallback((date: LocalDate) => hrefFor({ ...filters, day: date }), [hrefFor, filters]);
  const clear = useCallback(() => setFilters({ ...NO_FILTERS, day: valid.day }), [setFilters, valid.day]);
  const dayLabel = formatDayLong(day, language);

  useDocumentMeta(`${edition.title} · ${conference.name}`, t.schedule.metaDescription(edition.title));

  useEffect(() => {
    rememberScheduleView(edition.id, paths.schedule.getHref(edition.id, search));
  }, [edition.id, search]);

  useScrollToNow(day === today, view);

  return (
    <section className="schedule">
      <div className="schedule-header">
        <PageHeading>{edition.title}</PageHeading>
        <EditionSwitcher editions={conference.editions} current={edition.id} />
      </div>

      {ignored.map(({ name, value }) => (
        <p key={name} className="notice" role="status">
          {t.schedule.unknownFilter(name, value)}
        </p>
      ))}

      <DayTabs days={days} selected={day} counts={counts.days} hrefFor={dayHref} />

      <FilterBar
        query={typedFilters.query}
        room={valid.room}
        track={valid.track}
        counts={counts}
        rooms={edition.rooms}
        tracks={edition.tracks}
        hasFilters={hasNarrowingFilters(valid)}
        onChange={setFilters}
        onQueryChange={setQuery}
        onQueryDone={flushQuery}
        onClear={clear}
      />

      <div className="schedule-toolbar">
        <p className="result-count" aria-live="polite">
          {dayLabel} · {t.schedule.resultCount(visible.length)}
        </p>
        <ViewSwitch view={view} onChange={setView} />
        <FilteredCalendarExport sessions={visible} edition={edition} />
      </div>
      <ZoneBar timeZone={edition.timeZone} at={edition.start ?? new Date(now).toISOString()} />

      {edition.sessions.length === 0 && edition.plenaryItems.length === 0 ? (
        <p className="empty-result">{t.schedule.editionEmpty}</p>
      ) : entries.length === 0 ? (
        <EmptyResult filters={filters} lookup={lookup} otherDaysCount={otherDaysCount} onClear={clear} />
      ) : view === 'grid' ? (
        <Suspense fallback={<Loading />}>
          <ScheduleGrid
            edition={edition}
            lookup={lookup}
            roomOrder={roomOrder}
            entries={entries}
            now={now}
            label={t.schedule.gridLabel(dayLabel)}
          />
        </Suspense>
      ) : (
        <ScheduleList
          edition={edition}
          lookup={lookup}
          entries={entries}
          dayEntryCount={dayEntryCount}
          now={now}
          label={t.schedule.listLabel(dayLabel)}
        />
      )}
    </section>
  );
}

/** Scrolls to what is on now, once per view, when the day shown is today at the venue. */
function useScrollToNow(isToday: boolean, view: string) {
  const scrolledFor = useRef<string | null>(null);

  useEffect(() => {
    if (!isToday || scrolledFor.current === view) return;

    const anchor = document.querySelector('[data-now-anchor]');
    if (anchor === null || typeof anchor.scrollIntoView !== 'function') return;
    scrolledFor.current = view;
    anchor.scrollIntoView({ block: 'center' });
  });
}
