// Assembles one edition from its session files and its part of the config:
// rooms and tracks resolved, speakers linked, plenary items placed, days listed
// and sessions sorted.

import { markdownToPlainText, truncateText } from '../domain/plain-text.ts';
import { slugify } from '../domain/text.ts';
import { localDateOf, parseTime, TIME_SHAPES_HINT } from '../domain/time.ts';
import type { Edition, EditionDay, PlenaryItem, Room, Session, TimeZone, Track } from '../domain/types.ts';
import { NameCatalog } from './catalog.ts';
import { findScheduleConflicts } from './checks.ts';
import { roomNames, type EditionConfig, type LoadedConfig } from './config.ts';
import type { EditionFolder } from './content-folder.ts';
import type { ContentProblem } from './diagnostics.ts';
import { readSessionFile, type SessionRecord } from './sessions.ts';
import type { SpeakerDirectory } from './speakers.ts';

export interface EditionInput {
  folder: EditionFolder;
  title: string;
  zone: TimeZone;
  settings: EditionConfig | undefined;
  config: LoadedConfig;
  speakers: SpeakerDirectory;
  includeDrafts: boolean;
}

// Colours for tracks that the config does not colour: each keeps 4.5:1 contrast
// with white text, and they are assigned in order so that builds are repeatable.
const TRACK_PALETTE = ['#1f5fbf', '#a4372a', '#2e7d32', '#7b3fa0', '#9c5700', '#00707a', '#b0306a', '#4d5b1f', '#5b4a99', '#80551a'];

const SUMMARY_LENGTH = 200;

/** Builds an edition; its problems go to `problems`. */
export function buildEdition(input: EditionInput, problems: ContentProblem[]): Edition {
  const { folder, zone, settings } = input;

  const records = folder.sessions
    .map((file) => readSessionFile(file, folder.id, zone, problems))
    .filter((record): record is SessionRecord => record !== null && (input.includeDrafts || !record.draft));
  reportDuplicateSlugs(records, problems);

  const rooms = roomCatalog(settings);
  const tracks = trackCatalog(settings);
  const sessions = records.map((record) => resolveSession(record, input, rooms, tracks, problems));
  const plenaryItems = readPlenaryItems(input, problems);

  const roomList: Room[] = rooms.list().map(({ id, label }) => ({ id, name: label }));
  const trackList: Track[] = tracks.list().map(({ id, label }, index) => ({
    id,
    label,
    color: settings?.tracks?.find((track) => track.id === id)?.color ?? TRACK_PALETTE[index % TRACK_PALETTE.length]!,
  }));

  sortSessions(sessions, roomList);
  const days = listDays(sessions, plenaryItems, roomList, settings);
  reportSessionsOutsideDays(sessions, records, settings, problems);
  problems.push(...findScheduleConflicts(sessions, records));

  return { ...summarize(folder.id, input.title, zone, sessions, plenaryItems), days, rooms: roomList, tracks: trackList, sessions, plenaryItems };
}

function roomCatalog(settings: EditionConfig | undefined): NameCatalog {
  const catalog = new NameCatalog();
  const configured = [...(settings?.rooms ?? []), ...Object.values(settings?.days ?? {}).flatMap((day) => day.rooms ?? [])];

  for (const room of configured) {
    const { name, aliases } = roomNames(room);
    if (catalog.find(name)) continue;
    catalog.addConfigured(slugify(name) || name, name, aliases);
  }

  return catalog;
}

function trackCatalog(settings: EditionConfig | undefined): NameCatalog {
  const catalog = new NameCatalog();
  for (const track of settings?.tracks ?? []) catalog.addConfigured(track.id, track.label, track.aliases);

  return catalog;
}

function resolveSession(
  record: SessionRecord,
  input: EditionInput,
  rooms: NameCatalog,
  tracks: NameCatalog,
  problems: ContentProblem[],
): Session {
  const day = localDateOf(record.start, input.zone);
  const room = record.room === null ? null : resolveRoom(record, day, input, rooms, problems);
  const track = record.track === null ? null : resolveTrack(record, input, tracks, problems);

  const speakerLines = record.itemLines.get('speakers') ?? [];
  const speakers = record.speakers.map((entry, index) => {
    const { resolved, ...reference } = input.speakers.resolve(entry);
    if (!resolved) {
      problems.push({
        kind: 'unresolved-speaker',
        file: record.file,
        line: speakerLines[index] ?? record.keyLines.get('speakers') ?? null,
        field: 'speakers',
        value: entry,
        message: {
          en: 'No speaker page matches this name or slug, so it is shown as a plain name.',
          es: 'Ninguna página de ponente coincide con este nombre o slug, así que se muestra como nombre sin enlace.',
        },
        hint: {
          en: 'Write the slug of a page under speakers/ (its folder name) or the name exactly as its title, or add a page for this speaker.',
          es: 'Escribe el slug de una página de speakers/ (el nombre de su carpeta) o el nombre tal como su title, o agrega una página para esta persona.',
        },
      });
    }
    return reference;
  });

  return {
    id: `${record.edition}/${record.slug}`,
    edition: record.edition,
    slug: record.slug,
    title: record.title,
    start: record.start,
    end: record.end,
    day,
    timeZone: input.zone,
    room,
    track,
    plenary: record.plenary,
    speakers,
    tags: record.tags,
    links: record.links,
    format: record.format,
    language: record.language,
    body: record.body,
    summary: record.summary ?? truncateText(markdownToPlainText(record.body), SUMMARY_LENGTH),
    draft: record.draft,
  };
}

