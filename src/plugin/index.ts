// The Vite plugin that turns the content folder into the `virtual:agenda`
// modules. The compile step itself lives in compile.ts; this file wires it to
// Vite: module ids, the dev server's watcher and error overlay, and the files
// that the build publishes beside the app.

import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { Logger, Plugin, ResolvedConfig, ViteDevServer } from 'vite';

import { compileContent, type CompileResult } from './compile.ts';
import { CONFIG_FILE_NAME } from './config.ts';
import { formatErrors, formatWarningSummary, messageLanguage, type ContentProblem, type MessageLanguage } from './diagnostics.ts';
import { editionModuleCode, indexModuleCode, speakersModuleCode } from './module-code.ts';
import { emitSitePages } from './pages/index.ts';
import {
  EDITION_MODULE_PREFIX,
  INDEX_MODULE_ID,
  RESOLVED_EDITION_MODULE_PREFIX,
  RESOLVED_INDEX_MODULE_ID,
  RESOLVED_SPEAKERS_MODULE_ID,
  SPEAKERS_MODULE_ID,
} from './module-ids.ts';

export interface AgendaContentOptions {
  /**
   * Content folder, relative to the Vite root.
   * @default process.env.AGENDA_CONTENT, else 'content'
   */
  content?: string;
  /**
   * Config file, relative to the Vite root.
   * @default process.env.AGENDA_CONFIG, else 'agenda.config.yaml' in the content folder
   */
  configFile?: string;
  /**
   * IANA zone for times without offset in editions whose config names none.
   * @default process.env.AGENDA_TIMEZONE, else 'UTC'
   */
  timeZone?: string;
  /**
   * Language of error and warning messages.
   * @default 'en' when process.env.AGENDA_LANG starts with "en", else 'es'
   */
  language?: MessageLanguage;
}

const MEDIA_PREFIX = 'media/';
const RECOMPILE_DELAY_MS = 30;
const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** Compiles the content folder into `virtual:agenda` and its per-edition modules. */
export function agendaContent(options: AgendaContentOptions = {}): Plugin {
  let root = '';
  let configFile = '';
  let isDev = false;
  let base = '/';
  let logger: Logger | null = null;
  let result: CompileResult | null = null;
  let printedWarnings = '';
  const language = options.language ?? messageLanguage(process.env['AGENDA_LANG']);

  const compile = () => {
    result = compileContent({
      root,
      configFile,
      timeZone: options.timeZone ?? process.env['AGENDA_TIMEZONE'],
      includeDrafts: isDev,
    });

    // Only a build publishes canonical links and calendars, which need the site's address.
    const siteUrl = process.env['AGENDA_SITE_URL'] || result.agenda?.siteUrl;
    if (!isDev && result.agenda && !siteUrl) result.warnings.push(missingSiteUrlProblem(configDisplayPath(root, configFile)));

    reportWarnings();
    return result;
  };

  const reportWarnings = () => {
    const warnings = result?.warnings ?? [];
    const summary = warnings.length === 0 ? '' : formatWarningSummary(warnings, displayRoot(root), language);
    if (summary === printedWarnings) return;

    printedWarnings = summary;
    if (summary !== '') logger?.warn(summary, { timestamp: true });
  };

  return {
    name: 'agenda:content',

    configResolved(config: ResolvedConfig) {
      const contentOption = options.content ?? process.env['AGENDA_CONTENT'] ?? 'content';
      root = resolve(config.root, contentOption);
      const configOption = options.configFile ?? process.env['AGENDA_CONFIG'];
      configFile = configOption ? resolve(config.root, configOption) : join(root, CONFIG_FILE_NAME);
      isDev = config.command === 'serve';
      base = config.base;
      logger = config.logger;

      // A build compiles here, before any plugin starts, so that content errors
      // stop it once, without the stack traces and follow-up errors that other
      // plugins (the service worker generator) add to a failed build.
      if (!isDev) {
        checkContentFolder(root, language);
        const compiled = compile();
        if (compiled.errors.length > 0) throw new ContentError(formatErrors(compiled.errors, displayRoot(root), language));
      }
    },

    buildStart() {
      if (result !== null) return;

      checkContentFolder(root, language);
      compile();
    },

    resolveId(id) {
      if (id === INDEX_MODULE_ID || id === SPEAKERS_MODULE_ID || id.startsWith(EDITION_MODULE_PREFIX)) return `\0${id}`;
      return null;
    },

    load(id) {
      if (!id.startsWith(RESOLVED_INDEX_MODULE_ID)) return null;

      const compiled = result ?? compile();
      if (!compiled.agenda) {
        const first = compiled.errors[0];
        this.error({
          message: formatErrors(compiled.errors, displayRoot(root), language),
          ...(first ? { id: join(root, first.file), loc: { file: join(root, first.file), line: first.line ?? 1, column: 0 } } : {}),
        });
      }

      const { agenda } = compiled;
      if (id === RESOLVED_INDEX_MODULE_ID) return indexModuleCode(agenda.conference);
      if (id === RESOLVED_SPEAKERS_MODULE_ID) return speakersModuleCode(agenda.speakers);

      const editionId = id.slice(RESOLVED_EDITION_MODULE_PREFIX.length);
      const edition = agenda.editions.find((candidate) => candidate.id === editionId);
      if (!edition) this.error(`The edition "${editionId}" does not exist in ${root}.`);
      return editionModuleCode(edition);
    },

    configureServer(server) {
      server.watcher.add([root, configFile]);
      serveSpeakerPhotos(server, () => result);

      let timer: NodeJS.Timeout | null = null;
      const onFileEvent = (path: string) => {
        if (!isContentPath(path, root, configFile)) return;

        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          recompileAndReload(server, compile, root, language);
        }, RECOMPILE_DELAY_MS);
      };

      server.watcher.on('add', onFileEvent);
      server.watcher.on('change', onFileEvent);
      server.watcher.on('unlink', onFileEvent);
    },

    generateBundle: {
      // After Vite's own hook, which writes the script and style tags into index.html.
      order: 'post',
      handler(_outputOptions, bundle) {
        const agenda = result?.agenda;
        if (!agenda) return;

        // Publish speaker photos at the site-relative paths that the data names.
        for (const [fileName, source] of agenda.photos) {
          this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
        }

        emitSitePages(this, bundle, { agenda, base });
      },
    },
  };
}

