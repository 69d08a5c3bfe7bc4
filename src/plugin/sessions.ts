// One session file read into a record: fields validated, times resolved in the
// edition's zone, but rooms, tracks and speakers still as written. Resolving
// those needs the whole edition and happens in editions.ts.

import { posix } from 'node:path';

import { slugify } from '../domain/text.ts';
import { formatOffset, parseTime, TIME_SHAPES_HINT, type ParsedTime } from '../domain/time.ts';
import type { Instant, Link, TimeZone } from '../domain/types.ts';
import type { ContentFile } from './content-folder.ts';
import { readContentFile } from './content-folder.ts';
import { isError, type ContentProblem } from './diagnostics.ts';
import { collectLinks, sessionFieldsSchema, validateFields } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';

export interface SessionRecord {
  file: string;
  edition: string;
  slug: string;
  /** Line of the slug, or of the title when the slug comes from the file name. */
  slugLine: number | null;
  title: string;
  start: Instant;
  end: Instant;
  room: string | null;
  track: string | null;
  speakers: string[];
  tags: string[];
  links: Link[];
  format: string | null;
  language: string | null;
  summary: string | null;
  body: string;
  draft: boolean;
  plenary: boolean;
  keyLines: Map<string, number>;
  itemLines: Map<string, number[]>;
}

/**
 * Reads one session file. Returns null when the file has errors, which go to
 * `problems` together with its warnings, so that one run lists them all.
 */
