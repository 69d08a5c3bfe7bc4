// Schedule checks across the sessions of one edition: a room booked twice at
// once, and a speaker in two rooms at once. Both are warnings, because real
// programmes have deliberate exceptions (a panel that overruns into a workshop
// slot), but an organizer wants to see each one.

import type { Session } from '../domain/types.ts';
import type { ContentProblem } from './diagnostics.ts';
import type { SessionRecord } from './sessions.ts';

/**
 * Finds overlapping bookings among published sessions; drafts are still being
 * planned. Each session gets at most one room warning, naming every session it
 * overlaps, so that an online edition with one shared "room" does not produce a
 * warning per pair. `sessions` must be sorted by start, which lets the scan stop
 * at the first later session that starts after the current one ends.
 */
export function findScheduleConflicts(sessions: Session[], records: SessionRecord[]): ContentProblem[] {
  const recordById = new Map(records.map((record) => [`${record.edition}/${record.slug}`, record]));
  const fileOf = (session: Session) => recordById.get(session.id)?.file ?? session.id;
  const published = sessions.filter((session) => !session.draft);
  const roomClashes = new Map<Session, string[]>();
  const problems: ContentProblem[] = [];

  const starts = published.map((session) => Date.parse(session.start));
  const ends = published.map((session) => Date.parse(session.end));

  for (let firstIndex = 0; firstIndex < published.length; firstIndex++) {
    const first = published[firstIndex]!;
    for (let secondIndex = firstIndex + 1; secondIndex < published.length; secondIndex++) {
      if (starts[secondIndex]! >= ends[firstIndex]!) break;

      const second = published[secondIndex]!;
      if (first.room !== null && first.room === second.room) {
        roomClashes.set(second, [...(roomClashes.get(second) ?? []), fileOf(first)]);
        continue;
      }

      for (const speaker of sharedSpeakers(first, second)) {
        problems.push(speakerProblem(second, recordById.get(second.id), fileOf(first), speaker));
      }
    }
  }

  for (const [session, others] of roomClashes) {
    problems.push(roomProblem(session, recordById.get(session.id), others));
  }
  return problems;
}

function sharedSpeakers(first: Session, second: Session): string[] {
  const keyOf = (speaker: Session['speakers'][number]) => speaker.slug ?? speaker.name.toLowerCase();
  const firstKeys = new Set(first.speakers.map(keyOf));

  return second.speakers.filter((speaker) => firstKeys.has(keyOf(speaker))).map((speaker) => speaker.name);
}

function roomProblem(session: Session, record: SessionRecord | undefined, others: string[]): ContentProblem {
  const listed = others.slice(0, 3).join(', ');
  const unlisted = others.length - 3;
  const other = {
    en: unlisted > 0 ? `${listed} and ${unlisted} more` : listed,
    es: unlisted > 0 ? `${listed} y ${unlisted} más` : listed,
  };

  return {
    kind: 'room-double-booked',
    file: record?.file ?? session.id,
    line: record?.keyLines.get('time_start') ?? null,
    field: 'room',
    value: record?.room ?? session.room,
    message: {
      en: `The room is booked at the same time by ${other.en}.`,
      es: `La sala está ocupada a la misma hora por ${other.es}.`,
    },
    hint: {
      en: 'Move the session to another room or time; if the sessions are meant to share the room (one online stream, for example), ignore this warning.',
      es: 'Mueve la sesión a otra sala u hora; si las sesiones comparten la sala a propósito (una misma transmisión en línea, por ejemplo), ignora este aviso.',
    },
  };
}

function speakerProblem(session: Session, record: SessionRecord | undefined, other: string, speaker: string): ContentProblem {
  const speakerIndex = session.speakers.findIndex((reference) => reference.name === speaker);

  return {
    kind: 'speaker-double-booked',
    file: record?.file ?? session.id,
    line: record?.itemLines.get('speakers')?.[speakerIndex] ?? record?.keyLines.get('speakers') ?? null,
    field: 'speakers',
    value: speaker,
    message: {
      en: `The speaker is also in ${other} at the same time, in another room.`,
      es: `La persona también está en ${other} a la misma hora, en otra sala.`,
    },
    hint: { en: 'Check the times of both sessions, or the speaker list.', es: 'Revisa los horarios de ambas sesiones o la lista de ponentes.' },
  };
}
