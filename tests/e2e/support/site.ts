// Builds and serves the site as a deploy would: `vite build` with the Data Day
// archive as content, then `vite preview` on 127.0.0.1.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, preview, type PreviewServer } from 'vite';

export const repositoryRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The Data Day archive, read in place and never copied into the project. */
export const FIXTURE_CONTENT = resolve(repositoryRoot, '../shared/fixtures/dataday/content');
export const FIXTURE_CONFIG = resolve(repositoryRoot, 'tests/fixtures/dataday.config.yaml');

export interface SiteBuildOptions {
  /** Content folder; the Data Day archive by default. */
  content?: string;
  /** Vite's `base`, the path that the site is deployed under. */
  base?: string;
}

/** Builds the site into a new temporary folder and returns that folder. */
export async function buildSite(options: SiteBuildOptions = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'agenda-e2e-site-'));

  // The content plugin and the offline plugin both read these at config time.
  process.env['AGENDA_CONTENT'] = options.content ?? FIXTURE_CONTENT;
  process.env['AGENDA_CONFIG'] = FIXTURE_CONFIG;

  // Vitest sets NODE_ENV to `test`, which would make Vite build React's
  // development bundle and leave out the service worker registration.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root: repositoryRoot,
      configFile: resolve(repositoryRoot, 'vite.config.ts'),
      base: options.base ?? '/',
      // The archive's content warnings are expected and would bury the test report.
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}

/** Serves a built folder with `vite preview` on 127.0.0.1 at the given port, or a free one. */
export async function serveSite(outDir: string, options: { port?: number; base?: string } = {}): Promise<{ url: string; server: PreviewServer }> {
  const port = options.port ?? (await findFreePort());
  const server = await preview({
    root: repositoryRoot,
    configFile: resolve(repositoryRoot, 'vite.config.ts'),
    base: options.base ?? '/',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}${options.base ?? '/'}`, server };
}

export async function closeSite(server: PreviewServer): Promise<void> {
  await server.close();
}

export function removeSite(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}

/** Asks the operating system for a port that is free on 127.0.0.1 right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
