// The optional `agenda.config.yaml` at the content root: the conference name and,
// per edition, its time zone, rooms in display order, tracks with colours and
// aliases, and the plenary items (welcome, breaks, lunch) that span all rooms.
// Without it, everything is inferred from the session files.

import { existsSync, readFileSync } from 'node:fs';

import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

import { isValidTimeZone } from '../domain/time.ts';
import type { ContentProblem, LocalizedText } from './diagnostics.ts';

export const CONFIG_FILE_NAME = 'agenda.config.yaml';

const nameList = z.array(z.string().trim().min(1));

const roomSchema = z.union([
  z.string().trim().min(1),
  z.strictObject({ name: z.string().trim().min(1), aliases: nameList.default([]) }),
]);

const trackSchema = z.strictObject({
  id: z.string().trim().min(1),
  label: z.string().trim().min(1),
  color: z
    .string()
    .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'Expected a hex colour such as "#1f6feb"')
    .optional(),
  aliases: nameList.default([]),
});

const plenarySchema = z.strictObject({
  title: z.string().trim().min(1),
  kind: z.enum(['welcome', 'break', 'meal', 'social', 'other']).default('other'),
  start: z.string().min(1),
  end: z.string().min(1),
});

const daySchema = z.strictObject({ rooms: z.array(roomSchema).optional() });

const editionSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
  timeZone: z.string().trim().optional(),
  rooms: z.array(roomSchema).optional(),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date such as "2027-04-14"'), daySchema).optional(),
  tracks: z.array(trackSchema).optional(),
  plenary: z.array(plenarySchema).default([]),
});

const configSchema = z.strictObject({
  name: z.string().trim().min(1).optional(),
  /** The site's public address, for canonical links, link previews and calendar event links. */
  siteUrl: z.httpUrl('Expected an absolute http(s) URL such as "https://agenda.example.org/"').optional(),
  timeZone: z.string().trim().optional(),
  defaultEdition: z.coerce.string().optional(),
  editions: z.record(z.string(), editionSchema).default({}),
});

export type AgendaConfig = z.infer<typeof configSchema>;
export type EditionConfig = z.infer<typeof editionSchema>;
export type RoomConfig = z.infer<typeof roomSchema>;
export type TrackConfig = z.infer<typeof trackSchema>;
export type PlenaryConfig = z.infer<typeof plenarySchema>;

export interface LoadedConfig {
  config: AgendaConfig;
  /** Path that problems name, relative to the content folder where possible. */
  file: string | null;
  /** Returns the 1-based line of a value in the config file, for problems about it. */
  lineOf: (path: (string | number)[]) => number | null;
}

export type ConfigResult = { ok: true; loaded: LoadedConfig } | { ok: false; errors: ContentProblem[] };

const EMPTY_CONFIG: AgendaConfig = { editions: {} };

/**
 * Loads and validates the config file, or returns an empty config when the file
 * does not exist. `displayPath` is how problems name the file.
 */
export function loadConfig(path: string, displayPath: string): ConfigResult {
  if (!existsSync(path)) {
    return { ok: true, loaded: { config: EMPTY_CONFIG, file: null, lineOf: () => null } };
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, schema: 'core' });
  const lineOf = (keyPath: (string | number)[]) => {
    const node = document.getIn(keyPath, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : null;
  };

  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        kind: 'invalid-config',
        file: displayPath,
        line: lineCounter.linePos(error.pos[0]).line,
        field: null,
        value: null,
        message: {
          en: `The config file is not valid YAML: ${error.message.split('\n')[0]}`,
          es: `El archivo de configuración no es YAML válido: ${error.message.split('\n')[0]}`,
        },
        hint: { en: 'Check the indentation and quotes on that line.', es: 'Revisa la sangría y las comillas de esa línea.' },
      })),
    };
  }

  const parsed = configSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => configIssueProblem(issue, displayPath, document.toJS(), lineOf)),
    };
  }

  const zoneErrors = checkTimeZones(parsed.data, displayPath, lineOf);
  if (zoneErrors.length > 0) return { ok: false, errors: zoneErrors };

  return { ok: true, loaded: { config: parsed.data, file: displayPath, lineOf } };
}

function configIssueProblem(
  issue: z.core.$ZodIssue,
  file: string,
  raw: unknown,
  lineOf: LoadedConfig['lineOf'],
): ContentProblem {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const field = path.join('.');
  const value = valueAt(raw, path);
  const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];

  return {
    kind: 'invalid-config',
    file,
    line: lineOf(unknownKeys.length > 0 ? [...path, unknownKeys[0] ?? ''] : path) ?? lineOf(path.slice(0, -1)),
    field: field === '' ? null : field,
    value: value === undefined || typeof value === 'object' ? null : String(value),
    message: configIssueMessage(issue, unknownKeys),
    hint: {
      en: 'The config format is described in docs/guia-de-contenido.md.',
      es: 'El formato de la configuración está en docs/guia-de-contenido.md.',
    },
  };
}

function configIssueMessage(issue: z.core.$ZodIssue, unknownKeys: readonly string[]): LocalizedText {
  if (unknownKeys.length > 0) {
    const names = unknownKeys.map((key) => `"${key}"`).join(', ');
    return { en: `Unknown field ${names}.`, es: `Campo desconocido: ${names}.` };
  }

  // Zod's messages are English; the Spanish text gives the same detail after a
  // Spanish lead-in rather than translating each of Zod's message templates.
  return { en: `${issue.message}.`, es: `Valor inválido (${issue.message}).` };
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let current = raw;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }

  return current;
}

function checkTimeZones(config: AgendaConfig, file: string, lineOf: LoadedConfig['lineOf']): ContentProblem[] {
  const zones: { path: string[]; zone: string }[] = [];
  if (config.timeZone !== undefined) zones.push({ path: ['timeZone'], zone: config.timeZone });
  for (const [edition, settings] of Object.entries(config.editions)) {
    if (settings.timeZone !== undefined) zones.push({ path: ['editions', edition, 'timeZone'], zone: settings.timeZone });
  }

  return zones
    .filter(({ zone }) => !isValidTimeZone(zone))
    .map(({ path, zone }) => unknownTimeZoneProblem(file, lineOf(path), path.join('.'), zone));
}

/** Describes an unknown IANA zone name, from the config or from `AGENDA_TIMEZONE`. */
export function unknownTimeZoneProblem(file: string, line: number | null, field: string, zone: string): ContentProblem {
  return {
    kind: 'unknown-time-zone',
    file,
    line,
    field,
    value: zone,
    message: { en: 'The time zone is not a known IANA time zone name.', es: 'La zona horaria no es un nombre conocido de la base IANA.' },
    hint: {
      en: 'Use a name from the IANA database such as "America/Mexico_City", "America/Monterrey" or "Europe/Madrid".',
      es: 'Usa un nombre de la base IANA, como "America/Mexico_City", "America/Monterrey" o "Europe/Madrid".',
    },
  };
}

/** Returns the display name and the aliases of a configured room. */
export function roomNames(room: RoomConfig): { name: string; aliases: string[] } {
  return typeof room === 'string' ? { name: room, aliases: [] } : room;
}
