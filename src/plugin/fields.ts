// Schemas of the front matter fields that the agenda reads, and the step that
// validates a parsed front matter against them. Fields that the agenda does not
// use (Hugo's `id`, `block`, `gridarea`, `timeslot` and the like) are accepted and
// ignored, so a site's existing files compile unchanged.

import { z } from 'zod';

import type { Link } from '../domain/types.ts';
import type { ContentProblem, LocalizedText } from './diagnostics.ts';
import type { FrontMatter } from './front-matter.ts';

/** Text that YAML may have read as a number (`room: 204`); blank becomes null. */
const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? null : String(value).trim() || null));

/** A list of texts, also accepted as a single text; blank entries are dropped. */
const textList = z
  .union([z.array(optionalText), optionalText])
  .optional()
  .transform((value) => (Array.isArray(value) ? value : [value ?? null]).filter((entry): entry is string => entry !== null));

const optionalFlag = z.union([z.boolean(), z.null()]).optional().transform((value) => value === true);

export const sessionFieldsSchema = z.object({
  title: optionalText,
  slug: optionalText,
  speakers: textList,
  time_start: optionalText,
  time_end: optionalText,
  room: optionalText,
  track: optionalText,
  tags: textList,
  format: optionalText,
  language: optionalText,
  summary: optionalText,
  slides: optionalText,
  video: optionalText,
  live_url: optionalText,
  draft: optionalFlag,
  plenary: optionalFlag,
});

export const speakerFieldsSchema = z.object({
  title: optionalText,
  designation: optionalText,
  images: textList,
  website: optionalText,
  twitter: optionalText,
  linkedin: optionalText,
  github: optionalText,
  facebook: optionalText,
  instagram: optionalText,
});

export const editionIndexSchema = z.object({ title: optionalText });

const EXPECTED: Record<string, LocalizedText> = {
  speakers: {
    en: 'a list of speaker names or speaker page slugs, one per line starting with "- "',
    es: 'una lista de nombres de ponentes o slugs de sus páginas, uno por línea que empiece con "- "',
  },
  tags: { en: 'a list of words, one per line starting with "- "', es: 'una lista de palabras, una por línea que empiece con "- "' },
  images: {
    en: 'a list of image paths, one per line starting with "- "',
    es: 'una lista de rutas de imagen, una por línea que empiece con "- "',
  },
  draft: { en: 'true or false', es: 'true o false' },
  plenary: { en: 'true or false', es: 'true o false' },
};

export type ValidatedFields<Schema extends z.ZodType> =
  | { ok: true; fields: z.output<Schema> }
  | { ok: false; errors: ContentProblem[] };

/** Validates front matter against a schema; each failing field becomes one problem on its own line. */
export function validateFields<Schema extends z.ZodType>(
  schema: Schema,
  frontMatter: FrontMatter,
  file: string,
): ValidatedFields<Schema> {
  const parsed = schema.safeParse(frontMatter.data);
  if (parsed.success) return { ok: true, fields: parsed.data };

  const errors = parsed.error.issues.map((issue): ContentProblem => {
    const field = String(issue.path[0] ?? '');
    const value = frontMatter.data[field];

    return {
      kind: 'invalid-field',
      file,
      line: frontMatter.keyLines.get(field) ?? null,
      field,
      value: value === undefined ? null : JSON.stringify(value),
      message: { en: `The value of "${field}" has the wrong type.`, es: `El valor de "${field}" no es del tipo esperado.` },
      hint: {
        en: `Expected ${EXPECTED[field]?.en ?? 'a single line of text'}.`,
        es: `Se espera ${EXPECTED[field]?.es ?? 'una sola línea de texto'}.`,
      },
    };
  });

  return { ok: false, errors };
}

export interface LinkCandidate {
  kind: Link['kind'];
  /** The front matter field that holds the address. */
  field: string;
  url: string | null;
}

/**
 * Keeps the candidates that are http(s) addresses, in order. Anything else is left
 * out with a warning, because a `javascript:` or relative value would not lead
 * where a reader expects.
 */
export function collectLinks(
  candidates: LinkCandidate[],
  file: string,
  keyLines: Map<string, number>,
  problems: ContentProblem[],
): Link[] {
  const links: Link[] = [];

  for (const { kind, field, url } of candidates) {
    if (url === null) continue;

    if (!isWebAddress(url)) {
      problems.push({
        kind: 'invalid-link',
        file,
        line: keyLines.get(field) ?? null,
        field,
        value: url,
        message: { en: 'The link is not a web address, so it is left out.', es: 'El enlace no es una dirección web, así que se omite.' },
        hint: {
          en: 'Write a full address starting with https://, or leave the field empty.',
          es: 'Escribe una dirección completa que empiece con https://, o deja el campo vacío.',
        },
      });
      continue;
    }

    links.push({ kind, url });
  }

  return links;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
