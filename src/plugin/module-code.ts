// Source code of the generated modules. Data is embedded as a JSON string read
// with JSON.parse, which engines parse faster than the same object literal
// (https://v8.dev/blog/cost-of-javascript-2019#json).

import type { Conference, Edition, Speaker } from '../domain/types.ts';
import { EDITION_MODULE_PREFIX, SPEAKERS_MODULE_ID } from './module-ids.ts';

/** The `virtual:agenda` module: the conference and a loader per edition, each a chunk of its own. */
export function indexModuleCode(conference: Conference): string {
  const loaders = conference.editions
    .map((edition) => `  [${JSON.stringify(edition.id)}, () => import(${JSON.stringify(EDITION_MODULE_PREFIX + edition.id)})],`)
    .join('\n');

  return `export const conference = ${jsonModuleValue(conference)};

const editionLoaders = new Map([
${loaders}
]);

export function loadEdition(id) {
  const load = editionLoaders.get(id);
  if (!load) return Promise.reject(new Error(\`The edition "\${id}" does not exist.\`));
  return load().then((module) => module.default);
}

export function loadSpeakers() {
  return import(${JSON.stringify(SPEAKERS_MODULE_ID)}).then((module) => module.default);
}
`;
}

export function editionModuleCode(edition: Edition): string {
  return `export default ${jsonModuleValue(edition)};\n`;
}

export function speakersModuleCode(speakers: Speaker[]): string {
  return `export default ${jsonModuleValue(speakers)};\n`;
}

function jsonModuleValue(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}
