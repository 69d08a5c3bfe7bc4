// Build-time measurements: `vite build` wall-clock time, the content plugin's
// own compile time, and the JavaScript that each route loads first, read from
// the build's manifest.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { compileContent, type CompiledAgenda } from '../../src/plugin/compile.ts';
import { fileSizes, median, runTimed } from './measure.mts';

const VITE_BIN = 'node_modules/vite/bin/vite.js';
const BUILD_LOCK_TIMEOUT_MS = 10 * 60_000;

export interface BuildTiming {
  runs: number[];
  median: number;
  command: string;
}

/** Vite config of the app without its offline plugin, for the fallback build. */
export const NO_OFFLINE_CONFIG = 'scripts/bench/vite.no-offline.config.mts';

/** A content folder to build, with the agenda config that it needs when that is not inside it. */
export interface ContentSource {
  folder: string;
  /** Passed as `AGENDA_CONFIG`; null reads `agenda.config.yaml` in the folder. */
  config: string | null;
}

export interface BuildOptions {
  /** Replaces vite.config.ts. */
  viteConfig?: string;
}

function buildArgs(outDir: string, options: BuildOptions): string[] {
  const configArgs = options.viteConfig === undefined ? [] : ['--config', options.viteConfig];
  return ['build', ...configArgs, '--outDir', outDir, '--emptyOutDir', '--manifest'];
}

function contentEnv(content: ContentSource): Record<string, string> {
  return content.config === null ? { AGENDA_CONTENT: content.folder } : { AGENDA_CONTENT: content.folder, AGENDA_CONFIG: content.config };
}

/** The shell command that reproduces one build, as printed in the report. */
export function buildCommand(content: ContentSource, outDir: string, options: BuildOptions = {}): string {
  const env = Object.entries(contentEnv(content)).map(([name, value]) => `${name}=${value}`);
  return `${env.join(' ')} npx vite ${buildArgs(outDir, options).join(' ')}`;
}

/** Builds the app `runs` times into `outDir` and returns the wall-clock times, process start-up included. */
export async function timeBuilds(content: ContentSource, outDir: string, runs: number, options: BuildOptions = {}): Promise<BuildTiming> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const args = [VITE_BIN, ...buildArgs(outDir, options), '--logLevel', 'error'];
    times.push(await waitForBuildLock(() => runTimed(process.execPath, args, contentEnv(content))));
  }

  return { runs: times, median: median(times), command: buildCommand(content, outDir, options) };
}

/**
 * Retries a build that Vite rejected because another build of this project was
 * running. Other people share the checkout, and two builds at once would also
 * slow each other down, so the bench waits for its turn instead of bypassing
 * the lock.
 */
async function waitForBuildLock(build: () => Promise<number>): Promise<number> {
  const deadline = Date.now() + BUILD_LOCK_TIMEOUT_MS;

  for (;;) {
    try {
      return await build();
    } catch (error) {
      const locked = error instanceof Error && error.message.includes('Found another Vite build process');
      if (!locked || Date.now() > deadline) throw error;

      await new Promise((resolvePromise) => setTimeout(resolvePromise, 2000));
    }
  }
}

/** Times `compileContent` alone, in this process, as the plugin runs it for a build. */
export function timeCompile(content: ContentSource, runs: number): { runs: number[]; median: number; agenda: CompiledAgenda } {
  const times: number[] = [];
  let agenda: CompiledAgenda | null = null;

  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = compileContent({
      root: resolve(content.folder),
      configFile: content.config === null ? undefined : resolve(content.config),
      timeZone: process.env['AGENDA_TIMEZONE'],
      includeDrafts: false,
    });
    times.push(performance.now() - started);

    if (!result.agenda) {
      throw new Error(`The content in ${content.folder} has ${result.errors.length} errors. Run \`${buildCommand(content, 'dist')}\` to list them.`);
    }
    agenda = result.agenda;
  }

  return { runs: times, median: median(times), agenda: agenda! };
}

// ---------------------------------------------------------------------------
// Manifest

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface RouteBundle {
  /** Manifest chunk files counted, in load order. */
  files: string[];
  raw: number;
  gzip: number;
  /** Lazy chunks counted beside the entry. */
  lazyChunks: number;
}

export interface DataChunk {
  file: string;
  raw: number;
  gzip: number;
}

export class BuildOutput {
  private readonly manifest: Manifest;

  constructor(readonly outDir: string) {
    const path = join(outDir, '.vite', 'manifest.json');
    if (!existsSync(path)) throw new Error(`${path} is missing. Build with --manifest (the bench passes it to vite build).`);
    this.manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  }

  /**
   * Sums the JavaScript that a route needs before it renders: the entry chunk
   * and its static imports, plus each lazy chunk that the route loads at once,
   * with its static imports. `lazyModules` lists the source files, as manifest
   * keys, that the route imports dynamically while it renders; a file that the
   * build did not split into a chunk of its own is part of the entry. Data
   * chunks are left out; see `dataChunk`.
   */
  routeBundle(lazyModules: readonly string[]): RouteBundle {
    const entryKey = Object.keys(this.manifest).find((key) => this.manifest[key]?.isEntry);
    if (entryKey === undefined) throw new Error(`No entry chunk in the manifest of ${this.outDir}.`);

    const keys = this.staticClosure(entryKey);
    const lazyKeys = lazyModules.filter((key) => this.manifest[key]?.isDynamicEntry);
    for (const lazyKey of lazyKeys) {
      for (const key of this.staticClosure(lazyKey)) keys.add(key);
    }

    const files = [...keys].map((key) => this.manifest[key]!.file).filter((file) => file.endsWith('.js'));
    const sizes = files.map((file) => fileSizes(join(this.outDir, file)));
    return {
      files,
      raw: sizes.reduce((sum, size) => sum + size.raw, 0),
      gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
      lazyChunks: lazyKeys.length,
    };
  }

  /** Returns the chunk of a generated data module, such as `virtual:agenda/edition/2027`. */
  dataChunk(moduleId: string): DataChunk | null {
    const key = Object.keys(this.manifest).find((candidate) => candidate.replace(/^\0/, '') === moduleId || this.manifest[candidate]?.src?.replace(/^\0/, '') === moduleId);
    if (key === undefined) return null;

    const file = this.manifest[key]!.file;
    return { file, ...fileSizes(join(this.outDir, file)) };
  }

  private staticClosure(start: string): Set<string> {
    const seen = new Set<string>();
    const pending = [start];

    while (pending.length > 0) {
      const key = pending.pop()!;
      if (seen.has(key) || !this.manifest[key]) continue;

      seen.add(key);
      pending.push(...(this.manifest[key].imports ?? []));
    }
    return seen;
  }
}
