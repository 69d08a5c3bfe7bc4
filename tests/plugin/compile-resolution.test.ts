import { afterEach, describe, expect, it } from 'vitest';

import { compileContent } from '../../src/plugin/compile.ts';
import { createContentFolder, talk, type TemporaryFolder } from '../support/content-folder.ts';

const CONFIG = `
name: Congreso de prueba
timeZone: America/Mexico_City
editions:
  "2027":
    title: Congreso 2027
    rooms: [Auditorio Talavera, { name: Sala Cholula, aliases: [Cholula, Salón Cholula] }]
    tracks:
      - { id: datos, label: Ingeniería de datos, color: "#1d4ed8", aliases: [Data engineering] }
      - { id: web, label: Web y apps }
    plenary:
      - { title: Comida, kind: meal, start: "2027-04-14T13:00:00", end: "2027-04-14T14:00:00" }
`;

let folder: TemporaryFolder | null = null;

afterEach(() => {
  folder?.remove();
  folder = null;
});

function compile(files: Record<string, string>, includeDrafts = false) {
  folder = createContentFolder({
    'agenda.config.yaml': CONFIG,
    'speakers/ana-nunez/_index.md': '---\ntitle: "Ana Núñez Ríos"\ndesignation: Ingeniera\nimages: [foto.svg]\n---\n\nBio de **Ana**.\n',
    'speakers/ana-nunez/foto.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'speakers/luis-perez.md': '---\ntitle: Luis Pérez\n---\n',
    ...files,
  });
  const result = compileContent({ root: folder.root, includeDrafts });
  expect(result.errors).toEqual([]);
  return result.agenda!;
}

function session(fields: string[]): string {
  return talk(['time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00', ...fields]);
}

