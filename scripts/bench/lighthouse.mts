// Lighthouse runs through its command line, with its default mobile emulation
// and simulated throttling, against a page served on 127.0.0.1.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM_FLAGS, CHROMIUM_PATH, median, runTimed } from './measure.mts';

const LIGHTHOUSE_BIN = 'node_modules/lighthouse/cli/index.js';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  /** Largest Contentful Paint, in milliseconds. */
  lcp: number;
  /** Total Blocking Time, in milliseconds. */
  tbt: number;
  cls: number;
  /** Bytes transferred over the network, all resources. */
  totalBytes: number;
  /** Bytes transferred for scripts. */
  scriptBytes: number;
}

export interface LighthouseResult {
  runs: LighthouseFigures[];
  /** The median of each figure taken on its own, so the figures may come from different runs. */
  median: LighthouseFigures;
  command: string;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
  runtimeError?: { code: string; message: string };
}

function lighthouseArgs(url: string, outputPath: string): string[] {
  return [
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    '--no-enable-error-reporting',
    '--quiet',
  ];
}

/** The shell command that reproduces one run, as printed in the report. */
export function lighthouseCommand(url: string): string {
  const args = lighthouseArgs(url, 'report.json').map((arg) => (arg.includes(' ') ? `"${arg}"` : arg));
  return `CHROME_PATH=${CHROMIUM_PATH} npx lighthouse ${args.join(' ')}`;
}

function readFigures(report: LighthouseReport, url: string): LighthouseFigures {
  if (report.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);

  const score = (category: string) => Math.round((report.categories[category]?.score ?? Number.NaN) * 100);
  const numeric = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
  const resources = report.audits['resource-summary']?.details?.items ?? [];

  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: numeric('total-byte-weight'),
    scriptBytes: resources.find((item) => item.resourceType === 'script')?.transferSize ?? Number.NaN,
  };
}

/** Runs Lighthouse `runs` times on one address and returns every run and the medians. */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const folder = mkdtempSync(join(tmpdir(), 'agenda-lighthouse-'));
  const results: LighthouseFigures[] = [];

  try {
    for (let run = 0; run < runs; run++) {
      const outputPath = join(folder, `run-${run}.json`);
      await runTimed(process.execPath, [LIGHTHOUSE_BIN, ...lighthouseArgs(url, outputPath)], { CHROME_PATH: CHROMIUM_PATH });
      results.push(readFigures(JSON.parse(readFileSync(outputPath, 'utf8')) as LighthouseReport, url));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const medianOf = (key: keyof LighthouseFigures) => median(results.map((result) => result[key]));
  return {
    runs: results,
    median: {
      performance: medianOf('performance'),
      accessibility: medianOf('accessibility'),
      lcp: medianOf('lcp'),
      tbt: medianOf('tbt'),
      cls: medianOf('cls'),
      totalBytes: medianOf('totalBytes'),
      scriptBytes: medianOf('scriptBytes'),
    },
    command: lighthouseCommand(url),
  };
}
