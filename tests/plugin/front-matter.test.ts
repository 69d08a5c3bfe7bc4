import { describe, expect, it } from 'vitest';

import { readFrontMatter } from '../../src/plugin/front-matter.ts';

const FILE = 'sessions/2024mty/charla.md';

function read(lines: string[]) {
  return readFrontMatter(lines.join('\n'), FILE);
}

describe('readFrontMatter', () => {
  it('reads fields, key lines and body', () => {
    const result = read(['---', 'title: Mi charla', 'speakers:', '  - Ana', '  - Luis', '---', '', 'Resumen.']);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontMatter.data['title']).toBe('Mi charla');
    expect(result.frontMatter.keyLines.get('speakers')).toBe(3);
    expect(result.frontMatter.itemLines.get('speakers')).toEqual([4, 5]);
    expect(result.frontMatter.endLine).toBe(6);
    expect(result.frontMatter.body).toBe('Resumen.');
  });

  it('keeps timestamps as written text', () => {
    const result = read(['---', 'time_start: 2024-11-05T12:00:00', 'time_end: 2022-12-01 07:30:00 -0600 CST', '---']);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontMatter.data['time_start']).toBe('2024-11-05T12:00:00');
    expect(result.frontMatter.data['time_end']).toBe('2022-12-01 07:30:00 -0600 CST');
  });

  it('takes the later of a repeated key, with a warning', () => {
    const result = read(['---', 'title: Charla', 'slides:', 'video:', 'slides: https://example.org/s.pdf', '---']);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontMatter.data['slides']).toBe('https://example.org/s.pdf');
    expect(result.frontMatter.keyLines.get('slides')).toBe(5);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ kind: 'repeated-key', file: FILE, line: 5, field: 'slides' });
    expect(result.warnings[0]?.message.es).toContain('primero en la línea 3');
  });

  it('repairs a quoted value continued without indentation', () => {
    const result = read(['---', 'title: Charla', 'summary: "Primera línea', 'segunda línea"', 'track: tools', '---']);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontMatter.data['summary']).toBe('Primera línea segunda línea');
    expect(result.frontMatter.data['track']).toBe('tools');
    expect(result.warnings).toEqual([expect.objectContaining({ kind: 'unindented-continuation', file: FILE, line: 4, field: 'summary' })]);
  });

  it('rejects a quote still open at the closing fence', () => {
    const result = read(['---', 'title: Charla', 'summary: "Nunca se cierra', 'track: tools', '---']);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ kind: 'invalid-yaml', file: FILE, line: 3, field: 'summary' })]);
    expect(result.errors[0]?.message).toEqual({
      en: 'The quoted value on this line is never closed.',
      es: 'El valor entre comillas de esta línea nunca se cierra.',
    });
  });

  it('rejects a key indented into another value', () => {
    const result = read(['---', 'title: Charla', 'room: Sala 101', '  track: tools', '---']);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ kind: 'invalid-yaml', file: FILE, line: 3, field: 'room' })]);
    expect(result.errors[0]?.message.en).toContain('indented');
  });

  it('rejects a file without front matter', () => {
    const result = read(['# Mi charla', '', 'Resumen.']);

    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ kind: 'missing-front-matter', file: FILE, line: 1 })] });
  });

  it('rejects front matter that is never closed', () => {
    const result = read(['---', 'title: Charla', '', 'Resumen.']);

    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ kind: 'unclosed-front-matter', file: FILE, line: 1 })] });
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    const result = readFrontMatter('\uFEFF---\r\ntitle: Charla\r\n---\r\nResumen.\r\n', FILE);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontMatter.data['title']).toBe('Charla');
    expect(result.frontMatter.body).toBe('Resumen.');
  });
});