describe('compileContent resolution', () => {
  it('resolves speakers by slug and by name, ignoring case and accents', () => {
    const agenda = compile({
      'sessions/2027/a.md': session(['title: A', 'speakers:', '  - ana-nunez', '  - LUIS PEREZ', '  - ana núñez ríos']),
    });

    expect(agenda.editions[0]?.sessions[0]?.speakers).toEqual([
      { slug: 'ana-nunez', name: 'Ana Núñez Ríos', designation: 'Ingeniera', photo: 'media/speakers/ana-nunez/foto.svg' },
      { slug: 'luis-perez', name: 'Luis Pérez', designation: '', photo: null },
      { slug: 'ana-nunez', name: 'Ana Núñez Ríos', designation: 'Ingeniera', photo: 'media/speakers/ana-nunez/foto.svg' },
    ]);
  });

  it('lists each speaker with photo and sessions', () => {
    const agenda = compile({ 'sessions/2027/a.md': session(['title: A', 'speakers: [Ana Nunez Rios]']) });
    const ana = agenda.speakers.find((speaker) => speaker.slug === 'ana-nunez');

    expect(ana).toMatchObject({ name: 'Ana Núñez Ríos', designation: 'Ingeniera', photo: 'media/speakers/ana-nunez/foto.svg', bio: 'Bio de **Ana**.' });
    expect(ana?.sessions).toEqual([
      { id: '2027/a', edition: '2027', slug: 'a', title: 'A', start: '2027-04-14T16:00:00Z', end: '2027-04-14T16:40:00Z', timeZone: 'America/Mexico_City' },
    ]);
    expect(agenda.photos.get('media/speakers/ana-nunez/foto.svg')).toMatch(/foto\.svg$/);
  });

  it('matches rooms trimmed, ignoring case and accents, and through aliases', () => {
    const agenda = compile({
      'sessions/2027/a.md': session(['title: A', 'room: "  auditorio talavera "']),
      'sessions/2027/b.md': session(['title: B', 'room: Salon Cholula']),
      'sessions/2027/c.md': session(['title: C', 'room: cholula']),
    });
    const edition = agenda.editions[0]!;

    expect(edition.rooms).toEqual([
      { id: 'auditorio-talavera', name: 'Auditorio Talavera' },
      { id: 'sala-cholula', name: 'Sala Cholula' },
    ]);
    expect(edition.sessions.map((item) => item.room)).toEqual(['auditorio-talavera', 'sala-cholula', 'sala-cholula']);
  });

  it('matches tracks by id, label and alias', () => {
    const agenda = compile({
      'sessions/2027/a.md': session(['title: A', 'track: datos']),
      'sessions/2027/b.md': session(['title: B', 'track: " Data engineering"']),
      'sessions/2027/c.md': session(['title: C', 'track: ingenieria de datos']),
      'sessions/2027/d.md': session(['title: D', 'track: ""']),
    });
    const edition = agenda.editions[0]!;

    expect(edition.sessions.map((item) => item.track)).toEqual(['datos', 'datos', 'datos', null]);
    expect(edition.tracks[0]).toEqual({ id: 'datos', label: 'Ingeniería de datos', color: '#1d4ed8' });
  });

  it('infers rooms and tracks when the config lists none', () => {
    folder = createContentFolder({
      'sessions/2027/a.md': session(['title: A', 'room: Salón 101 D', 'track: strategy']),
      'sessions/2027/b.md': session(['title: B', 'room: " Salon 101 D"', 'track: Strategy']),
    });
    const edition = compileContent({ root: folder.root, includeDrafts: false, timeZone: 'America/Mexico_City' }).agenda!.editions[0]!;

    expect(edition.rooms).toEqual([{ id: 'salon-101-d', name: 'Salón 101 D' }]);
    expect(edition.tracks.map((track) => [track.id, track.label])).toEqual([['strategy', 'strategy']]);
  });

  it('falls back to the file name for the slug', () => {
    const agenda = compile({ 'sessions/2027/lightning talks.md': session(['title: Charlas relámpago']) });

    expect(agenda.editions[0]?.sessions[0]).toMatchObject({ id: '2027/lightning-talks', slug: 'lightning-talks' });
  });

  it('adds plenary items from the config', () => {
    const agenda = compile({ 'sessions/2027/a.md': session(['title: A']) });

    expect(agenda.editions[0]?.plenaryItems).toEqual([
      expect.objectContaining({ title: 'Comida', kind: 'meal', start: '2027-04-14T19:00:00Z', end: '2027-04-14T20:00:00Z', day: '2027-04-14' }),
    ]);
  });

  it('names the conference and edition from the config', () => {
    const agenda = compile({ 'sessions/2027/a.md': session(['title: A']) });

    expect(agenda.conference.name).toBe('Congreso de prueba');
    expect(agenda.conference.editions).toEqual([expect.objectContaining({ id: '2027', title: 'Congreso 2027', sessionCount: 1 })]);
  });
});

describe('compileContent drafts', () => {
  const files = {
    'sessions/2027/publicada.md': session(['title: Publicada']),
    'sessions/2027/borrador.md': session(['title: Borrador', 'draft: true']),
    'sessions/2027/sin-hora.md': talk(['title: Sin hora', 'draft: true']),
  };

  it('leaves drafts out of the build', () => {
    const agenda = compile(files, false);

    expect(agenda.editions[0]?.sessions.map((item) => item.slug)).toEqual(['publicada']);
  });

  it('keeps drafts, marked, in development', () => {
    const agenda = compile(files, true);

    expect(agenda.editions[0]?.sessions.map((item) => [item.slug, item.draft])).toEqual([
      ['borrador', true],
      ['publicada', false],
    ]);
  });

  it('warns about a draft without a time instead of failing', () => {
    folder = createContentFolder({ 'agenda.config.yaml': CONFIG, ...files });
    const result = compileContent({ root: folder.root, includeDrafts: true });

    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ kind: 'draft-without-time', file: 'sessions/2027/sin-hora.md', field: 'time_start' })]);
  });
});
