// Ids of the generated modules. Each public id that the app imports is paired
// with its resolved id, prefixed with `\0` as Rollup's convention for virtual
// modules so that no other plugin tries to read it from disk.

export const INDEX_MODULE_ID = 'virtual:agenda';
export const RESOLVED_INDEX_MODULE_ID = `\0${INDEX_MODULE_ID}`;

export const EDITION_MODULE_PREFIX = 'virtual:agenda/edition/';
export const RESOLVED_EDITION_MODULE_PREFIX = `\0${EDITION_MODULE_PREFIX}`;

export const SPEAKERS_MODULE_ID = 'virtual:agenda/speakers';
export const RESOLVED_SPEAKERS_MODULE_ID = `\0${SPEAKERS_MODULE_ID}`;
