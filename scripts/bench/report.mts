// Writes the results part of docs/benchmarks.md. The hand-written header above
// RESULTS_MARKER is kept as it is; everything below it is replaced.

import { buildCommand, NO_OFFLINE_CONFIG, type BuildTiming, type ContentSource, type DataChunk, type RouteBundle } from './build.mts';
import type { KeystrokeResult, ScrollResult } from './browser.mts';
import type { LighthouseResult } from './lighthouse.mts';
import { formatBytes, formatKilobytes, formatMilliseconds, formatSeconds, type Machine } from './measure.mts';

export const RESULTS_MARKER = '<!-- Everything below this line is written by `npm run bench`. -->';

const DEFAULT_HEADER = `# Benchmarks\n\nRun \`npm run bench\` to refresh this file.\n`;

export interface RouteReport {
  name: string;
  /** The data chunks that the route loads besides its code. */
  data: string;
  bundle: RouteBundle;
}

export interface ContentReport {
  label: string;
  content: ContentSource;
  outDir: string;
  edition: string;
  build: BuildTiming;
  compile: { runs: number[]; median: number };
  routes: RouteReport[];
  editionData: DataChunk | null;
  speakersData: DataChunk | null;
  pages: Record<string, string>;
  lighthouse: Record<string, LighthouseResult>;
  /** Why Lighthouse did not run, when it did not. */
  lighthouseError: string | null;
  previewCommand: string | null;
}

export interface GeneratedReport {
  sessions: number;
  rooms: number;
  days: number;
  content: ContentSource;
  outDir: string;
  generateCommand: string;
  /** Null when the real build failed; `buildError` then holds its output. */
  build: BuildTiming | null;
  buildError: string | null;
  /** The build that the browser figures ran on: the real one, one without the offline plugin, or none. */
  measuredBuild: BuildTiming | null;
  data: DataChunk | null;
  keystrokes: KeystrokeResult | null;
  scroll: ScrollResult | null;
  /** Why the browser figures are missing, when they are. */
  browserError: string | null;
  url: string;
  previewCommand: string | null;
}

export interface BenchResults {
  machine: Machine;
  versions: { vite: string; lighthouse: string; playwright: string };
  demo: ContentReport;
  dataday: ContentReport;
  generated: GeneratedReport[];
  /** Keys typed into the search box; `\b` is Backspace. */
  searchKeys: string;
  command: string;
}

interface Target {
  name: string;
  figure: string;
  /** Null when the figure could not be measured. */
  met: boolean | null;
}

/** Targets in the figures' units: bytes, Lighthouse scores and milliseconds. The long-task limit is in browser.mts. */
const TARGETS = {
  scheduleGzip: 100 * 1024,
  performance: 95,
  accessibility: 100,
  lcp: 2000,
  cls: 0.05,
  keystroke: 50,
};

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function verdict(met: boolean | null): string {
  if (met === null) return '**not measured**';
  return met ? 'met' : '**missed**';
}

// ---------------------------------------------------------------------------
// Sections

function machineSection(results: BenchResults): string {
  const { machine, versions } = results;
  return [
    '## Machine',
    '',
    table(
      ['CPU', 'Cores', 'Memory', 'Node', 'Chromium', 'Vite', 'Lighthouse', 'playwright-core', 'Date (UTC)'],
      [[machine.cpu, String(machine.cores), `${machine.memoryGigabytes} GB`, machine.node, machine.chromium, versions.vite, versions.lighthouse, versions.playwright, machine.date]],
    ),
    '',
    `Command: \`${results.command}\``,
  ].join('\n');
}

function collectTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];

  for (const report of [results.demo, results.dataday]) {
    const schedule = report.routes[0]?.bundle;
    if (schedule) {
      targets.push({
        name: `${report.label}: schedule route first-load JavaScript ≤ 100 KB gzip`,
        figure: formatKilobytes(schedule.gzip),
        met: schedule.gzip <= TARGETS.scheduleGzip,
      });
    }
  }

  for (const report of [results.demo, results.dataday]) {
    if (report.lighthouseError !== null) {
      targets.push({ name: `${report.label}: Lighthouse targets`, figure: report.lighthouseError, met: null });
    }

    for (const [page, result] of Object.entries(report.lighthouse)) {
      const figures = result.median;
      const where = `${report.label}, ${page} page`;
      targets.push({ name: `${where}: Lighthouse performance ≥ 95`, figure: String(figures.performance), met: figures.performance >= TARGETS.performance });
      targets.push({ name: `${where}: Lighthouse accessibility = 100`, figure: String(figures.accessibility), met: figures.accessibility >= TARGETS.accessibility });
      targets.push({ name: `${where}: LCP ≤ 2.0 s`, figure: formatSeconds(figures.lcp), met: figures.lcp <= TARGETS.lcp });
      targets.push({ name: `${where}: CLS ≤ 0.05`, figure: figures.cls.toFixed(3), met: figures.cls <= TARGETS.cls });
    }
  }

  const keystrokeTarget = 'Keystroke to painted list ≤ 50 ms at 1,000 sessions (median, 4× CPU slowdown)';
  const thousand = results.generated.find((report) => report.sessions === 1000);
  if (thousand && !thousand.keystrokes) {
    targets.push({ name: keystrokeTarget, figure: thousand.browserError ?? 'not measured', met: null });
  }
  if (thousand?.keystrokes) {
    const { medianPaint, unchanged } = thousand.keystrokes;
    targets.push({
      name: keystrokeTarget,
      figure: unchanged > 0 ? `${formatMilliseconds(medianPaint)} (${unchanged} keystrokes changed nothing)` : formatMilliseconds(medianPaint),
      met: medianPaint <= TARGETS.keystroke,
    });
  }

  const largest = results.generated.at(-1);
  if (largest && !largest.scroll) {
    const name = `No long task > 100 ms scrolling ${largest.sessions.toLocaleString('en-US')} sessions (4× CPU slowdown)`;
    targets.push({ name, figure: largest.browserError ?? 'not measured', met: null });
  }

  const scrolled = results.generated.find((report) => report.scroll !== null);
  if (scrolled?.scroll) {
    targets.push({
      name: `No long task > 100 ms scrolling ${scrolled.sessions.toLocaleString('en-US')} sessions (4× CPU slowdown)`,
      figure: `${scrolled.scroll.overLimitPerPass.join(', ')} over 100 ms in ${scrolled.scroll.overLimitPerPass.length} passes, ${longestTask(scrolled.scroll)}`,
      met: scrolled.scroll.overLimit === 0,
    });
  }

  return targets;
}

function targetsSection(results: BenchResults): string {
  const targets = collectTargets(results);
  return ['## Targets', '', table(['Target', 'Figure', 'Result'], targets.map((target) => [target.name, target.figure, verdict(target.met)]))].join('\n');
}

function routesSection(results: BenchResults): string {
  const { demo, dataday } = results;
  const rows = demo.routes.map((route, index) => {
    const other = dataday.routes[index]!;
    const lazy = route.bundle.lazyChunks === 0 ? 'entry only' : `entry and ${route.bundle.lazyChunks} lazy ${route.bundle.lazyChunks === 1 ? 'chunk' : 'chunks'}`;
    const files = route.bundle.files.map((file) => `\`${file}\``).join(', ');
    return [route.name, formatKilobytes(route.bundle.gzip), formatKilobytes(other.bundle.gzip), formatKilobytes(route.bundle.raw), route.data, `${lazy}: ${files}`];
  });

  const data = [demo, dataday].map((report) => {
    const edition = report.editionData ? `${formatKilobytes(report.editionData.raw)} raw, ${formatKilobytes(report.editionData.gzip)} gzip` : 'not found';
    const speakers = report.speakersData ? `${formatKilobytes(report.speakersData.raw)} raw, ${formatKilobytes(report.speakersData.gzip)} gzip` : 'not found';
    return [report.label, report.edition, edition, speakers];
  });

  return [
    '## First-load JavaScript per route',
    '',
    'Code only, gzip at level 6, from the build manifest: the entry chunk with its static imports, plus the lazy chunks that the route loads while it renders (the Markdown renderer on the session and speaker pages). The service worker code loads after the load event and is left out. Data chunks are listed in the second table, because their size depends on the content.',
    '',
    table(['Route', 'Demo (gzip)', 'Data Day (gzip)', 'Demo (raw)', 'Data also loaded', 'Chunks counted'], rows),
    '',
    table(['Content', 'Edition', 'Edition data chunk', 'Speakers data chunk'], data),
    '',
    `Build commands: \`${demo.build.command}\` and \`${dataday.build.command}\`.`,
  ].join('\n');
}

function lighthouseRow(label: string, page: string, path: string, result: LighthouseResult): string[] {
  const figures = result.median;
  const scores = result.runs.map((run) => run.performance);
  return [
    label,
    `${page} \`${path}\``,
    `${figures.performance} (${Math.min(...scores)}–${Math.max(...scores)})`,
    String(figures.accessibility),
    formatSeconds(figures.lcp),
    formatMilliseconds(figures.tbt),
    figures.cls.toFixed(3),
    formatKilobytes(figures.totalBytes),
    formatKilobytes(figures.scriptBytes),
  ];
}

