// The compiled agenda must not depend on the build machine's zone: a session's
// instant comes from the edition's zone, never from `TZ`. Each build runs in a
// child process, because Node reads `TZ` once per process for Date's local time.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { FIXTURE_CONFIG, FIXTURE_CONTENT } from '../support/content-folder.ts';

const REPOSITORY = resolve(import.meta.dirname, '../..');
const TSX = resolve(REPOSITORY, 'node_modules/.bin/tsx');
const SCRIPT = resolve(REPOSITORY, 'tests/support/print-module-digest.mts');

function digestUnder(timeZone: string, ...args: string[]): string {
  return execFileSync(TSX, [SCRIPT, ...args], { cwd: REPOSITORY, env: { ...process.env, TZ: timeZone }, encoding: 'utf8' }).trim();
}

function localHourUnder(timeZone: string): string {
  const code = 'process.stdout.write(String(new Date("2024-11-05T18:00:00Z").getHours()))';
  return execFileSync(process.execPath, ['-e', code], { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' });
}

describe('compiled output', () => {
  it('runs the child processes in different zones', () => {
    expect([localHourUnder('UTC'), localHourUnder('Asia/Tokyo'), localHourUnder('America/Monterrey')]).toEqual(['18', '3', '12']);
  });

  it('is identical under UTC, Asia/Tokyo and America/Monterrey for the archive', () => {
    const digests = ['UTC', 'Asia/Tokyo', 'America/Monterrey'].map((zone) => digestUnder(zone, FIXTURE_CONTENT, FIXTURE_CONFIG));

    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(digests[1]).toBe(digests[0]);
    expect(digests[2]).toBe(digests[0]);
  });

  it('is identical under each zone for the demo content', () => {
    const content = resolve(REPOSITORY, 'content');
    const digests = ['UTC', 'Asia/Tokyo', 'America/Monterrey'].map((zone) => digestUnder(zone, content));

    expect(new Set(digests).size).toBe(1);
  });
});
