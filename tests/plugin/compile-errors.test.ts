import { afterEach, describe, expect, it } from 'vitest';

import { compileContent } from '../../src/plugin/compile.ts';
import { formatErrors } from '../../src/plugin/diagnostics.ts';
import { createContentFolder, talk, type TemporaryFolder } from '../support/content-folder.ts';

const CONFIG = 'timeZone: America/Monterrey\n';
const VALID = talk(['title: Charla válida', 'time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00']);

let folder: TemporaryFolder | null = null;

afterEach(() => {
  folder?.remove();
  folder = null;
});

/** Compiles a folder holding one valid talk plus `files`, and returns its errors. */
function errorsOf(files: Record<string, string | Uint8Array>, config = CONFIG) {
  folder = createContentFolder({ 'agenda.config.yaml': config, 'sessions/2027/valida.md': VALID, ...files });
  const result = compileContent({ root: folder.root, includeDrafts: false });
  expect(result.agenda).toBeNull();
  return result.errors;
}

describe('compileContent errors', () => {
  it('names a file without front matter', () => {
    const errors = errorsOf({ 'sessions/2027/sin-cabecera.md': '# Charla\n\nResumen.\n' });

    expect(errors).toEqual([expect.objectContaining({ kind: 'missing-front-matter', file: 'sessions/2027/sin-cabecera.md', line: 1 })]);
  });

  it('names front matter that is never closed', () => {
    const errors = errorsOf({ 'sessions/2027/abierta.md': '---\ntitle: Charla\n\nResumen.\n' });

    expect(errors).toEqual([expect.objectContaining({ kind: 'unclosed-front-matter', file: 'sessions/2027/abierta.md', line: 1 })]);
  });

  it('names invalid YAML with its line and field', () => {
    const errors = errorsOf({
      'sessions/2027/comillas.md': talk(['title: "Charla sin cerrar', 'time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00']),
    });

    expect(errors).toEqual([expect.objectContaining({ kind: 'invalid-yaml', file: 'sessions/2027/comillas.md', line: 2, field: 'title' })]);
  });

  it('names a missing title', () => {
    const errors = errorsOf({ 'sessions/2027/sin-titulo.md': talk(['time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00']) });

    expect(errors).toEqual([
      expect.objectContaining({ kind: 'missing-field', file: 'sessions/2027/sin-titulo.md', line: 4, field: 'title', value: null }),
    ]);
  });

  it('names a missing start time', () => {
    const errors = errorsOf({ 'sessions/2027/sin-hora.md': talk(['title: Charla', 'time_end: 2027-04-14T10:40:00']) });

    expect(errors).toEqual([expect.objectContaining({ kind: 'missing-field', file: 'sessions/2027/sin-hora.md', field: 'time_start' })]);
  });

  it('names an unparseable time with its value', () => {
    const errors = errorsOf({
      'sessions/2027/hora-mala.md': talk(['title: Charla', 'time_start: 14 de abril, 10 am', 'time_end: 2027-04-14T10:40:00']),
    });

    expect(errors).toEqual([
      expect.objectContaining({ kind: 'invalid-time', file: 'sessions/2027/hora-mala.md', line: 3, field: 'time_start', value: '14 de abril, 10 am' }),
    ]);
    expect(errors[0]?.hint.es).toBe('Se espera una fecha y hora como 2024-11-05T12:00:00 (hora local de la sede) o 2024-11-05T12:00:00-06:00.');
  });

  it('names an end that is not after its start', () => {
    const errors = errorsOf({
      'sessions/2027/al-reves.md': talk(['title: Charla', 'time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T09:20:00']),
    });

    expect(errors).toEqual([
      expect.objectContaining({ kind: 'end-not-after-start', file: 'sessions/2027/al-reves.md', line: 4, field: 'time_end', value: '2027-04-14T09:20:00' }),
    ]);
  });

  it('names a slug used twice in one edition', () => {
    const errors = errorsOf({
      'sessions/2027/otra.md': talk(['title: Otra charla', 'slug: valida', 'time_start: 2027-04-14T11:00:00', 'time_end: 2027-04-14T11:40:00']),
    });

    expect(errors).toEqual([expect.objectContaining({ kind: 'duplicate-slug', file: 'sessions/2027/valida.md', field: 'slug', value: 'valida' })]);
    expect(errors[0]?.message.en).toContain('sessions/2027/otra.md');
  });

  it('names an unknown time zone in the config', () => {
    const errors = errorsOf({}, 'timeZone: America/Monterey\n');

    expect(errors).toEqual([
      expect.objectContaining({ kind: 'unknown-time-zone', file: 'agenda.config.yaml', line: 1, field: 'timeZone', value: 'America/Monterey' }),
    ]);
  });

  it('names a non-UTF-8 file and line', () => {
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: Transici'), Buffer.from([0xf3]), Buffer.from('n\n---\n')]);
    const errors = errorsOf({ 'sessions/2027/latin1.md': latin1 });

    expect(errors).toEqual([expect.objectContaining({ kind: 'invalid-encoding', file: 'sessions/2027/latin1.md', line: 2, value: '0xf3' })]);
    expect(formatErrors(errors)).toContain('sessions/2027/latin1.md:2 "0xf3"\n  El archivo no es texto UTF-8 válido');
  });

  it('names an invalid config value', () => {
    const errors = errorsOf({}, 'editions:\n  "2027":\n    tracks:\n      - id: datos\n        label: Datos\n        color: azul\n');

    expect(errors).toEqual([expect.objectContaining({ kind: 'invalid-config', file: 'agenda.config.yaml', line: 6, value: 'azul' })]);
  });

  it('lists every error of a run together', () => {
    const errors = errorsOf({
      'sessions/2027/sin-titulo.md': talk(['time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00']),
      'sessions/2027/sin-cabecera.md': 'Resumen.\n',
      'sessions/2026/hora-mala.md': talk(['title: Charla', 'time_start: mañana', 'time_end: mañana']),
    });

    expect(errors.map((error) => error.file).sort()).toEqual([
      'sessions/2026/hora-mala.md',
      'sessions/2026/hora-mala.md',
      'sessions/2027/sin-cabecera.md',
      'sessions/2027/sin-titulo.md',
    ]);

    const spanish = formatErrors(errors, 'content/');
    expect(spanish).toMatch(/^El contenido de la agenda tiene 4 errores:/);
    expect(spanish).toContain('content/sessions/2026/hora-mala.md:3 time_start = "mañana"\n  No se puede leer la hora.');

    const english = formatErrors(errors, 'content/', 'en');
    expect(english).toMatch(/^The agenda content has 4 errors:/);
    expect(english).toContain('content/sessions/2026/hora-mala.md:3 time_start = "mañana"\n  The time cannot be read.');
  });
});