/** An error whose stack is its message, because Vite prints a failed build's stack. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = message;
  }
}

/** Names the config file as problems do: relative to the content folder when inside it. */
function configDisplayPath(root: string, configFile: string): string {
  const path = relative(root, configFile);
  return path.startsWith('..') || isAbsolute(path) ? configFile : path.split(sep).join('/');
}

function missingSiteUrlProblem(configFile: string): ContentProblem {
  return {
    kind: 'missing-site-url',
    file: configFile,
    line: null,
    field: 'siteUrl',
    value: null,
    message: {
      en: 'The site has no address, so canonical links and link previews use paths, and calendar events carry no link to their page.',
      es: 'El sitio no tiene dirección, así que los enlaces canónicos y las vistas previas usan rutas, y los eventos de calendario no enlazan a su página.',
    },
    hint: {
      en: 'Add `siteUrl: https://agenda.example.org/` to the config, or build with AGENDA_SITE_URL set to that address.',
      es: 'Agrega `siteUrl: https://agenda.example.org/` a la configuración, o compila con AGENDA_SITE_URL con esa dirección.',
    },
  };
}

function checkContentFolder(root: string, language: MessageLanguage): void {
  if (existsSync(root)) return;

  throw new ContentError(
    language === 'en'
      ? `The content folder ${root} does not exist. Set AGENDA_CONTENT to a folder that contains sessions/ and speakers/.`
      : `La carpeta de contenido ${root} no existe. Indica en AGENDA_CONTENT una carpeta que contenga sessions/ y speakers/.`,
  );
}

function isContentPath(path: string, root: string, configFile: string): boolean {
  return path === configFile || path === root || path.startsWith(root + sep);
}

function recompileAndReload(server: ViteDevServer, compile: () => CompileResult, root: string, language: MessageLanguage): void {
  const compiled = compile();
  const graph = server.environments.client.moduleGraph;
  for (const module of graph.idToModuleMap.values()) {
    if (module.id?.startsWith(RESOLVED_INDEX_MODULE_ID)) graph.invalidateModule(module);
  }

  if (compiled.errors.length > 0) {
    server.config.logger.error(formatErrors(compiled.errors, displayRoot(root), language), { timestamp: true });
    server.ws.send({ type: 'error', err: overlayError(compiled.errors, root, language) });
    return;
  }

  server.config.logger.info('agenda content reloaded', { timestamp: true });
  server.ws.send({ type: 'full-reload' });
}

function overlayError(errors: ContentProblem[], root: string, language: MessageLanguage) {
  const first = errors[0];
  const file = first ? join(root, first.file) : root;

  return {
    message: formatErrors(errors, displayRoot(root), language),
    stack: '',
    plugin: 'agenda:content',
    id: file,
    loc: { file, line: first?.line ?? 1, column: 0 },
  };
}

/** Serves speaker photos in development at the same paths that the build publishes them. */
function serveSpeakerPhotos(server: ViteDevServer, current: () => CompileResult | null): void {
  server.middlewares.use((request, response, next) => {
    const base = server.config.base;
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    if (!path.startsWith(`${base}${MEDIA_PREFIX}`)) return next();

    const source = current()?.agenda?.photos.get(path.slice(base.length));
    if (!source) return next();

    const extension = source.split('.').at(-1)?.toLowerCase() ?? '';
    response.setHeader('Content-Type', IMAGE_TYPES[extension] ?? 'application/octet-stream');
    response.end(readFileSync(source));
  });
}

/** Shows the content folder relative to the working directory, as terminals link it. */
function displayRoot(root: string): string {
  const relativeRoot = isAbsolute(root) && root.startsWith(process.cwd() + sep) ? root.slice(process.cwd().length + 1) : root;
  return `${relativeRoot}/`;
}
