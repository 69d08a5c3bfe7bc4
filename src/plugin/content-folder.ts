// Finds the files of a Hugo-style content folder and reads them as UTF-8 text.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

import type { ContentProblem } from './diagnostics.ts';

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the content folder, with forward slashes, as problems name it. */
  name: string;
}

export interface EditionFolder {
  id: string;
  /** The edition's own page (`_index.md`), when present. */
  index: ContentFile | null;
  sessions: ContentFile[];
}

export interface ContentFolder {
  root: string;
  editions: EditionFolder[];
  speakers: (ContentFile & { slug: string; bundle: string | null })[];
}

/**
 * Lists the edition folders under `sessions/` and the speaker pages under
 * `speakers/`, in a stable order so that the compiled output never depends on
 * the order in which the file system returns entries.
 */
export function scanContentFolder(root: string): ContentFolder {
  const sessionsRoot = join(root, 'sessions');
  const editions = listDirectories(sessionsRoot).map((id) => scanEdition(root, join(sessionsRoot, id), id));

  return { root, editions, speakers: scanSpeakers(root) };
}

function scanEdition(root: string, folder: string, id: string): EditionFolder {
  const markdown = listFiles(folder).filter((file) => file.endsWith('.md'));
  const toFile = (file: string) => contentFile(root, join(folder, file));

  return {
    id,
    index: markdown.includes('_index.md') ? toFile('_index.md') : null,
    sessions: markdown.filter((file) => file !== '_index.md').map(toFile),
  };
}

function scanSpeakers(root: string): ContentFolder['speakers'] {
  const speakersRoot = join(root, 'speakers');
  const pages: ContentFolder['speakers'] = [];

  for (const slug of listDirectories(speakersRoot)) {
    const bundle = join(speakersRoot, slug);
    const page = join(bundle, '_index.md');
    const leafPage = join(bundle, 'index.md');
    const path = existsSync(page) ? page : existsSync(leafPage) ? leafPage : null;
    if (path) pages.push({ ...contentFile(root, path), slug, bundle });
  }

  for (const file of listFiles(speakersRoot)) {
    if (!file.endsWith('.md') || file === '_index.md') continue;
    pages.push({ ...contentFile(root, join(speakersRoot, file)), slug: basename(file, '.md'), bundle: null });
  }

  return pages.sort((left, right) => compareText(left.slug, right.slug));
}

function contentFile(root: string, path: string): ContentFile {
  return { path, name: relative(root, path).split(sep).join('/') };
}

function listDirectories(folder: string): string[] {
  if (!existsSync(folder)) return [];

  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(compareText);
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];

  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(compareText);
}

/** Compares by UTF-16 code units, which unlike `localeCompare` is the same on every machine. */
export function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

export type ReadResult = { ok: true; text: string } | { ok: false; error: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8, pointing at the line of the first invalid byte otherwise. */
export function readContentFile(file: ContentFile): ReadResult {
  const bytes = readFileSync(file.path);
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, error: invalidEncodingProblem(file.name, bytes) };
  }
}

function invalidEncodingProblem(name: string, bytes: Buffer): ContentProblem {
  const offset = firstInvalidUtf8Offset(bytes);
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const byte = bytes[offset] ?? 0;

  return {
    kind: 'invalid-encoding',
    file: name,
    line,
    field: null,
    value: `0x${byte.toString(16).padStart(2, '0')}`,
    message: {
      en: 'The file is not valid UTF-8 text; the byte shown is the first invalid one.',
      es: 'El archivo no es texto UTF-8 válido; el byte que se muestra es el primero inválido.',
    },
    hint: {
      en: 'Save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252).',
      es: 'Guarda el archivo como UTF-8 en tu editor (probablemente se guardó como Latin-1 o Windows-1252).',
    },
  };
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  let offset = 0;
  while (offset < bytes.length) {
    const length = utf8SequenceLength(bytes, offset);
    if (length === 0) return offset;
    offset += length;
  }

  return bytes.length;
}

/** Returns the length of the well-formed UTF-8 sequence at `offset`, or 0 when it is malformed. */
function utf8SequenceLength(bytes: Buffer, offset: number): number {
  const lead = bytes[offset] ?? 0;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;

  for (let index = 1; index < length; index++) {
    if (((bytes[offset + index] ?? 0) & 0xc0) !== 0x80) return 0;
  }

  return length;
}
