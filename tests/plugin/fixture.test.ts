// The Data Day archive is the acceptance input: ten editions of real, hand-written
// talk files with every quirk that Hugo tolerates. It must compile with no error,
// every file either compiled or named in a warning.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { compileContent } from '../../src/plugin/compile.ts';
import { FIXTURE_CONFIG, FIXTURE_CONTENT } from '../support/content-folder.ts';

const published = compileContent({ root: FIXTURE_CONTENT, configFile: FIXTURE_CONFIG, includeDrafts: false });
const withDrafts = compileContent({ root: FIXTURE_CONTENT, configFile: FIXTURE_CONFIG, includeDrafts: true });

function countByKind(problems: { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of problems) counts[problem.kind] = (counts[problem.kind] ?? 0) + 1;
  return counts;
}

describe('Data Day archive', () => {
  it('compiles without errors', () => {
    expect(published.errors).toEqual([]);
    expect(withDrafts.errors).toEqual([]);
  });

  it('publishes each edition without its drafts', () => {
    const counts = Object.fromEntries(published.agenda!.editions.map((edition) => [edition.id, edition.sessions.length]));

    expect(counts).toEqual({
      '2018': 28,
      '2019': 37,
      '2019mty': 24,
      '2020': 28,
      '2021': 39,
      '2022': 56,
      '2022mty': 27,
      '2023mx': 30,
      '2023mty': 26,
      '2024mty': 31,
    });
  });

  it('compiles every talk file or names it in a warning', () => {
    const sessionsRoot = join(FIXTURE_CONTENT, 'sessions');
    const editions = readdirSync(sessionsRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const files = editions.flatMap(({ name: edition }) =>
      readdirSync(join(sessionsRoot, edition))
        .filter((name) => name.endsWith('.md') && name !== '_index.md')
        .map((name) => `sessions/${edition}/${name}`),
    );
    const compiled = withDrafts.agenda!.editions.reduce((total, edition) => total + edition.sessions.length, 0);
    const skippedDrafts = withDrafts.warnings.filter((warning) => warning.kind === 'draft-without-time').map((warning) => warning.file);

    expect(files).toHaveLength(343);
    expect(compiled).toBe(342);
    expect(skippedDrafts).toEqual(['sessions/2022mty/example.md']);
  });

  it('reads the seed talk at its venue time', () => {
    const edition = published.agenda!.editions.find((candidate) => candidate.id === '2024mty')!;
    const seed = edition.sessions.find((session) => session.title.startsWith('Empoderamiento'));

    expect(seed).toMatchObject({
      start: '2024-11-05T18:00:00Z',
      end: '2024-11-05T18:40:00Z',
      day: '2024-11-05',
      timeZone: 'America/Monterrey',
      room: 'sala-101',
      track: 'data-engineering',
    });
  });

  it('orders 2024mty rooms and tracks as the config lists them', () => {
    const edition = published.agenda!.editions.find((candidate) => candidate.id === '2024mty')!;

    expect(edition.rooms.map((room) => room.name)).toEqual(['Sala de conferencias', 'Sala 104', 'Sala 105', 'Sala 101']);
    expect(edition.tracks.map((track) => track.label)).toEqual(['Estrategia de datos', 'Ciencia de datos', 'Ingeniería de datos', 'Política pública']);
    expect(edition.plenaryItems.map((item) => `${item.title} ${item.start}`)).toEqual([
      'Bienvenida 2024-11-05T15:00:00Z',
      'Break 2024-11-05T16:40:00Z',
      'Comida 2024-11-05T19:20:00Z',
      'Break 2024-11-05T23:00:00Z',
    ]);
  });

  it('reads every time shape of the archive', () => {
    const sessions = published.agenda!.editions.flatMap((edition) => edition.sessions);
    const byId = new Map(sessions.map((session) => [session.id, session]));

    // 2019-03-21T17:40:00-05:00: an explicit offset is honoured.
    expect(sessions.filter((session) => session.edition === '2019').every((session) => session.start.endsWith('Z'))).toBe(true);
    // 2018-03-15T9:00:00-05:00: a one-digit hour.
    expect(byId.get('2018/behind-the-ai-curtain-designing-for-trust-in-machine-learning-products')?.start).toBe('2018-03-15T14:00:00Z');
    // 2022-12-08 9:30:00 -0600 CST: Hugo's date format, one-digit hour.
    expect(byId.get('2022mty/a311-softtek')?.start).toBe('2022-12-08T15:30:00Z');
  });

  it('reports the quirks of real input as warnings', () => {
    expect(countByKind(published.warnings)).toEqual({
      'repeated-key': 28,
      'unindented-continuation': 1,
      'offset-mismatch': 180,
      'end-date-corrected': 47,
      'room-double-booked': 19,
      'unknown-room': 1,
      'unknown-track': 2,
      'unresolved-speaker': 4,
      'invalid-link': 39,
      'missing-photo': 330,
      'draft-without-time': 1,
    });
  });

  it('resolves a speaker written with and without accents to one page', () => {
    const ciro = published.agenda!.speakers.find((speaker) => speaker.slug === 'ciro-meza');

    // The files name the page by slug in 2018, write "Ciro Meza" in 2021 and 2022
    // and "Ciró Meza" in 2022mty.
    expect(ciro?.name).toBe('Ciró Meza');
    expect(ciro?.sessions.map((session) => session.edition)).toEqual(['2018', '2021', '2022', '2022mty']);
  });

  it('keeps every speaker page', () => {
    expect(published.agenda!.speakers).toHaveLength(330);
  });
});
