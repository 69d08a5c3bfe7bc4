// Compiles a content folder into the agenda's data: the conference, one edition
// per folder under `sessions/`, and the speakers. This is plain Node code with no
// Vite in it, so tests and scripts can call it directly.

import { join, relative, sep } from 'node:path';

import { isValidTimeZone } from '../domain/time.ts';
import type { Conference, Edition, Speaker, SpeakerSession } from '../domain/types.ts';
import { CONFIG_FILE_NAME, loadConfig, unknownTimeZoneProblem, type LoadedConfig } from './config.ts';
import { readContentFile, scanContentFolder, type EditionFolder } from './content-folder.ts';
import { isError, type ContentProblem } from './diagnostics.ts';
import { buildEdition } from './editions.ts';
import { editionIndexSchema, validateFields } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import { photoPathOf, readSpeakerPages, SpeakerDirectory, type SpeakerPage } from './speakers.ts';

/** The zone for times without offset when neither the config nor `AGENDA_TIMEZONE` names one. */
export const DEFAULT_TIME_ZONE = 'UTC';

export interface CompileOptions {
  /** Absolute path of the content folder. */
  root: string;
  /** Absolute path of the config file; defaults to `agenda.config.yaml` in the content folder. */
  configFile?: string;
  /** Zone for editions that the config gives none, from `AGENDA_TIMEZONE`. */
  timeZone?: string;
  /** Keeps `draft: true` sessions, marked as drafts, as the dev server does. */
  includeDrafts: boolean;
}

export interface CompiledAgenda {
  conference: Conference;
  editions: Edition[];
  speakers: Speaker[];
  /** Photo files to publish, by the site-relative path that `Speaker.photo` names. */
  photos: Map<string, string>;
  /** The site's absolute URL from the config's `siteUrl`, or null when it names none. */
  siteUrl: string | null;
}

export interface CompileResult {
  /** Null when there are errors. */
  agenda: CompiledAgenda | null;
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Compiles the content folder. Bad content becomes errors and warnings in the
 * result rather than exceptions, so one run lists every problem.
 */
export function compileContent(options: CompileOptions): CompileResult {
  const problems: ContentProblem[] = [];

  const configFile = options.configFile ?? join(options.root, CONFIG_FILE_NAME);
  const loadedConfig = loadConfig(configFile, displayPath(options.root, configFile));
  if (!loadedConfig.ok) return { agenda: null, errors: loadedConfig.errors, warnings: [] };
  const config = loadedConfig.loaded;

  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    problems.push(unknownTimeZoneProblem('AGENDA_TIMEZONE', null, 'AGENDA_TIMEZONE', options.timeZone));
  }

  const folder = scanContentFolder(options.root);
  const pages = readSpeakerPages(folder, problems);
  const directory = new SpeakerDirectory(pages);

  const editions = folder.editions.map((editionFolder) =>
    buildEdition(
      {
        folder: editionFolder,
        title: editionTitle(editionFolder, config, problems),
        zone: editionZone(editionFolder.id, config, options.timeZone, problems),
        settings: config.config.editions[editionFolder.id],
        config,
        speakers: directory,
        includeDrafts: options.includeDrafts,
      },
      problems,
    ),
  );
  reportUnknownEditions(config, folder.editions, problems);
  editions.sort((left, right) => (Date.parse(left.start ?? '') || Infinity) - (Date.parse(right.start ?? '') || Infinity));

  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  if (errors.length > 0) return { agenda: null, errors, warnings };

  const { speakers, photos } = publishSpeakers(pages, editions);
  const conference: Conference = {
    name: config.config.name ?? 'Agenda',
    editions: editions.map(({ id, title, timeZone, firstDay, lastDay, start, end, sessionCount }) => ({
      id,
      title,
      timeZone,
      firstDay,
      lastDay,
      start,
      end,
      sessionCount,
    })),
    defaultEdition: config.config.defaultEdition ?? null,
  };

  return { agenda: { conference, editions, speakers, photos, siteUrl: config.config.siteUrl ?? null }, errors, warnings };
}

function displayPath(root: string, path: string): string {
  const relativePath = relative(root, path);
  return relativePath.startsWith('..') ? path : relativePath.split(sep).join('/');
}

