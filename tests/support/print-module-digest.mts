// Prints a SHA-256 digest of every module that the plugin generates for a content
// folder. The time-zone test runs it under several `TZ` values and compares.

import { createHash } from 'node:crypto';

import { compileContent } from '../../src/plugin/compile.ts';
import { editionModuleCode, indexModuleCode, speakersModuleCode } from '../../src/plugin/module-code.ts';

const [root, configFile] = process.argv.slice(2);
if (!root) throw new Error('Usage: print-module-digest.mts <content folder> [config file]');

const { agenda, errors } = compileContent({ root, configFile, includeDrafts: false });
if (!agenda) throw new Error(`The content has ${errors.length} errors.`);

const hash = createHash('sha256');
hash.update(indexModuleCode(agenda.conference));
hash.update(speakersModuleCode(agenda.speakers));
for (const edition of agenda.editions) hash.update(editionModuleCode(edition));

process.stdout.write(`${hash.digest('hex')}\n`);
