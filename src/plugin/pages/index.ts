// Adds the static pages and edition calendars to the build's output, so that a
// plain static host serves every route of the app without rewrite rules.

import type { Rollup } from 'vite';

import type { CompiledAgenda } from '../compile.ts';
import { createCalendarFiles } from './calendars.ts';
import { renderPage } from './html.ts';
import { listSitePages } from './pages.ts';
import { resolveSiteAddress, SiteLinks } from './site.ts';

export { escapeHtml, renderHeadTags, renderPage, type PageHead } from './html.ts';
export { listSitePages, type SitePage } from './pages.ts';
export { resolveSiteAddress, routeFileName, routes, SiteLinks, type SiteAddress } from './site.ts';

const TEMPLATE_FILE_NAME = 'index.html';

export interface SitePagesInput {
  agenda: CompiledAgenda;
  /** Vite's resolved `base`. */
  base: string;
  /** The build time, for the default edition and the calendars' `DTSTAMP`. */
  now?: Date;
}

/** The subset of Rollup's plugin context that emitting pages needs. */
type EmitContext = Pick<Rollup.PluginContext, 'emitFile' | 'error'>;

/**
 * Writes an HTML file per route from the built `index.html`, `404.html`, and
 * `calendar/<edition>.ics` per edition. Call it from `generateBundle` with
 * `order: 'post'`, after Vite has added its script and style tags to `index.html`.
 */
export function emitSitePages(context: EmitContext, bundle: Rollup.OutputBundle, input: SitePagesInput): void {
  const template = bundle[TEMPLATE_FILE_NAME];
  if (template === undefined || template.type !== 'asset') {
    context.error(`The build has no ${TEMPLATE_FILE_NAME}, so it cannot write a page per route. Keep index.html at the project root as the build's input.`);
  }
  const templateHtml = typeof template.source === 'string' ? template.source : new TextDecoder().decode(template.source);

  const links = new SiteLinks(resolveAddress(context, input));

  const chunkFiles = chunkFilesByModule(bundle);
  const now = input.now ?? new Date();
  for (const page of listSitePages(input.agenda, links, now.getTime())) {
    const routeFiles = page.routeModules.flatMap((source) => routeChunkFiles(bundle, source));
    const dataFiles = page.dataModules.flatMap((id) => {
      const fileName = chunkFiles.get(id);
      return fileName === undefined ? [] : [fileName];
    });
    const modulePreloads = [...new Set([...routeFiles, ...dataFiles])].map((fileName) => links.href(fileName));
    const html = renderPage(templateHtml, { ...page.head, modulePreloads }, page.body);

    // The home page is the template's own file, so it is replaced in place.
    if (page.fileName === TEMPLATE_FILE_NAME) template.source = html;
    else context.emitFile({ type: 'asset', fileName: page.fileName, source: html });
  }

  for (const calendar of createCalendarFiles(input.agenda.conference, input.agenda.editions, links, now)) {
    context.emitFile({ type: 'asset', fileName: calendar.fileName, source: calendar.source });
  }
}

/** Maps each chunk's entry module id to the chunk's output file, such as `assets/2024mty-DRAgqToR.js`. */
function chunkFilesByModule(bundle: Rollup.OutputBundle): Map<string, string> {
  const files = new Map<string, string>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk' && output.facadeModuleId !== null) files.set(output.facadeModuleId, output.fileName);
  }

  return files;
}

/**
 * Returns the output files of the lazy chunk built from `source` (relative to the
 * project root) and of the chunks it imports statically, leaving out entry chunks,
 * which the page's script tag already loads. Returns none when no chunk matches,
 * for example when the bundler inlined the module into the entry.
 */
function routeChunkFiles(bundle: Rollup.OutputBundle, source: string): string[] {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') chunks.set(output.fileName, output);
  }

  const suffix = `/${source}`;
  const route = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(suffix) === true);
  if (route === undefined) return [];

  const files: string[] = [];
  const pending = [route.fileName];
  while (pending.length > 0) {
    const chunk = chunks.get(pending.pop() ?? '');
    if (chunk === undefined || chunk.isEntry || files.includes(chunk.fileName)) continue;

    files.push(chunk.fileName);
    pending.push(...chunk.imports);
  }
  return files;
}

function resolveAddress(context: EmitContext, input: SitePagesInput) {
  const fromEnvironment = process.env['AGENDA_SITE_URL'];
  const source = fromEnvironment === undefined || fromEnvironment === '' ? 'siteUrl in the config' : 'AGENDA_SITE_URL';
  const siteUrl = source === 'AGENDA_SITE_URL' ? (fromEnvironment ?? null) : input.agenda.siteUrl;

  try {
    return resolveSiteAddress(input.base, siteUrl, source);
  } catch (error) {
    return context.error(error instanceof Error ? error.message : String(error));
  }
}
