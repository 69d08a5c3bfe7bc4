// Temporary content folders for tests: each file is written from a path and its
// text, and the folder is removed when the test's cleanup runs.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The Data Day archive, the real input that the pipeline must compile. */
export const FIXTURE_CONTENT = resolve(import.meta.dirname, '../../../shared/fixtures/dataday/content');

/** This project's config for the archive: venue zones, rooms, tracks and breaks. */
export const FIXTURE_CONFIG = resolve(import.meta.dirname, '../fixtures/dataday.config.yaml');

export interface TemporaryFolder {
  root: string;
  write(path: string, text: string | Uint8Array): string;
  remove(): void;
}

export function createContentFolder(files: Record<string, string | Uint8Array> = {}): TemporaryFolder {
  const root = mkdtempSync(join(tmpdir(), 'agenda-content-'));

  const folder: TemporaryFolder = {
    root,
    write(path, text) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      return target;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };

  for (const [path, text] of Object.entries(files)) folder.write(path, text);
  return folder;
}

/** Writes a talk file's text from front matter lines and an abstract. */
export function talk(frontMatter: string[], body = 'Resumen de la charla.'): string {
  return ['---', ...frontMatter, '---', '', body, ''].join('\n');
}
