// The expected values of the browser tests, compiled from the same content and
// config as the site under test, so that a test names real titles and slugs.

import { compileContent, type CompiledAgenda } from '../../../src/plugin/compile.ts';
import type { Edition } from '../../../src/domain/types.ts';
import { FIXTURE_CONFIG, FIXTURE_CONTENT } from './site.ts';

/** The edition that the tests and screenshots use, also the fixture's default edition. */
export const EDITION_ID = '2024mty';

let compiled: CompiledAgenda | null = null;

export function fixtureAgenda(): CompiledAgenda {
  if (compiled !== null) return compiled;

  const result = compileContent({ root: FIXTURE_CONTENT, configFile: FIXTURE_CONFIG, includeDrafts: false });
  if (result.agenda === null) {
    throw new Error(`The Data Day archive failed to compile: ${result.errors.map((error) => error.message).join('; ')}`);
  }
  compiled = result.agenda;
  return compiled;
}

export function fixtureEdition(id = EDITION_ID): Edition {
  const edition = fixtureAgenda().editions.find((candidate) => candidate.id === id);
  if (!edition) throw new Error(`The edition "${id}" is missing from the Data Day archive.`);
  return edition;
}
