// A small two-day edition with two rooms, two tracks, a plenary keynote, a meal and
// two talks that overlap in one room: enough to exercise placement and filters.

import type { Edition } from '../../../src/domain/types.ts';
import { makeConference, makeEdition, makePlenaryItem, makeRoom, makeSession, makeTrack } from './agenda-factory.ts';

export const roomA = makeRoom('Sala A');
export const roomB = makeRoom('Sala B');
export const dataTrack = makeTrack('Datos', '#1d4ed8');
export const webTrack = makeTrack('Web', '#b42318');

const DAY_ONE = '2027-04-14';
const DAY_TWO = '2027-04-15';

export const scheduleEdition: Edition = makeEdition({
  id: '2027',
  title: 'Congreso 2027',
  rooms: [roomA, roomB],
  tracks: [dataTrack, webTrack],
  sessions: [
    makeSession({ title: 'Modelos de transición', day: DAY_ONE, from: '09:00', to: '10:00', room: roomA.id, track: dataTrack.id, speakers: [{ slug: null, name: 'Ana Nunez' }] }),
    makeSession({ title: 'Formularios web', day: DAY_ONE, from: '09:00', to: '09:30', room: roomB.id, track: webTrack.id }),
    makeSession({ title: 'Keynote de apertura', day: DAY_ONE, from: '10:00', to: '11:00', plenary: true }),
    makeSession({ title: 'Datos abiertos', day: DAY_ONE, from: '11:00', to: '12:00', room: roomA.id, track: dataTrack.id }),
    makeSession({ title: 'Taller de SQL', day: DAY_ONE, from: '11:30', to: '12:30', room: roomA.id, track: dataTrack.id }),
    makeSession({ title: 'CSS moderno', day: DAY_TWO, from: '09:00', to: '10:00', room: roomB.id, track: webTrack.id, body: 'Una charla sobre **cascada**.' }),
  ],
  plenaryItems: [makePlenaryItem({ title: 'Comida', day: DAY_ONE, from: '12:30', to: '13:30', kind: 'meal' })],
});

export const scheduleConference = makeConference([scheduleEdition]);
