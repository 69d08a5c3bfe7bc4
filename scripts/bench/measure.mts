// Small helpers shared by the benchmark steps: medians, byte sizes, child
// processes and the machine description.

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

// The browser tests and the bench launch the same Chromium with the same flags.
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/e2e/support/browser.ts';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;

  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Returns the raw and gzip sizes of a file, gzip at zlib's default level (6). */
export function fileSizes(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Formats a size in KB below 1 MB and in MB from there (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? formatKilobytes(bytes) : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

export function formatMilliseconds(milliseconds: number): string {
  return `${Math.round(milliseconds)} ms`;
}

/** Runs a command to completion and returns its wall-clock time; rejects with its output when it fails. */
export function runTimed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) resolvePromise(elapsed);
      else reject(new Error(`${command} ${args.join(' ')} failed with exit code ${code}:\n${output.slice(-4000)}`));
    });
  });
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGigabytes: number;
  node: string;
  chromium: string;
  date: string;
}

export function describeMachine(): Machine {
  const processors = cpus();
  let chromium = 'not installed';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as "not installed"; the browser steps then fail with their own error.
  }

  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGigabytes: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
