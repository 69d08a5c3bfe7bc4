import type { Edition, Room, Track } from '../../domain/types.ts';

/** Rooms and tracks of an edition by id, built once per edition. */
export interface EditionLookup {
  rooms: ReadonlyMap<string, Room>;
  tracks: ReadonlyMap<string, Track>;
}

export function buildEditionLookup(edition: Edition): EditionLookup {
  return {
    rooms: new Map(edition.rooms.map((room) => [room.id, room])),
    tracks: new Map(edition.tracks.map((track) => [track.id, track])),
  };
}
