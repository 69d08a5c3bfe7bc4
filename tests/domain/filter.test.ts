import { describe, expect, it } from 'vitest';

import {
  buildSearchIndex,
  countFilterOptions,
  filterSessions,
  hasNarrowingFilters,
  NO_FILTERS,
  type ScheduleFilters,
} from '../../src/domain/filter';
import { makeEdition, makeRoom, makeSession, makeTrack } from '../app/support/agenda-factory';

const rooms = [makeRoom('Auditorio'), makeRoom('Sala A'), makeRoom('Sala B')];
const tracks = [makeTrack('Ciencia de datos'), makeTrack('Ingeniería de datos')];

const sessions = [
  makeSession({
    title: 'Keynote: el futuro de los datos',
    day: '2027-03-10',
    from: '09:00',
    to: '10:00',
    room: 'auditorio',
    plenary: true,
  }),
  makeSession({
    title: 'La transición a la nube',
    day: '2027-03-10',
    from: '10:00',
    to: '10:40',
    room: 'sala-a',
    track: 'ingenieria-de-datos',
    speakers: [{ slug: 'ana-nunez', name: 'Ana Nunez' }],
  }),
  makeSession({
    title: 'Modelos de riesgo',
    day: '2027-03-10',
    from: '10:00',
    to: '10:40',
    room: 'sala-b',
    track: 'ciencia-de-datos',
    body: 'Regresión logística con **Python**.',
  }),
  makeSession({
    title: 'Taller de Polars',
    day: '2027-03-11',
    from: '10:00',
    to: '12:00',
    room: 'sala-b',
    track: 'ingenieria-de-datos',
    speakers: [{ slug: null, name: 'Iñaki Peña' }],
  }),
  makeSession({ title: 'Sesión sin sala', day: '2027-03-11', from: '12:00', to: '12:30' }),
];

const edition = makeEdition({ id: '2027', rooms, tracks, sessions });
const index = buildSearchIndex(edition);
const roomIds = rooms.map((room) => room.id);

function titles(filters: Partial<ScheduleFilters>): string[] {
  return filterSessions(sessions, { ...NO_FILTERS, ...filters }, index).map((session) => session.title);
}

describe('filterSessions', () => {
  it.each([
    { case: 'no filter', filters: {}, expected: 5 },
    { case: 'day', filters: { day: '2027-03-11' }, expected: 2 },
    { case: 'room, with the plenary session', filters: { room: 'sala-b' }, expected: 3 },
    { case: 'track', filters: { track: 'ingenieria-de-datos' }, expected: 2 },
    { case: 'day and track', filters: { day: '2027-03-10', track: 'ingenieria-de-datos' }, expected: 1 },
    { case: 'day, room and track', filters: { day: '2027-03-11', room: 'sala-b', track: 'ingenieria-de-datos' }, expected: 1 },
    { case: 'room and track with nothing in common', filters: { room: 'sala-a', track: 'ciencia-de-datos' }, expected: 0 },
    { case: 'query and day', filters: { query: 'datos', day: '2027-03-10' }, expected: 3 },
  ])('combines filters: $case', ({ filters, expected }) => {
    expect(titles(filters)).toHaveLength(expected);
  });

  it('finds accented words typed without accents', () => {
    expect(titles({ query: 'transicion' })).toEqual(['La transición a la nube']);
  });

  it('finds unaccented names typed with accents', () => {
    expect(titles({ query: 'Nuñez' })).toEqual(['La transición a la nube']);
  });

  it('ignores case and extra spaces', () => {
    expect(titles({ query: '  TALLER   polars ' })).toEqual(['Taller de Polars']);
  });

  it('requires every word of the query', () => {
    expect(titles({ query: 'taller nube' })).toEqual([]);
  });

  it.each([
    { field: 'speaker', query: 'inaki pena', expected: 'Taller de Polars' },
    { field: 'track label', query: 'ciencia de datos', expected: 'Modelos de riesgo' },
    { field: 'room name', query: 'auditorio', expected: 'Keynote: el futuro de los datos' },
    { field: 'abstract', query: 'regresion logistica', expected: 'Modelos de riesgo' },
  ])('searches the $field', ({ query, expected }) => {
    expect(titles({ query })).toEqual([expected]);
  });
});

describe('SearchIndex', () => {
  const ids = (matches: ReadonlySet<string> | null) => (matches === null ? null : [...matches].sort());
  const idOf = (title: string) => sessions.find((session) => session.title === title)?.id;

  it('returns null for a query without words', () => {
    expect(buildSearchIndex(edition).matching('  ')).toBeNull();
  });

  it('matches every word anywhere in the text', () => {
    expect(ids(buildSearchIndex(edition).matching('python riesgo'))).toEqual([idOf('Modelos de riesgo')]);
  });

  it('agrees with a fresh index while typing', () => {
    const typed = buildSearchIndex(edition);
    const queries = ['d', 'da', 'dat', 'datos', 'datos n', 'datos nu', 'datos nub', 'datos nu', 'datos', 'da', 'ta', 'a d', 'de la', 'la de', ''];

    for (const query of queries) {
      expect(ids(typed.matching(query)), query).toEqual(ids(buildSearchIndex(edition).matching(query)));
    }
  });

  it('stays correct after evicting old queries', () => {
    const typed = buildSearchIndex(edition);
    const queries = Array.from({ length: 40 }, (_, number) => `${'datos'.slice(0, (number % 5) + 1)} ${number}`);

    for (const query of [...queries, 'datos', 'polars', 'p']) {
      expect(ids(typed.matching(query)), query).toEqual(ids(buildSearchIndex(edition).matching(query)));
    }
  });
});

describe('countFilterOptions', () => {
  it('counts each option as if it were chosen', () => {
    const counts = countFilterOptions(sessions, { ...NO_FILTERS, day: '2027-03-10', track: 'ingenieria-de-datos' }, index, roomIds);

    expect(counts.total).toBe(1);
    expect(Object.fromEntries(counts.days)).toEqual({ '2027-03-10': 1, '2027-03-11': 1 });
    expect(Object.fromEntries(counts.rooms)).toEqual({ 'sala-a': 1 });
    expect(Object.fromEntries(counts.tracks)).toEqual({ 'ingenieria-de-datos': 1, 'ciencia-de-datos': 1 });
  });

  it('counts a plenary session in every room', () => {
    const counts = countFilterOptions(sessions, { ...NO_FILTERS, day: '2027-03-10' }, index, roomIds);

    expect(Object.fromEntries(counts.rooms)).toEqual({ auditorio: 1, 'sala-a': 2, 'sala-b': 2 });
  });

  it('narrows every count by the query', () => {
    const counts = countFilterOptions(sessions, { ...NO_FILTERS, query: 'polars' }, index, roomIds);

    expect(counts.total).toBe(1);
    expect(Object.fromEntries(counts.days)).toEqual({ '2027-03-11': 1 });
    expect(Object.fromEntries(counts.rooms)).toEqual({ 'sala-b': 1 });
  });
});

describe('hasNarrowingFilters', () => {
  it('ignores the day and a blank query', () => {
    expect(hasNarrowingFilters({ ...NO_FILTERS, day: '2027-03-10', query: '   ' })).toBe(false);
    expect(hasNarrowingFilters({ ...NO_FILTERS, room: 'sala-a' })).toBe(true);
  });
});