function lighthouseSection(results: BenchResults): string {
  const rows: string[][] = [];
  const commands: string[] = [];

  for (const report of [results.demo, results.dataday]) {
    if (report.lighthouseError !== null) {
      rows.push([report.label, 'all', ...Array<string>(7).fill('not measured')]);
      commands.push(`- ${report.label}: not measured. ${report.lighthouseError}`);
    }

    for (const [page, result] of Object.entries(report.lighthouse)) {
      rows.push(lighthouseRow(report.label, page, report.pages[page] ?? '', result));
      commands.push(`- ${report.label}, ${page}: \`${result.command}\``);
    }
    if (report.previewCommand) commands.push(`- ${report.label} server: \`${report.previewCommand}\` (the port differs on each run)`);
  }

  const runs = [results.demo, results.dataday].flatMap((report) => Object.values(report.lighthouse)).at(0)?.runs.length ?? 0;
  return [
    `## Lighthouse ${results.versions.lighthouse}, mobile${runs > 0 ? `, median of ${runs}` : ''}`,
    '',
    'Default mobile emulation and simulated throttling. Each column is the median of its own figure, so one row may mix runs.',
    '',
    table(['Content', 'Page', 'Performance (range)', 'Accessibility', 'LCP', 'TBT', 'CLS', 'Transferred', 'JavaScript'], rows),
    '',
    'Commands:',
    '',
    ...commands,
  ].join('\n');
}

function buildSection(results: BenchResults): string {
  const rows = [results.demo, results.dataday].map((report) => {
    const share = report.compile.median / report.build.median;
    return [
      report.label,
      `${formatSeconds(report.build.median)} (${report.build.runs.length} runs: ${report.build.runs.map(formatSeconds).join(', ')})`,
      `${formatMilliseconds(report.compile.median)} (${report.compile.runs.length} runs)`,
      `${(share * 100).toFixed(0)} %`,
    ];
  });

  return [
    '## Build time',
    '',
    '`vite build` wall-clock time, process start-up included. `compileContent` is the content plugin\'s compile step alone, timed in the bench\'s own process. The plugin share divides one call\'s time by the build time, so a build that compiles the content twice spends about twice that share on it.',
    '',
    table(['Content', 'vite build (median)', 'compileContent (median)', 'Plugin share'], rows),
  ].join('\n');
}

function typedText(keys: string): string {
  return keys.replaceAll('\b', '');
}

function backspaceCount(keys: string): number {
  return keys.length - typedText(keys).length;
}

function buildCell(report: GeneratedReport): string {
  if (report.build) return `${formatSeconds(report.build.median)} (${report.build.runs.length} runs)`;
  if (report.measuredBuild) return `**failed** (without the offline plugin: ${formatSeconds(report.measuredBuild.median)})`;
  return '**failed**, also without the offline plugin';
}

/** Picks the lines of a failed build's output that say why, without the stack trace. */
function buildErrorSummary(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const noise = /^(at |\[BABEL\]|error during build|code:|plugin:|hook:|errors:|[{}]$)/;
  const useful = lines.filter((line) => line !== '' && !noise.test(line));
  return useful.slice(1, 8).join(' ');
}

function scrollCell(scroll: ScrollResult): string {
  const passes = scroll.overLimitPerPass.length;
  return `${scroll.overLimit} over 100 ms and ${scroll.longTasks.length} over 50 ms in ${passes} ${passes === 1 ? 'pass' : 'passes'}; ${longestTask(scroll)}`;
}

/** Names the longest task. The Long Tasks API reports only tasks over 50 ms, so without one there is no figure to give. */
function longestTask(scroll: ScrollResult): string {
  return scroll.longTasks.length === 0 ? 'no task over 50 ms reported' : `longest ${formatMilliseconds(scroll.maxTask)}`;
}

function keystrokeCell(report: GeneratedReport): string {
  if (!report.keystrokes) return 'not measured';

  const { medianPaint, paint, unchanged } = report.keystrokes;
  const changedNothing = unchanged > 0 ? `; ${unchanged} keystrokes changed nothing` : '';
  return `${formatMilliseconds(medianPaint)} (max ${formatMilliseconds(Math.max(...paint))}${changedNothing})`;
}

