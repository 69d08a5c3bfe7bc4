import { describe, expect, it } from 'vitest';

import {
  createShareLink,
  hashSlug,
  parseShareLink,
  previewImport,
  resolveShareLink,
} from '../../src/domain/share-link';

const BASE = 'https://agenda.example.org/';
const PROGRAMME = ['2024mty/apertura', '2024mty/datos-abiertos', '2024mty/llm-en-produccion', '2024mty/taller-de-sql', '2024mty/cierre'];

function share(sessionIds: string[], programme = PROGRAMME): string {
  return createShareLink({ baseUrl: BASE, edition: '2024mty', sessionIds, editionSessionIds: programme });
}

function resolve(link: string, programme = PROGRAMME) {
  const parsed = parseShareLink(link);
  return resolveShareLink({ ...parsed, edition: parsed.edition! }, programme);
}

describe('createShareLink', () => {
  it('opens the import page with edition and short tokens', () => {
    const url = new URL(share(['2024mty/datos-abiertos', '2024mty/taller-de-sql']));

    expect(url.origin + url.pathname).toBe('https://agenda.example.org/my-schedule/import/');
    expect(url.searchParams.get('e')).toBe('2024mty');
    expect(url.searchParams.get('s')).toBe(`${hashSlug('datos-abiertos')}.${hashSlug('taller-de-sql')}`);
  });

  it('keeps a base path', () => {
    const link = createShareLink({ baseUrl: 'https://example.org/agenda', edition: '2024mty', sessionIds: [], editionSessionIds: [] });

    expect(link.startsWith('https://example.org/agenda/my-schedule/import/?e=2024mty')).toBe(true);
  });

  it('writes a session missing from the programme by slug', () => {
    expect(new URL(share(['2024mty/charla-retirada'])).searchParams.get('s')).toBe('_charla-retirada');
  });

  it('rejects a session of another edition', () => {
    expect(() => share(['2023mx/apertura'])).toThrow(/Session id "2023mx\/apertura" is not of edition "2024mty"/);
  });

  it('stays short for ten sessions', () => {
    const programme = Array.from({ length: 40 }, (_, index) => `2024mty/una-charla-con-un-titulo-largo-${index}`);
    const link = share(programme.slice(0, 10), programme);

    expect(link.length).toBeLessThan(130);
  });
});

describe('share link round trip', () => {
  it('resolves every shared session', () => {
    const shared = ['2024mty/cierre', '2024mty/apertura', '2024mty/llm-en-produccion'];
    const resolution = resolve(share(shared));

    expect(resolution.sessionIds).toEqual(shared);
    expect(resolution.unresolved).toEqual([]);
  });

  it('survives upper case and commas from a chat app', () => {
    const url = new URL(share(['2024mty/apertura', '2024mty/cierre']));
    url.searchParams.set('s', url.searchParams.get('s')!.toUpperCase().replace('.', ', '));
    const resolution = resolve(url.href);

    expect(resolution.sessionIds).toEqual(['2024mty/apertura', '2024mty/cierre']);
  });

  it('reports a session removed since sharing', () => {
    const link = share(['2024mty/apertura', '2024mty/taller-de-sql']);
    const resolution = resolve(link, PROGRAMME.filter((id) => id !== '2024mty/taller-de-sql'));

    expect(resolution.sessionIds).toEqual(['2024mty/apertura']);
    expect(resolution.unresolved).toEqual([{ token: hashSlug('taller-de-sql'), reason: 'not-found', candidates: [] }]);
  });

  it('reports damaged text as invalid', () => {
    const resolution = resolve(`${BASE}my-schedule/import/?e=2024mty&s=${hashSlug('apertura')}.abc`);

    expect(resolution.sessionIds).toEqual(['2024mty/apertura']);
    expect(resolution.unresolved).toEqual([{ token: 'abc', reason: 'invalid', candidates: [] }]);
  });

  it('returns a null edition when the link has none', () => {
    expect(parseShareLink(`${BASE}my-schedule/import/?s=abcde`).edition).toBeNull();
  });
});

describe('previewImport', () => {
  const resolution = {
    edition: '2024mty',
    sessionIds: ['2024mty/apertura', '2024mty/cierre'],
    unresolved: [{ token: '_vieja', reason: 'not-found' as const, candidates: [] }],
  };
  const current = ['2023mx/keynote', '2024mty/cierre', '2024mty/taller-de-sql'];

  it('separates new, saved and unknown sessions', () => {
    const preview = previewImport(current, resolution);

    expect(preview.added).toEqual(['2024mty/apertura']);
    expect(preview.alreadyBookmarked).toEqual(['2024mty/cierre']);
    expect(preview.unknown.map((token) => token.token)).toEqual(['_vieja']);
  });

  it('merges without removing anything', () => {
    expect(previewImport(current, resolution).merged).toEqual([...current, '2024mty/apertura']);
  });

  it('replaces only the shared edition', () => {
    const preview = previewImport(current, resolution);

    expect(preview.removedByReplace).toEqual(['2024mty/taller-de-sql']);
    expect(preview.replaced).toEqual(['2023mx/keynote', '2024mty/apertura', '2024mty/cierre']);
  });
});
