// The benchmark behind `npm run bench`: builds the demo content, the Data Day
// archive and two generated conferences, measures them, and rewrites the
// results part of docs/benchmarks.md. It is not a test, so a missed target is
// reported in the file. It exits with an error only when the demo or the
// archive cannot be built; a browser step that cannot run is recorded as not
// measured, with the reason.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { Browser } from 'playwright-core';

import { generateContent } from '../generate-content.mts';
import { BuildOutput, NO_OFFLINE_CONFIG, timeBuilds, timeCompile, type BuildTiming, type ContentSource } from './build.mts';
import { launchChromium, measureKeystrokes, measureScrollPasses, startPreview } from './browser.mts';
import { runLighthouse } from './lighthouse.mts';
import { describeMachine, type Machine } from './measure.mts';
import { writeReport, type ContentReport, type GeneratedReport, type RouteReport } from './report.mts';

interface RouteDefinition {
  name: string;
  lazyModules: string[];
  data: string;
}

const REPORT_PATH = 'docs/benchmarks.md';
/** The Data Day archive, with our config for its venues' zones, rooms and tracks. */
const FIXTURE: ContentSource = { folder: '../shared/fixtures/dataday/content', config: 'tests/fixtures/dataday.config.yaml' };
const DEMO: ContentSource = { folder: 'content', config: null };
const FIXTURE_EDITION = '2024mty';
const GENERATED_SIZES = [1000, 5000];
const GENERATED_ROOMS = 60;
const GENERATED_DAYS = 2;
const GENERATED_EDITION = 'sintetica';
/** 13 letters typed, then 7 deleted: 20 keystrokes that each change the query. */
const SEARCH_KEYS = 'accesibilidad\b\b\b\b\b\b\b';

const MARKDOWN = 'src/app/components/Markdown.tsx';

/**
 * Routes whose first-load JavaScript is measured. `lazyModules` lists the
 * files each route imports dynamically while it renders, as the router and
 * the screens are written today: the route's screen, the Markdown renderer
 * for abstracts and biographies, and the virtualized list for long days.
 * `data` names the data chunks that the route loads too.
 */
const ROUTES: RouteDefinition[] = [
  { name: 'Schedule `/agenda/:edition/`', lazyModules: ['src/app/schedule/SchedulePage.tsx'], data: 'edition' },
  {
    name: 'Schedule, a day long enough for the virtualized list',
    lazyModules: ['src/app/schedule/SchedulePage.tsx', 'src/app/schedule/VirtualGroups.tsx'],
    data: 'edition',
  },
  { name: 'Session `/sessions/:edition/:slug/`', lazyModules: ['src/app/session/SessionPage.tsx', MARKDOWN], data: 'edition' },
  { name: 'Speakers `/speakers/`', lazyModules: ['src/app/speakers/SpeakersPage.tsx'], data: 'speakers' },
  { name: 'Speaker `/speakers/:slug/`', lazyModules: ['src/app/speakers/SpeakerPage.tsx', MARKDOWN], data: 'speakers' },
  { name: 'My schedule `/my-schedule/`', lazyModules: ['src/app/personal/index.ts'], data: 'editions of the saved sessions' },
];

interface BenchOptions {
  buildRuns: number;
  fixtureBuildRuns: number;
  lighthouseRuns: number;
  scrollPasses: number;
  workFolder: string;
  /** How long the browser steps together may wait for another preview server of this project to stop. */
  previewWaitMs: number;
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      'work-folder': { type: 'string' },
      'preview-wait': { type: 'string' },
    },
  });

  const quick = values.quick ?? false;
  return {
    buildRuns: quick ? 1 : 3,
    fixtureBuildRuns: quick ? 1 : 5,
    lighthouseRuns: quick ? 1 : 3,
    scrollPasses: quick ? 1 : 3,
    workFolder: resolve(values['work-folder'] ?? join(tmpdir(), 'agenda-bench')),
    previewWaitMs: minutes('--preview-wait', values['preview-wait'] ?? '10') * 60_000,
  };
}