function generatedRatio(results: BenchResults): string {
  const [small, large] = results.generated;
  if (!small || !large) return '';

  const sessions = `From ${small.sessions.toLocaleString('en-US')} to ${large.sessions.toLocaleString('en-US')} sessions`;
  if (!small.measuredBuild || !large.measuredBuild) return '';

  const build = `the build time grows ${(large.measuredBuild.median / small.measuredBuild.median).toFixed(1)}×`;
  const data = small.data && large.data ? `, the edition chunk ${(large.data.gzip / small.data.gzip).toFixed(1)}× (gzip)` : '';
  const keystroke =
    small.keystrokes && large.keystrokes ? ` and the keystroke median ${(large.keystrokes.medianPaint / small.keystrokes.medianPaint).toFixed(1)}×` : '';
  const fallback = large.build && small.build ? '' : ' (build times of a build without the offline plugin where the real one failed)';
  return `${sessions}, ${build}${data}${keystroke}${fallback}.`;
}

function generatedSection(results: BenchResults): string {
  const rows = results.generated.map((report) => [
    report.sessions.toLocaleString('en-US'),
    buildCell(report),
    report.data ? formatBytes(report.data.raw) : 'not found',
    report.data ? formatKilobytes(report.data.gzip) : 'not found',
    keystrokeCell(report),
    report.keystrokes ? formatMilliseconds(report.keystrokes.medianEventTiming) : 'not measured',
    report.scroll ? scrollCell(report.scroll) : 'not measured',
  ]);
  const browserFailures = results.generated
    .filter((report) => report.browserError !== null)
    .map((report) => `- ${report.sessions.toLocaleString('en-US')} sessions: browser figures not measured. ${report.browserError}`);

  const failures = results.generated
    .filter((report) => report.buildError !== null)
    .map((report) => `- ${report.sessions.toLocaleString('en-US')} sessions: \`npm run build\` failed, so the browser figures come from a build without the offline plugin (\`${NO_OFFLINE_CONFIG}\`). Vite printed: ${buildErrorSummary(report.buildError ?? '')}`);

  const commands = results.generated.map((report) => {
    const build = report.build?.command ?? report.measuredBuild?.command ?? buildCommand(report.content, report.outDir);
    const preview = report.previewCommand ?? `npx vite preview --outDir ${report.outDir} --host 127.0.0.1`;
    return `- ${report.sessions.toLocaleString('en-US')} sessions: \`${report.generateCommand}\`, then \`${build}\`, then \`${preview}\` and open \`${report.url}\``;
  });

  const first = results.generated[0];
  const keys = results.searchKeys;
  const scroll = results.generated.find((report) => report.scroll)?.scroll;

  return [
    `## Generated content: ${first?.rooms ?? 0} rooms, ${first?.days ?? 0} days`,
    '',
    `Keystrokes: ${keys.length} in the schedule's search box (typing \`${typedText(keys)}\`, then ${backspaceCount(keys)} Backspaces), in Chromium on a 412 × 823 phone viewport with the CPU slowed down 4×. "Keystroke to paint" runs from the keydown event's timestamp to the first animation frame after the last DOM change that the keystroke caused. "Event Timing" is the interaction's \`PerformanceEventTiming\` duration, which counts only until the first frame after the event, so it leaves out updates that React defers; durations under 16 ms are not reported by the API and count as 16 ms.`,
    '',
    table(['Sessions', 'vite build (median)', 'Edition chunk (raw)', 'Edition chunk (gzip)', 'Keystroke to paint (median)', 'Event Timing (median)', 'Long tasks while scrolling'], rows),
    '',
    generatedRatio(results),
    scroll ? `\nScrolling: each pass opens the page afresh and takes ${scroll.steps} mouse-wheel steps of 600 px, ${scroll.scrolledPixels} px of a ${scroll.scrollHeight} px page in the last pass.` : '',
    ...(failures.length > 0 ? ['', 'Failed builds:', '', ...failures] : []),
    ...(browserFailures.length > 0 ? ['', 'Missing browser figures:', '', ...browserFailures] : []),
    '',
    'Commands:',
    '',
    ...commands,
  ].join('\n');
}

/** Returns the new file: the header of `previous` (or a default one) and fresh results. */
export function writeReport(previous: string, results: BenchResults): string {
  const markerAt = previous.indexOf(RESULTS_MARKER);
  const header = markerAt === -1 ? DEFAULT_HEADER : previous.slice(0, markerAt).trimEnd() + '\n';

  const sections = [machineSection(results), targetsSection(results), routesSection(results), lighthouseSection(results), buildSection(results), generatedSection(results)];
  return `${header}\n${RESULTS_MARKER}\n\n${sections.join('\n\n')}\n`;
}
