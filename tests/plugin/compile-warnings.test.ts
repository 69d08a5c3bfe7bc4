import { afterEach, describe, expect, it } from 'vitest';

import { compileContent, type CompileResult } from '../../src/plugin/compile.ts';
import { formatWarningSummary } from '../../src/plugin/diagnostics.ts';
import { createContentFolder, talk, type TemporaryFolder } from '../support/content-folder.ts';

const CONFIG = `
timeZone: America/Monterrey
editions:
  "2027":
    rooms: [Auditorio, { name: Sala Cholula, aliases: [Cholula] }, Taller]
    days:
      "2027-04-14": { rooms: [Auditorio, Sala Cholula, Taller] }
      "2027-04-15": { rooms: [Auditorio, Sala Cholula] }
    tracks:
      - { id: datos, label: Ingeniería de datos, aliases: [Data engineering] }
      - { id: web, label: Web }
`;

const SPEAKER = '---\ntitle: "Ana Núñez"\ndesignation: Ingeniera\n---\n\nBio.\n';

let folder: TemporaryFolder | null = null;

afterEach(() => {
  folder?.remove();
  folder = null;
});

function compile(files: Record<string, string>, config = CONFIG): CompileResult {
  folder = createContentFolder({ 'agenda.config.yaml': config, 'speakers/ana-nunez/_index.md': SPEAKER, ...files });
  const result = compileContent({ root: folder.root, includeDrafts: false });
  expect(result.errors).toEqual([]);
  return result;
}

function session(fields: string[], start = '2027-04-14T10:00:00', end = '2027-04-14T10:40:00'): string {
  return talk([`time_start: ${start}`, `time_end: ${end}`, ...fields]);
}