function resolveRoom(record: SessionRecord, day: string, input: EditionInput, rooms: NameCatalog, problems: ContentProblem[]): string {
  const written = record.room ?? '';
  const known = rooms.find(written);
  const entry = rooms.resolve(written);
  const hasConfiguredRooms = (input.settings?.rooms?.length ?? 0) > 0 || Object.keys(input.settings?.days ?? {}).length > 0;
  const problem = { file: record.file, line: record.keyLines.get('room') ?? null, field: 'room', value: written };

  if (!known && hasConfiguredRooms) {
    problems.push({
      ...problem,
      kind: 'unknown-room',
      message: {
        en: `The room is not among the rooms that ${input.config.file ?? 'the config'} lists for edition ${record.edition}; it is kept as a room of its own.`,
        es: `La sala no está entre las que ${input.config.file ?? 'la configuración'} lista para la edición ${record.edition}; se conserva como una sala aparte.`,
      },
      hint: {
        en: 'Correct the spelling, or add the room (or an alias of it) to the edition in the config.',
        es: 'Corrige cómo está escrita, o agrega la sala (o un alias) a la edición en la configuración.',
      },
    });
    return entry.id;
  }

  const dayRooms = input.settings?.days?.[day]?.rooms;
  if (known && dayRooms && !dayRooms.some((room) => rooms.find(roomNames(room).name)?.id === known.id)) {
    problems.push({
      ...problem,
      kind: 'room-closed-that-day',
      message: {
        en: `The room is not among the rooms that the config lists for ${day}.`,
        es: `La sala no está entre las que la configuración lista para el ${day}.`,
      },
      hint: {
        en: `Move the session to one of that day's rooms, or add the room to days."${day}".rooms in the config.`,
        es: `Mueve la sesión a una sala de ese día, o agrega la sala a days."${day}".rooms en la configuración.`,
      },
    });
  }

  return entry.id;
}

function resolveTrack(record: SessionRecord, input: EditionInput, tracks: NameCatalog, problems: ContentProblem[]): string {
  const written = record.track ?? '';
  const known = tracks.find(written);
  const entry = tracks.resolve(written);

  if (!known && (input.settings?.tracks?.length ?? 0) > 0) {
    problems.push({
      kind: 'unknown-track',
      file: record.file,
      line: record.keyLines.get('track') ?? null,
      field: 'track',
      value: written,
      message: {
        en: `The track is not among the tracks that ${input.config.file ?? 'the config'} lists for edition ${record.edition}; it is kept as a track of its own.`,
        es: `El track no está entre los que ${input.config.file ?? 'la configuración'} lista para la edición ${record.edition}; se conserva como un track aparte.`,
      },
      hint: {
        en: 'Use the id or label of a configured track, or add this spelling to its aliases.',
        es: 'Usa el id o el label de un track configurado, o agrega esta forma de escribirlo a sus aliases.',
      },
    });
  }

  return entry.id;
}

function reportDuplicateSlugs(records: SessionRecord[], problems: ContentProblem[]): void {
  const firstBySlug = new Map<string, SessionRecord>();

  for (const record of records) {
    const first = firstBySlug.get(record.slug);
    if (!first) {
      firstBySlug.set(record.slug, record);
      continue;
    }

    problems.push({
      kind: 'duplicate-slug',
      file: record.file,
      line: record.slugLine,
      field: 'slug',
      value: record.slug,
      message: {
        en: `The slug is already used by ${first.file} in the same edition, so both would have the same address.`,
        es: `${first.file} ya usa este slug en la misma edición, así que ambas tendrían la misma dirección.`,
      },
      hint: { en: 'Give one of the two sessions another slug.', es: 'Dale otro slug a una de las dos sesiones.' },
    });
  }
}

