// Runs a real Vite dev server on 127.0.0.1 over a temporary content folder, and
// checks that editing, adding, renaming and deleting talk files changes the
// modules that the browser loads, and that a broken file reaches the error
// overlay and recovers once fixed.

import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

import { agendaContent } from '../../src/plugin/index.ts';
import { createContentFolder, talk, type TemporaryFolder } from '../support/content-folder.ts';

const EDITION_URL = '/@id/__x00__virtual:agenda/edition/2027';
const INDEX_URL = '/@id/__x00__virtual:agenda';

let folder: TemporaryFolder;
let server: ViteDevServer;
let origin: string;
const overlayMessages: string[] = [];

function session(title: string, start = '10:00', end = '10:40'): string {
  return talk([`title: ${title}`, `time_start: 2027-04-14T${start}:00`, `time_end: 2027-04-14T${end}:00`]);
}

async function fetchText(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(origin + path);
  return { status: response.status, text: await response.text() };
}

/** Polls a module until `accept` holds, because the watcher reports changes asynchronously. */
async function waitForModule(path: string, accept: (module: { status: number; text: string }) => boolean) {
  const deadline = Date.now() + 20_000;
  let last = await fetchText(path);
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${path}; last response ${last.status}: ${last.text.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await fetchText(path);
  }
  return last;
}

beforeAll(async () => {
  folder = createContentFolder({
    'agenda.config.yaml': 'name: Congreso de prueba\ntimeZone: America/Mexico_City\n',
    'sessions/2027/apertura.md': session('Apertura del congreso'),
    'sessions/2027/borrador.md': talk(['title: Charla en preparación', 'draft: true', 'time_start: 2027-04-14T12:00:00', 'time_end: 2027-04-14T12:40:00']),
  });

  server = await createServer({
    configFile: false,
    root: folder.root,
    logLevel: 'silent',
    plugins: [agendaContent({ content: folder.root })],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });

  const send = server.ws.send.bind(server.ws);
  server.ws.send = ((payload: { type: string; err?: { message: string } }) => {
    if (payload.type === 'error' && payload.err) overlayMessages.push(payload.err.message);
    return send(payload as never);
  }) as typeof server.ws.send;

  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server has no TCP address.');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
  folder?.remove();
});

describe('dev server', () => {
  it('serves the edition with drafts marked', async () => {
    const { status, text } = await fetchText(EDITION_URL);

    expect(status).toBe(200);
    expect(text).toContain('Apertura del congreso');
    expect(text).toContain('Charla en preparación');
    expect(text).toContain('\\"draft\\":true');
  });

  it('updates the module when a file is edited', async () => {
    folder.write('sessions/2027/apertura.md', session('Apertura renovada'));

    const { text } = await waitForModule(EDITION_URL, (module) => module.text.includes('Apertura renovada'));
    expect(text).not.toContain('Apertura del congreso');
  });

  it('adds a new file', async () => {
    folder.write('sessions/2027/nueva.md', session('Charla recién agregada', '11:00', '11:40'));

    await waitForModule(EDITION_URL, (module) => module.text.includes('Charla recién agregada'));
  });

  it('follows a renamed file to its new slug', async () => {
    renameSync(join(folder.root, 'sessions/2027/nueva.md'), join(folder.root, 'sessions/2027/renombrada.md'));

    const { text } = await waitForModule(EDITION_URL, (module) => module.text.includes('2027/renombrada'));
    expect(text).not.toContain('2027/nueva');
  });

  it('drops a deleted file', async () => {
    rmSync(join(folder.root, 'sessions/2027/renombrada.md'));

    await waitForModule(EDITION_URL, (module) => !module.text.includes('Charla recién agregada'));
  });

  it('shows a broken file in the error overlay and recovers when fixed', async () => {
    folder.write('sessions/2027/apertura.md', talk(['title: Apertura', 'time_start: mañana temprano', 'time_end: 2027-04-14T10:40:00']));

    const broken = await waitForModule(INDEX_URL, (module) => module.status === 500);
    expect(broken.text).toContain('sessions/2027/apertura.md:3 time_start = \\"mañana temprano\\"');
    await expect.poll(() => overlayMessages.at(-1) ?? '').toContain('sessions/2027/apertura.md:3 time_start = "mañana temprano"');

    folder.write('sessions/2027/apertura.md', session('Apertura corregida'));
    await waitForModule(EDITION_URL, (module) => module.status === 200 && module.text.includes('Apertura corregida'));
  });

  it('adds an edition when its folder appears', async () => {
    folder.write('sessions/2028/futura.md', talk(['title: Charla futura', 'time_start: 2028-04-14T10:00:00', 'time_end: 2028-04-14T10:40:00']));

    await waitForModule(INDEX_URL, (module) => module.text.includes('virtual:agenda/edition/2028'));
  });
});
