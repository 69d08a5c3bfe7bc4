import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { BuildOutput } from '../../scripts/bench/build.mts';

const outDir = mkdtempSync(join(tmpdir(), 'agenda-bench-manifest-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Chunk files of a small build, with raw sizes of 100, 200, 300… bytes. */
const CHUNKS: Record<string, string> = {
  'assets/index.js': 'a'.repeat(100),
  'assets/vendor.js': 'b'.repeat(200),
  'assets/SessionPage.js': 'c'.repeat(300),
  'assets/Markdown.js': 'd'.repeat(400),
  'assets/shared.js': 'e'.repeat(500),
  'assets/2027.js': 'f'.repeat(600),
  'assets/index.css': 'g'.repeat(700),
};

const MANIFEST = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js'],
    css: ['assets/index.css'],
    dynamicImports: ['src/app/session/SessionPage.tsx', 'src/app/components/Markdown.tsx', 'virtual:agenda/edition/2027'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
  'src/app/session/SessionPage.tsx': { file: 'assets/SessionPage.js', isDynamicEntry: true, imports: ['index.html', '_shared.js'] },
  'src/app/components/Markdown.tsx': { file: 'assets/Markdown.js', isDynamicEntry: true, imports: ['index.html'] },
  'virtual:agenda/edition/2027': { file: 'assets/2027.js', src: 'virtual:agenda/edition/2027', isDynamicEntry: true },
};

mkdirSync(join(outDir, 'assets'), { recursive: true });
mkdirSync(join(outDir, '.vite'), { recursive: true });
for (const [file, text] of Object.entries(CHUNKS)) writeFileSync(join(outDir, file), text);
writeFileSync(join(outDir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));

describe('BuildOutput.routeBundle', () => {
  it('counts the entry and its static imports', () => {
    const bundle = new BuildOutput(outDir).routeBundle(['src/app/schedule/SchedulePage.tsx']);

    expect(bundle.files.sort()).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect(bundle.raw).toBe(300);
    expect(bundle.lazyChunks).toBe(0);
  });

  it('adds lazy chunks with their imports', () => {
    const bundle = new BuildOutput(outDir).routeBundle(['src/app/session/SessionPage.tsx', 'src/app/components/Markdown.tsx']);

    expect(bundle.files.sort()).toEqual(['assets/Markdown.js', 'assets/SessionPage.js', 'assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
    expect(bundle.raw).toBe(1500);
    expect(bundle.lazyChunks).toBe(2);
  });

  it('leaves out CSS and data chunks', () => {
    const bundle = new BuildOutput(outDir).routeBundle(['src/app/session/SessionPage.tsx']);

    expect(bundle.files).not.toContain('assets/index.css');
    expect(bundle.files).not.toContain('assets/2027.js');
  });

  it('measures gzip smaller than raw for repetitive text', () => {
    const bundle = new BuildOutput(outDir).routeBundle([]);

    expect(bundle.gzip).toBeGreaterThan(0);
    expect(bundle.gzip).toBeLessThan(bundle.raw);
  });
});

describe('BuildOutput.dataChunk', () => {
  it('finds an edition chunk by module id', () => {
    expect(new BuildOutput(outDir).dataChunk('virtual:agenda/edition/2027')).toMatchObject({ file: 'assets/2027.js', raw: 600 });
  });

  it('returns null for an unknown module', () => {
    expect(new BuildOutput(outDir).dataChunk('virtual:agenda/edition/1999')).toBeNull();
  });
});

describe('BuildOutput', () => {
  it('rejects a build without a manifest', () => {
    const empty = mkdtempSync(join(tmpdir(), 'agenda-bench-empty-'));

    expect(() => new BuildOutput(empty)).toThrow(`${join(empty, '.vite', 'manifest.json')} is missing. Build with --manifest (the bench passes it to vite build).`);
    rmSync(empty, { recursive: true });
  });
});