describe('compileContent warnings', () => {
  it('flags a room booked twice at once', () => {
    const { warnings } = compile({
      'sessions/2027/a.md': session(['title: A', 'room: Auditorio']),
      'sessions/2027/b.md': session(['title: B', 'room: auditorio'], '2027-04-14T10:20:00', '2027-04-14T11:00:00'),
      'sessions/2027/c.md': session(['title: C', 'room: Auditorio'], '2027-04-14T10:40:00', '2027-04-14T11:20:00'),
    });

    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'room-double-booked', file: 'sessions/2027/b.md', line: 2, field: 'room', value: 'auditorio' }),
      expect.objectContaining({ kind: 'room-double-booked', file: 'sessions/2027/c.md', line: 2, field: 'room', value: 'Auditorio' }),
    ]);
    expect(warnings[0]?.message.en).toContain('sessions/2027/a.md');
    expect(warnings[1]?.message.en).toContain('sessions/2027/b.md');
    expect(warnings[1]?.message.en).not.toContain('sessions/2027/a.md');
  });

  it('flags a speaker in two rooms at once', () => {
    const { warnings } = compile({
      'sessions/2027/a.md': session(['title: A', 'room: Auditorio', 'speakers: [ana-nunez]']),
      'sessions/2027/b.md': session(['title: B', 'room: Taller', 'speakers:', '  - Ana Nunez']),
    });

    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'speaker-double-booked', file: 'sessions/2027/b.md', line: 7, field: 'speakers', value: 'Ana Núñez' }),
    ]);
  });

  it('flags an unknown room and keeps it', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A', 'room: Sala 4']) });

    expect(warnings).toEqual([expect.objectContaining({ kind: 'unknown-room', file: 'sessions/2027/a.md', line: 5, field: 'room', value: 'Sala 4' })]);
    const edition = agenda?.editions[0];
    expect(edition?.sessions[0]?.room).toBe('sala-4');
    expect(edition?.rooms.map((room) => room.name)).toEqual(['Auditorio', 'Sala Cholula', 'Taller', 'Sala 4']);
  });

  it('flags a room that the config closes that day', () => {
    const { warnings } = compile({ 'sessions/2027/a.md': session(['title: A', 'room: Taller'], '2027-04-15T10:00:00', '2027-04-15T10:40:00') });

    expect(warnings).toEqual([expect.objectContaining({ kind: 'room-closed-that-day', file: 'sessions/2027/a.md', field: 'room', value: 'Taller' })]);
  });

  it('flags an unknown track and keeps it', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A', 'track: Seguridad']) });

    expect(warnings).toEqual([expect.objectContaining({ kind: 'unknown-track', file: 'sessions/2027/a.md', line: 5, field: 'track', value: 'Seguridad' })]);
    expect(agenda?.editions[0]?.tracks.map((track) => track.label)).toEqual(['Ingeniería de datos', 'Web', 'Seguridad']);
  });

  it('flags an unresolved speaker and keeps the name', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A', 'speakers:', '  - Ana Nunez', '  - Pedro Páramo']) });

    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'unresolved-speaker', file: 'sessions/2027/a.md', line: 7, field: 'speakers', value: 'Pedro Páramo' }),
    ]);
    expect(agenda?.editions[0]?.sessions[0]?.speakers).toEqual([
      { slug: 'ana-nunez', name: 'Ana Núñez', designation: 'Ingeniera', photo: null },
      { slug: null, name: 'Pedro Páramo', designation: '', photo: null },
    ]);
  });

  it('flags a written offset that differs from the zone, and honours it', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A'], '2027-04-14T10:00:00-05:00', '2027-04-14T10:40:00-06:00') });

    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'offset-mismatch', file: 'sessions/2027/a.md', line: 2, field: 'time_start', value: '2027-04-14T10:00:00-05:00' }),
    ]);
    expect(warnings[0]?.message.en).toContain('-06:00');
    expect(agenda?.editions[0]?.sessions[0]?.start).toBe('2027-04-14T15:00:00Z');
  });

  it('flags a session outside the edition days', () => {
    const { warnings } = compile({ 'sessions/2027/a.md': session(['title: A'], '2027-04-16T10:00:00', '2027-04-16T10:40:00') });

    expect(warnings).toEqual([expect.objectContaining({ kind: 'outside-edition-days', file: 'sessions/2027/a.md', line: 2, field: 'time_start' })]);
  });

  it('reads an end written on the wrong date on the start date', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A'], '2027-04-14T10:00:00', '2026-04-14T10:40:00') });

    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'end-date-corrected', file: 'sessions/2027/a.md', line: 3, field: 'time_end', value: '2026-04-14T10:40:00' }),
    ]);
    expect(agenda?.editions[0]?.sessions[0]?.end).toBe('2027-04-14T16:40:00Z');
  });

  it('flags a link that is not a web address and drops it', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A', 'slides: javascript:alert(1)', 'video: https://example.org/v']) });

    expect(warnings).toEqual([expect.objectContaining({ kind: 'invalid-link', file: 'sessions/2027/a.md', line: 5, field: 'slides', value: 'javascript:alert(1)' })]);
    expect(agenda?.editions[0]?.sessions[0]?.links).toEqual([{ kind: 'video', url: 'https://example.org/v' }]);
  });

  it('flags a speaker photo that does not exist', () => {
    const { warnings } = compile({
      'sessions/2027/a.md': session(['title: A']),
      'speakers/luis/_index.md': '---\ntitle: Luis\nimages: [luis.jpg]\n---\n',
    });

    expect(warnings).toEqual([expect.objectContaining({ kind: 'missing-photo', file: 'speakers/luis/_index.md', line: 3, field: 'images', value: 'luis.jpg' })]);
  });

  it('flags a config edition without a folder', () => {
    const { warnings } = compile({ 'sessions/2027/a.md': session(['title: A']) }, `${CONFIG}  "2028":\n    title: Futura\n`);

    expect(warnings).toEqual([expect.objectContaining({ kind: 'unknown-edition', file: 'agenda.config.yaml', line: 13, value: '2028' })]);
  });

  it('flags an edition without a time zone and reads it as UTC', () => {
    const { warnings, agenda } = compile({ 'sessions/2027/a.md': session(['title: A']) }, 'name: Congreso\n');

    expect(warnings).toEqual([expect.objectContaining({ kind: 'default-time-zone', field: 'editions.2027.timeZone' })]);
    expect(agenda?.editions[0]?.sessions[0]?.start).toBe('2027-04-14T10:00:00Z');
  });

  it('summarizes warnings once, grouped by kind', () => {
    const { warnings } = compile({
      'sessions/2027/a.md': session(['title: A', 'room: Sala 4', 'track: Seguridad']),
      'sessions/2027/b.md': session(['title: B', 'room: Sala 5'], '2027-04-14T11:00:00', '2027-04-14T11:40:00'),
    });

    const summary = formatWarningSummary(warnings, 'content/', 'en');
    expect(summary).toMatch(/^The agenda content compiled with 3 warnings:/);
    expect(formatWarningSummary(warnings, 'content/')).toMatch(/^El contenido de la agenda se compiló con 3 avisos:/);
    expect(summary).toContain(
      [
        'unknown-room (2):',
        '  The room is not among the rooms that agenda.config.yaml lists for edition 2027; it is kept as a room of its own.' +
          ' Correct the spelling, or add the room (or an alias of it) to the edition in the config.',
        '    content/sessions/2027/a.md:5 room = "Sala 4"',
        '    content/sessions/2027/b.md:5 room = "Sala 5"',
      ].join('\n'),
    );
    expect(summary).toContain('unknown-track (1):');
  });
});