function readPlenaryItems(input: EditionInput, problems: ContentProblem[]): PlenaryItem[] {
  const items: PlenaryItem[] = [];
  const configFile = input.config.file ?? 'agenda.config.yaml';

  (input.settings?.plenary ?? []).forEach((item, index) => {
    const path = ['editions', input.folder.id, 'plenary', index];
    const times = (['start', 'end'] as const).map((field) => {
      const parsed = parseTime(item[field], input.zone);
      if (parsed) return parsed.instant;

      problems.push({
        kind: 'invalid-time',
        file: configFile,
        line: input.config.lineOf([...path, field]),
        field: `${path.join('.')}.${field}`,
        value: item[field],
        message: { en: 'The time of the plenary item cannot be read.', es: 'No se puede leer la hora de la actividad plenaria.' },
        hint: { en: `Expected ${TIME_SHAPES_HINT.en}.`, es: `Se espera ${TIME_SHAPES_HINT.es}.` },
      });
      return null;
    });

    const [start, end] = times;
    if (!start || !end) return;

    items.push({
      id: `${input.folder.id}/${slugify(item.title) || 'item'}-${index + 1}`,
      edition: input.folder.id,
      title: item.title,
      kind: item.kind,
      start,
      end,
      day: localDateOf(start, input.zone),
    });
  });

  return items.sort((left, right) => Date.parse(left.start) - Date.parse(right.start));
}

function sortSessions(sessions: Session[], rooms: Room[]): void {
  const roomOrder = new Map(rooms.map((room, index) => [room.id, index]));
  const orderOf = (session: Session) => (session.room === null ? -1 : (roomOrder.get(session.room) ?? rooms.length));

  sessions.sort(
    (left, right) =>
      Date.parse(left.start) - Date.parse(right.start) ||
      orderOf(left) - orderOf(right) ||
      (left.title < right.title ? -1 : left.title > right.title ? 1 : 0) ||
      (left.slug < right.slug ? -1 : 1),
  );
}

function listDays(sessions: Session[], plenaryItems: PlenaryItem[], rooms: Room[], settings: EditionConfig | undefined): EditionDay[] {
  const dates = new Set([...sessions.map((session) => session.day), ...plenaryItems.map((item) => item.day)]);
  const roomIdsByName = new Map(rooms.map((room) => [room.name, room.id]));

  return [...dates].sort().map((date) => {
    const configured = settings?.days?.[date]?.rooms;
    if (configured) {
      return { date, rooms: configured.map((room) => roomIdsByName.get(roomNames(room).name) ?? slugify(roomNames(room).name)) };
    }

    const used = new Set(sessions.filter((session) => session.day === date).map((session) => session.room));
    const configuredForEdition = (settings?.rooms ?? []).map((room) => roomIdsByName.get(roomNames(room).name));
    return { date, rooms: rooms.filter((room) => used.has(room.id) || configuredForEdition.includes(room.id)).map((room) => room.id) };
  });
}

function reportSessionsOutsideDays(
  sessions: Session[],
  records: SessionRecord[],
  settings: EditionConfig | undefined,
  problems: ContentProblem[],
): void {
  const days = Object.keys(settings?.days ?? {});
  if (days.length === 0) return;

  const recordById = new Map(records.map((record) => [`${record.edition}/${record.slug}`, record]));
  for (const session of sessions) {
    if (days.includes(session.day)) continue;

    const record = recordById.get(session.id);
    problems.push({
      kind: 'outside-edition-days',
      file: record?.file ?? session.id,
      line: record?.keyLines.get('time_start') ?? null,
      field: 'time_start',
      value: session.day,
      message: {
        en: `The session falls outside the edition's days (${days.join(', ')}).`,
        es: `La sesión cae fuera de los días de la edición (${days.join(', ')}).`,
      },
      hint: {
        en: 'Check the date of time_start, or add the day to the edition in the config.',
        es: 'Revisa la fecha de time_start, o agrega el día a la edición en la configuración.',
      },
    });
  }
}

function summarize(id: string, title: string, zone: TimeZone, sessions: Session[], plenaryItems: PlenaryItem[]) {
  const published = sessions.filter((session) => !session.draft);
  const timed = [...published, ...plenaryItems];
  const byTime = (left: string, right: string) => Date.parse(left) - Date.parse(right);
  const starts = timed.map((item) => item.start).sort(byTime);
  const ends = timed.map((item) => item.end).sort(byTime);
  const days = timed.map((item) => item.day).sort();

  return {
    id,
    title,
    timeZone: zone,
    firstDay: days[0] ?? null,
    lastDay: days.at(-1) ?? null,
    start: starts[0] ?? null,
    end: ends.at(-1) ?? null,
    sessionCount: published.length,
  };
}
