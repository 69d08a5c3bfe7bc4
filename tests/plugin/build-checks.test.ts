// The plugin's checks before a build: content errors stop it with one message,
// and a missing site address is reported among the warnings.

import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, type ResolvedConfig } from 'vite';

import { agendaContent } from '../../src/plugin/index.ts';
import { createContentFolder, talk, type TemporaryFolder } from '../support/content-folder.ts';

let folder: TemporaryFolder | null = null;

afterEach(() => {
  folder?.remove();
  folder = null;
  delete process.env['AGENDA_SITE_URL'];
});

/** Runs the plugin's configResolved hook as `vite build` does, and returns what it logged. */
function resolveForBuild(files: Record<string, string>): { warnings: string[]; run: () => void } {
  folder = createContentFolder(files);
  const warnings: string[] = [];
  const logger = { ...createLogger('silent'), warn: (message: string) => warnings.push(message) };
  const configResolved = agendaContent({ content: folder.root }).configResolved as (config: ResolvedConfig) => void;
  const config = { root: folder.root, command: 'build', base: '/', logger } as unknown as ResolvedConfig;

  return { warnings, run: () => configResolved(config) };
}

const VALID = talk(['title: Charla', 'time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00']);

describe('agendaContent before a build', () => {
  it('stops on content errors with every error listed', () => {
    const { run } = resolveForBuild({
      'agenda.config.yaml': 'timeZone: America/Monterrey\n',
      'sessions/2027/a.md': talk(['time_start: 2027-04-14T10:00:00', 'time_end: 2027-04-14T10:40:00']),
      'sessions/2027/b.md': talk(['title: B', 'time_start: 10am', 'time_end: 2027-04-14T10:40:00']),
    });

    expect(run).toThrowError(/^El contenido de la agenda tiene 2 errores:/);
    expect(run).toThrowError(/sessions\/2027\/b\.md:3 time_start = "10am"/);
  });

  it('warns when the site has no address', () => {
    const { run, warnings } = resolveForBuild({ 'agenda.config.yaml': 'timeZone: America/Monterrey\n', 'sessions/2027/a.md': VALID });
    run();

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('El contenido de la agenda se compiló con 1 aviso:');
    expect(warnings[0]).toContain('missing-site-url (1):');
    expect(warnings[0]).toContain('agenda.config.yaml siteUrl');
  });

  it('takes the address from AGENDA_SITE_URL', () => {
    process.env['AGENDA_SITE_URL'] = 'https://agenda.example.org/';
    const { run, warnings } = resolveForBuild({ 'agenda.config.yaml': 'timeZone: America/Monterrey\n', 'sessions/2027/a.md': VALID });
    run();

    expect(warnings).toEqual([]);
  });

  it('reports a missing content folder', () => {
    const { run } = resolveForBuild({});
    folder?.remove();

    expect(run).toThrowError(/^La carpeta de contenido .* no existe\./);
  });
});