function minutes(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new Error(`${flag} "${text}" is invalid. Expected a number of minutes such as 10.`);
  return value;
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

// ---------------------------------------------------------------------------
// Steps

function routeReports(output: BuildOutput): RouteReport[] {
  return ROUTES.map((route) => ({ name: route.name, data: route.data, bundle: output.routeBundle(route.lazyModules) }));
}

function firstSessionSlug(agenda: ReturnType<typeof timeCompile>['agenda'], edition: string): string {
  const sessions = agenda.editions.find((candidate) => candidate.id === edition)?.sessions ?? [];
  const session = sessions.find((candidate) => !candidate.plenary) ?? sessions[0];
  if (!session) throw new Error(`The edition ${edition} has no sessions to open in Lighthouse.`);
  return session.slug;
}

function defaultEdition(agenda: ReturnType<typeof timeCompile>['agenda']): string {
  const edition = agenda.conference.defaultEdition ?? agenda.conference.editions.at(-1)?.id;
  if (!edition) throw new Error('The demo content has no editions.');
  return edition;
}

/** Builds one content folder and measures its bundle; Lighthouse runs later, in `runPageAudits`. */
async function measureContentBuild(label: string, content: ContentSource, edition: string | null, runs: number, options: BenchOptions): Promise<ContentReport> {
  const outDir = join(options.workFolder, label.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  const compile = timeCompile(content, runs);
  const editionId = edition ?? defaultEdition(compile.agenda);

  log(`${label}: ${runs} × vite build`);
  const build = await timeBuilds(content, outDir, runs);
  const output = new BuildOutput(outDir);

  return {
    label,
    content,
    outDir,
    edition: editionId,
    build,
    compile: { runs: compile.runs, median: compile.median },
    routes: routeReports(output),
    editionData: output.dataChunk(`virtual:agenda/edition/${editionId}`),
    speakersData: output.dataChunk('virtual:agenda/speakers'),
    pages: {
      schedule: `/agenda/${encodeURIComponent(editionId)}/`,
      session: `/sessions/${encodeURIComponent(editionId)}/${encodeURIComponent(firstSessionSlug(compile.agenda, editionId))}/`,
    },
    lighthouse: {},
    lighthouseError: null,
    previewCommand: null,
  };
}

async function runPageAudits(report: ContentReport, options: BenchOptions, previewDeadline: number): Promise<void> {
  const preview = await startPreview(report.outDir, Math.max(0, previewDeadline - Date.now()));
  report.previewCommand = preview.command;

  try {
    for (const [page, path] of Object.entries(report.pages)) {
      log(`${report.label}: ${options.lighthouseRuns} × Lighthouse on ${path}`);
      report.lighthouse[page] = await runLighthouse(`${preview.origin}${path}`, options.lighthouseRuns);
    }
  } finally {
    await preview.close();
  }
}

/** Generates a conference and builds it; the browser figures come later, in `runSearchAndScroll`. */
async function measureGeneratedBuild(sessions: number, options: BenchOptions): Promise<GeneratedReport> {
  const folder = join(options.workFolder, `content-${sessions}`);
  const content: ContentSource = { folder, config: null };
  const outDir = join(options.workFolder, `generated-${sessions}`);
  const generateCommand = `npx tsx scripts/generate-content.mts --sessions ${sessions} --rooms ${GENERATED_ROOMS} --days ${GENERATED_DAYS} --out ${folder}`;

  log(`${sessions} sessions: generating`);
  generateContent({ sessions, rooms: GENERATED_ROOMS, days: GENERATED_DAYS, out: folder, seed: 1, edition: GENERATED_EDITION, firstDay: '2027-10-20' });

  log(`${sessions} sessions: ${options.buildRuns} × vite build`);
  let build: BuildTiming | null = null;
  let buildError: string | null = null;
  let measuredBuild: BuildTiming | null = null;
  let browserError: string | null = null;
  try {
    build = await timeBuilds(content, outDir, options.buildRuns);
    measuredBuild = build;
  } catch (error) {
    // The screens can still be measured on a build without the offline plugin.
    buildError = error instanceof Error ? error.message : String(error);
    log(`${sessions} sessions: vite build failed, measuring a build without the offline plugin instead`);
    try {
      measuredBuild = await timeBuilds(content, outDir, 1, { viteConfig: NO_OFFLINE_CONFIG });
    } catch (fallbackError) {
      browserError = `The build without the offline plugin failed too: ${errorSummary(fallbackError)}`;
      log(`${sessions} sessions: ${browserError}`);
    }
  }

  return {
    sessions,
    rooms: GENERATED_ROOMS,
    days: GENERATED_DAYS,
    content,
    outDir,
    generateCommand,
    build,
    buildError,
    measuredBuild,
    data: measuredBuild ? new BuildOutput(outDir).dataChunk(`virtual:agenda/edition/${GENERATED_EDITION}`) : null,
    keystrokes: null,
    scroll: null,
    browserError,
    url: `/agenda/${GENERATED_EDITION}/`,
    previewCommand: null,
  };
}

async function runSearchAndScroll(report: GeneratedReport, browser: Browser, options: BenchOptions, previewDeadline: number): Promise<void> {
  const preview = await startPreview(report.outDir, Math.max(0, previewDeadline - Date.now()));
  report.previewCommand = preview.command;
  const url = `${preview.origin}${report.url}`;

  try {
    log(`${report.sessions} sessions: ${SEARCH_KEYS.length} keystrokes in the search box`);
    report.keystrokes = await measureKeystrokes(browser, url, SEARCH_KEYS);

    if (report.sessions === Math.max(...GENERATED_SIZES)) {
      log(`${report.sessions} sessions: scrolling the list ${options.scrollPasses} times`);
      report.scroll = await measureScrollPasses(browser, url, options.scrollPasses);
    }
  } finally {
    await preview.close();
  }
}

/**
 * Runs the browser steps; when one fails, records why and goes on with the
 * others. The wait for another preview server is one budget for all steps.
 */
async function runBrowserSteps(demo: ContentReport, dataday: ContentReport, generated: GeneratedReport[], options: BenchOptions): Promise<void> {
  const previewDeadline = Date.now() + options.previewWaitMs;

  for (const report of [demo, dataday]) {
    try {
      await runPageAudits(report, options, previewDeadline);
    } catch (error) {
      report.lighthouseError = errorSummary(error);
      log(`${report.label}: Lighthouse not measured: ${report.lighthouseError}`);
    }
  }

  const browser = await launchChromium();
  try {
    for (const report of generated) {
      if (report.measuredBuild === null) continue;

      try {
        await runSearchAndScroll(report, browser, options, previewDeadline);
      } catch (error) {
        report.browserError = errorSummary(error);
        log(`${report.sessions} sessions: browser figures not measured: ${report.browserError}`);
      }
    }
  } finally {
    await browser.close();
  }
}

function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').filter((line) => line.trim() !== '').slice(0, 3).join(' ');
}

async function main(): Promise<void> {
  const options = parseOptions();
  mkdirSync(options.workFolder, { recursive: true });
  if (!existsSync(FIXTURE.folder)) throw new Error(`The Data Day archive is missing at ${resolve(FIXTURE.folder)}; the bench reads it from there.`);

  const machine: Machine = describeMachine();
  log(`work folder ${options.workFolder}`);

  // Builds first, then the browser steps, which may have to wait for another
  // preview server of this project to stop.
  const demo = await measureContentBuild('Demo', DEMO, null, options.buildRuns, options);
  const dataday = await measureContentBuild('Data Day', FIXTURE, FIXTURE_EDITION, options.fixtureBuildRuns, options);
  const generated: GeneratedReport[] = [];
  for (const sessions of GENERATED_SIZES) generated.push(await measureGeneratedBuild(sessions, options));

  await runBrowserSteps(demo, dataday, generated, options);

  const versions = {
    vite: packageVersion('vite'),
    lighthouse: packageVersion('lighthouse'),
    playwright: packageVersion('playwright-core'),
  };
  const previous = existsSync(REPORT_PATH) ? readFileSync(REPORT_PATH, 'utf8') : '';
  writeFileSync(REPORT_PATH, writeReport(previous, { machine, versions, demo, dataday, generated, searchKeys: SEARCH_KEYS, command: `npm run bench${process.argv.includes('--quick') ? ' -- --quick' : ''}` }));
  log(`wrote ${REPORT_PATH}`);
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