export function readSessionFile(
  file: ContentFile,
  edition: string,
  zone: TimeZone,
  problems: ContentProblem[],
): SessionRecord | null {
  const read = readContentFile(file);
  if (!read.ok) {
    problems.push(read.error);
    return null;
  }

  const parsed = readFrontMatter(read.text, file.name);
  if (!parsed.ok) {
    problems.push(...parsed.errors);
    return null;
  }
  problems.push(...parsed.warnings);

  const frontMatter = parsed.frontMatter;
  const validated = validateFields(sessionFieldsSchema, frontMatter, file.name);
  if (!validated.ok) {
    problems.push(...validated.errors);
    return null;
  }

  const fields = validated.fields;
  const { keyLines, endLine } = frontMatter;
  const missing = (field: string, example: string): ContentProblem => ({
    kind: 'missing-field',
    file: file.name,
    line: keyLines.get(field) ?? endLine,
    field,
    value: null,
    message: { en: `The session has no ${field}.`, es: `La sesión no tiene ${field}.` },
    hint: {
      en: `Add a line such as \`${field}: ${example}\` to the front matter${fields.draft ? '' : ', or mark the session `draft: true`'}.`,
      es: `Agrega una línea como \`${field}: ${example}\` al encabezado${fields.draft ? '' : ', o marca la sesión con `draft: true`'}.`,
    },
  });

  if (fields.draft && (fields.time_start === null || fields.time_end === null || fields.title === null)) {
    problems.push({
      ...missing(fields.title === null ? 'title' : fields.time_start === null ? 'time_start' : 'time_end', '…'),
      kind: 'draft-without-time',
      message: {
        en: 'The draft has no title or no time yet, so it is not shown even in development.',
        es: 'El borrador aún no tiene título u horario, así que no se muestra ni en desarrollo.',
      },
      hint: { en: 'Add the missing field when the session is ready.', es: 'Agrega el campo que falta cuando la sesión esté lista.' },
    });
    return null;
  }

  const errorCount = problems.length;
  if (fields.title === null) problems.push(missing('title', '"Título de la charla"'));
  const start = readTime(fields.time_start, 'time_start', zone, file.name, keyLines, endLine, problems);
  const writtenEnd = readTime(fields.time_end, 'time_end', zone, file.name, keyLines, endLine, problems);
  const end = checkEndAfterStart(start, writtenEnd, fields, zone, file.name, keyLines, problems);

  const slug = fields.slug ?? slugify(posix.basename(file.name, '.md'));
  if (slug === '' || /[\s/?#]/.test(slug)) {
    problems.push({
      kind: 'invalid-field',
      file: file.name,
      line: keyLines.get('slug') ?? 1,
      field: 'slug',
      value: slug,
      message: { en: 'The slug cannot be used in an address.', es: 'El slug no se puede usar en una dirección.' },
      hint: {
        en: 'Use lower-case letters, digits and hyphens, for example `slug: mi-charla`.',
        es: 'Usa minúsculas, dígitos y guiones, por ejemplo `slug: mi-charla`.',
      },
    });
  }

  if (problems.slice(errorCount).some(isError) || !start || !end) return null;

  const links = collectLinks(
    [
      { kind: 'slides', field: 'slides', url: fields.slides },
      { kind: 'video', field: 'video', url: fields.video },
      { kind: 'live', field: 'live_url', url: fields.live_url },
    ],
    file.name,
    keyLines,
    problems,
  );

  return {
    file: file.name,
    edition,
    slug,
    slugLine: keyLines.get('slug') ?? keyLines.get('title') ?? null,
    title: fields.title ?? '',
    start: start.instant,
    end: end.instant,
    room: fields.room,
    track: fields.track,
    speakers: fields.speakers,
    tags: fields.tags,
    links,
    format: fields.format,
    language: fields.language,
    summary: fields.summary,
    body: frontMatter.body,
    draft: fields.draft,
    plenary: fields.plenary,
    keyLines,
    itemLines: frontMatter.itemLines,
  };
}

/**
 * Returns the end when it is after the start. Real files contain ends dated
 * before their start, such as a year written as the previous one. When the end's
 * time of day fits the start's date, the end is read on that date, with a warning.
 * Any other end at or before the start is an error, and null is returned.
 */
function checkEndAfterStart(
  start: ParsedTime | null,
  end: ParsedTime | null,
  fields: { time_start: string | null; time_end: string | null },
  zone: TimeZone,
  file: string,
  keyLines: Map<string, number>,
  problems: ContentProblem[],
): ParsedTime | null {
  if (!start || !end || Date.parse(end.instant) > Date.parse(start.instant)) return end;

  const startValue = fields.time_start ?? '';
  const endValue = fields.time_end ?? '';
  const problem = { file, line: keyLines.get('time_end') ?? null, field: 'time_end', value: endValue };
  const startDate = startValue.trim().slice(0, 10);
  const endDate = endValue.trim().slice(0, 10);
  const corrected = startDate === endDate ? null : parseTime(startDate + endValue.trim().slice(10), zone);

  if (corrected && Date.parse(corrected.instant) > Date.parse(start.instant)) {
    problems.push({
      ...problem,
      kind: 'end-date-corrected',
      message: {
        en: `The session would end on ${endDate}, before it starts on ${startDate}; the end time is read on ${startDate}.`,
        es: `La sesión terminaría el ${endDate}, antes de empezar el ${startDate}; la hora de fin se lee el ${startDate}.`,
      },
      hint: { en: `Correct the date of time_end to ${startDate}.`, es: `Corrige la fecha de time_end a ${startDate}.` },
    });
    return corrected;
  }

  problems.push({
    ...problem,
    kind: 'end-not-after-start',
    message: {
      en: `The session ends at or before its start (${startValue}).`,
      es: `La sesión termina antes de su inicio o a la misma hora (${startValue}).`,
    },
    hint: { en: 'Check that time_end is later than time_start.', es: 'Revisa que time_end sea posterior a time_start.' },
  });
  return null;
}

function readTime(
  value: string | null,
  field: string,
  zone: TimeZone,
  file: string,
  keyLines: Map<string, number>,
  endLine: number,
  problems: ContentProblem[],
): ParsedTime | null {
  const line = keyLines.get(field) ?? endLine;
  if (value === null) {
    problems.push({
      kind: 'missing-field',
      file,
      line,
      field,
      value: null,
      message: { en: `The session has no ${field}.`, es: `La sesión no tiene ${field}.` },
      hint: { en: `Add ${field} as ${TIME_SHAPES_HINT.en}.`, es: `Agrega ${field} como ${TIME_SHAPES_HINT.es}.` },
    });
    return null;
  }

  const parsed = parseTime(value, zone);
  if (!parsed) {
    problems.push({
      kind: 'invalid-time',
      file,
      line,
      field,
      value,
      message: { en: 'The time cannot be read.', es: 'No se puede leer la hora.' },
      hint: { en: `Expected ${TIME_SHAPES_HINT.en}.`, es: `Se espera ${TIME_SHAPES_HINT.es}.` },
    });
    return null;
  }

  if (parsed.writtenOffsetMinutes !== null && parsed.writtenOffsetMinutes !== parsed.zoneOffsetMinutes) {
    const written = formatOffset(parsed.writtenOffsetMinutes);
    const actual = formatOffset(parsed.zoneOffsetMinutes);
    problems.push({
      kind: 'offset-mismatch',
      file,
      line,
      field,
      value,
      message: {
        en: `The written offset ${written} differs from ${zone} at that instant (${actual}); the written offset is used.`,
        es: `El desfase escrito ${written} no coincide con ${zone} en ese momento (${actual}); se usa el desfase escrito.`,
      },
      hint: {
        en: "Remove the offset to use the venue's wall-clock time, or correct it.",
        es: 'Quita el desfase para usar la hora local de la sede, o corrígelo.',
      },
    });
  }

  return parsed;
}
