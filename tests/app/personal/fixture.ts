// A small edition for component tests: two rooms, two overlapping talks and a
// later one, on 2027-03-10 in Mexico City.

import type { Edition, Session } from '../../../src/domain/types';
import { makeEdition, makeRoom, makeSession, wallTime } from '../support/agenda-factory';

export const DAY = '2027-03-10';

export const ROOMS = [makeRoom('Sala 1'), makeRoom('Sala 2')];

export const OPEN_DATA: Session = makeSession({ title: 'Datos abiertos', day: DAY, from: '10:00', to: '11:00', room: 'sala-1' });
export const POLARS: Session = makeSession({ title: 'De pandas a Polars', day: DAY, from: '10:30', to: '11:30', room: 'sala-2' });
export const CLOSING: Session = makeSession({ title: 'Cierre, preguntas; y más', day: DAY, from: '12:00', to: '13:00', room: 'sala-1' });

export const EDITION: Edition = makeEdition({ id: '2027', rooms: ROOMS, sessions: [OPEN_DATA, POLARS, CLOSING] });

/** Converts a wall-clock time in Mexico City on the test day to an instant. */
export function at(time: string): string {
  return wallTime(DAY, time);
}
