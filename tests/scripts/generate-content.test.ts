import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_OPTIONS, generateContent, GenerateError, type GenerateOptions } from '../../scripts/generate-content.mts';
import { compileContent } from '../../src/plugin/compile.ts';

const workFolder = mkdtempSync(join(tmpdir(), 'agenda-generate-'));
afterAll(() => rmSync(workFolder, { recursive: true, force: true }));

function options(name: string, overrides: Partial<GenerateOptions> = {}): GenerateOptions {
  return { ...DEFAULT_OPTIONS, sessions: 100, rooms: 6, days: 2, out: join(workFolder, name), ...overrides };
}

/** Hashes every file of a folder with its relative path, to compare two outputs. */
function folderDigest(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

  for (const file of files) {
    hash.update(relative(folder, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

describe('generateContent', () => {
  it('compiles 1,000 sessions in 60 rooms without problems', () => {
    const request = options('thousand', { sessions: 1000, rooms: 60, days: 2 });
    const summary = generateContent(request);
    const result = compileContent({ root: request.out, includeDrafts: false });

    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(summary.sessions).toBe(1000);

    const edition = result.agenda?.editions[0];
    expect(result.agenda?.editions).toHaveLength(1);
    expect(edition?.id).toBe('sintetica');
    expect(edition?.sessions).toHaveLength(1000);
    expect(edition?.sessionCount).toBe(1000);
    expect(edition?.rooms).toHaveLength(60);
    expect(edition?.days.map((day) => day.date)).toEqual(['2027-10-20', '2027-10-21']);
    expect(edition?.days.every((day) => day.rooms.length === 60)).toBe(true);
  });

  it('opens each day with a plenary keynote', () => {
    const request = options('plenary');
    generateContent(request);
    const edition = compileContent({ root: request.out, includeDrafts: false }).agenda?.editions[0];

    const plenary = edition?.sessions.filter((session) => session.plenary) ?? [];
    expect(plenary.map((session) => session.day)).toEqual(['2027-10-20', '2027-10-21']);
    expect(plenary.every((session) => session.format === 'Keynote')).toBe(true);
    expect(edition?.plenaryItems.map((item) => item.kind)).toEqual(['welcome', 'break', 'meal', 'break', 'meal']);
  });

  it('shares speakers across sessions', () => {
    const request = options('speakers', { sessions: 300 });
    const summary = generateContent(request);
    const speakers = compileContent({ root: request.out, includeDrafts: false }).agenda?.speakers ?? [];

    expect(speakers).toHaveLength(summary.speakers);
    expect(speakers.some((speaker) => speaker.sessions.length >= 3)).toBe(true);
    expect(speakers.some((speaker) => /[áéíóúñÁÉÍÓÚÑ]/.test(speaker.name))).toBe(true);
  });

  it('resolves every speaker reference to a page', () => {
    const request = options('references', { sessions: 300 });
    generateContent(request);
    const sessions = compileContent({ root: request.out, includeDrafts: false }).agenda?.editions[0]?.sessions ?? [];

    const unresolved = sessions.flatMap((session) => session.speakers).filter((speaker) => speaker.slug === null);
    expect(unresolved).toEqual([]);
  });

  it('compiles 5,000 sessions in 60 rooms', () => {
    const request = options('five-thousand', { sessions: 5000, rooms: 60, days: 2 });
    generateContent(request);
    const result = compileContent({ root: request.out, includeDrafts: false });

    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.agenda?.editions[0]?.sessions).toHaveLength(5000);
  });

  it('writes the same files for the same seed', () => {
    generateContent(options('seed-a'));
    generateContent(options('seed-b'));
    generateContent(options('seed-c', { seed: 2 }));

    expect(folderDigest(join(workFolder, 'seed-a'))).toBe(folderDigest(join(workFolder, 'seed-b')));
    expect(folderDigest(join(workFolder, 'seed-a'))).not.toBe(folderDigest(join(workFolder, 'seed-c')));
  });

  it('replaces a folder it wrote earlier', () => {
    const request = options('rerun', { sessions: 50 });
    generateContent(request);
    generateContent({ ...request, sessions: 20 });

    const files = readdirSync(join(request.out, 'sessions', 'sintetica')).filter((file) => file !== '_index.md');
    expect(files).toHaveLength(20);
  });

  it('rejects a folder with other files', () => {
    const out = join(workFolder, 'foreign');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'keep me');

    expect(() => generateContent(options('foreign'))).toThrow(GenerateError);
    expect(() => generateContent(options('foreign'))).toThrow(/is not empty and was not written by this script/);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('keep me');
  });

  it('rejects more sessions than the rooms fit', () => {
    expect(() => generateContent(options('too-many', { sessions: 5000, rooms: 6 }))).toThrow(
      '--sessions 5000 does not fit in 6 rooms over 2 days (at most 554 with 15-minute talks). Raise --rooms or --days, or lower --sessions.',
    );
  });

  it('rejects invalid counts', () => {
    expect(() => generateContent(options('zero-rooms', { rooms: 0 }))).toThrow('--rooms 0 is invalid. Expected a whole number of at least 1.');
    expect(() => generateContent(options('fraction', { sessions: 10.5 }))).toThrow('--sessions 10.5 is invalid. Expected a whole number of at least 1.');
    expect(() => generateContent(options('one-session', { sessions: 1 }))).toThrow(/--sessions 1 is less than --days 2/);
  });
});
