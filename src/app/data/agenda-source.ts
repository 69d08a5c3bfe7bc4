// The only module that imports the generated data, so that every other module can
// be rendered in tests with plain objects instead.

import { conference, loadEdition, loadSpeakers } from 'virtual:agenda';

import type { AgendaSource } from './agenda-context';

export const agendaSource: AgendaSource = { conference, loadEdition, loadSpeakers };