function editionTitle(folder: EditionFolder, config: LoadedConfig, problems: ContentProblem[]): string {
  const configured = config.config.editions[folder.id]?.title;
  if (configured) return configured;
  if (!folder.index) return folder.id;

  const read = readContentFile(folder.index);
  if (!read.ok) {
    problems.push(read.error);
    return folder.id;
  }

  const parsed = readFrontMatter(read.text, folder.index.name);
  if (!parsed.ok) {
    problems.push(...parsed.errors);
    return folder.id;
  }
  problems.push(...parsed.warnings);

  const validated = validateFields(editionIndexSchema, parsed.frontMatter, folder.index.name);
  if (!validated.ok) {
    problems.push(...validated.errors);
    return folder.id;
  }

  return validated.fields.title ?? folder.id;
}

function editionZone(id: string, config: LoadedConfig, fallback: string | undefined, problems: ContentProblem[]): string {
  const configured = config.config.editions[id]?.timeZone ?? config.config.timeZone;
  if (configured) return configured;
  if (fallback !== undefined && isValidTimeZone(fallback)) return fallback;

  problems.push({
    kind: 'default-time-zone',
    file: config.file ?? CONFIG_FILE_NAME,
    line: null,
    field: `editions.${id}.timeZone`,
    value: null,
    message: {
      en: `Edition ${id} has no time zone, so times without offset are read as ${DEFAULT_TIME_ZONE}.`,
      es: `La edición ${id} no tiene zona horaria, así que las horas sin desfase se leen en ${DEFAULT_TIME_ZONE}.`,
    },
    hint: {
      en: `Set timeZone for the edition in ${CONFIG_FILE_NAME}, or run the build with AGENDA_TIMEZONE=America/Mexico_City (or the venue's zone).`,
      es: `Indica timeZone para la edición en ${CONFIG_FILE_NAME}, o compila con AGENDA_TIMEZONE=America/Mexico_City (o la zona de la sede).`,
    },
  });
  return DEFAULT_TIME_ZONE;
}

function reportUnknownEditions(config: LoadedConfig, folders: EditionFolder[], problems: ContentProblem[]): void {
  const known = new Set(folders.map((folder) => folder.id));

  for (const id of Object.keys(config.config.editions)) {
    if (known.has(id)) continue;

    problems.push({
      kind: 'unknown-edition',
      file: config.file ?? CONFIG_FILE_NAME,
      line: config.lineOf(['editions', id]),
      field: `editions.${id}`,
      value: id,
      message: {
        en: 'The config describes an edition that has no folder under sessions/.',
        es: 'La configuración describe una edición que no tiene carpeta en sessions/.',
      },
      hint: {
        en: `Create sessions/${id}/ or correct the edition id, which must match the folder name.`,
        es: `Crea sessions/${id}/ o corrige el identificador de la edición, que debe ser igual al nombre de la carpeta.`,
      },
    });
  }
}

/**
 * Lists each speaker page with its sessions across editions, and the photos to
 * publish. Pages of people without sessions are kept: an archive links to them.
 */
function publishSpeakers(pages: SpeakerPage[], editions: Edition[]): { speakers: Speaker[]; photos: Map<string, string> } {
  const sessionsBySlug = new Map<string, SpeakerSession[]>();
  for (const session of editions.flatMap((edition) => edition.sessions)) {
    for (const speaker of session.speakers) {
      if (speaker.slug === null) continue;

      const list = sessionsBySlug.get(speaker.slug) ?? [];
      list.push({
        id: session.id,
        edition: session.edition,
        slug: session.slug,
        title: session.title,
        start: session.start,
        end: session.end,
        timeZone: session.timeZone,
      });
      sessionsBySlug.set(speaker.slug, list);
    }
  }

  const photos = new Map<string, string>();
  const speakers = pages.map((page): Speaker => {
    const photo = photoPathOf(page);
    if (photo !== null && page.photoFile !== null) photos.set(photo, page.photoFile);

    return {
      slug: page.slug,
      name: page.name,
      designation: page.designation,
      photo,
      links: page.links,
      bio: page.bio,
      sessions: (sessionsBySlug.get(page.slug) ?? []).sort((left, right) => Date.parse(left.start) - Date.parse(right.start)),
    };
  });

  return { speakers, photos };
}
