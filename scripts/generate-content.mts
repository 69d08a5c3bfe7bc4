// Writes a synthetic content folder of any size, in the same format organizers
// write by hand, so that the benchmarks can measure builds and screens with far
// more sessions than a real conference has. The output depends only on the
// options and the seed: the same command always writes the same files.
//
//   npx tsx scripts/generate-content.mts --sessions 1000 --rooms 60 --days 2 --out /tmp/agenda-1000

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

import { stringify } from 'yaml';

import {
  ABSTRACT_CLOSINGS,
  ABSTRACT_OPENINGS,
  ABSTRACT_SENTENCES,
  BIO_SENTENCES,
  FIRST_NAMES,
  FORMATS,
  LIST_INTROS,
  ORGANIZATIONS,
  PLACES,
  QUESTIONS,
  ROLES,
  ROOM_KINDS,
  SECTORS,
  SURNAMES,
  TAGS,
  TECHNOLOGIES,
  TITLE_TEMPLATES,
  TOPICS,
  TRACKS,
} from './bench/vocabulary.mts';
import { Random } from './bench/random.mts';

export interface GenerateOptions {
  /** Sessions to write, the opening keynote of each day included. */
  sessions: number;
  rooms: number;
  days: number;
  /** Folder to write; it must not exist, be empty, or hold an earlier generated folder. */
  out: string;
  seed: number;
  /** Edition id, which is also the folder name under `sessions/`. */
  edition: string;
  /** First day of the edition, as YYYY-MM-DD. */
  firstDay: string;
}

export interface GeneratedSummary {
  sessions: number;
  rooms: number;
  days: number;
  speakers: number;
  /** Length of one talk slot in minutes, the changeover between talks included. */
  slotMinutes: number;
}

export const DEFAULT_OPTIONS = {
  seed: 1,
  edition: 'sintetica',
  firstDay: '2027-10-20',
} as const;

/** File that marks a folder as written by this script, so that a rerun may replace it. */
export const MARKER_FILE = '.generated-content';

const TIME_ZONE = 'America/Mexico_City';
const KEYNOTE_START = 9 * 60;
const KEYNOTE_MINUTES = 45;
const FIRST_SLOT_START = 10 * 60;
const LAST_END = 23 * 60;
const BREAK_FROM = 11 * 60 + 30;
const BREAK_MINUTES = 20;
const LUNCH_FROM = 14 * 60;
const LUNCH_MINUTES = 60;
const MAX_SLOT_MINUTES = 60;
const MIN_SLOT_MINUTES = 15;
const SPEAKER_PAGES_PER_SESSION = 0.6;

/** Raised for options that cannot produce a folder; the message names the value and the fix. */
export class GenerateError extends Error {}

// ---------------------------------------------------------------------------
// Text helpers

/** Builds a slug of lowercase ASCII words joined by hyphens, the form the content guide describes. */
function slugify(text: string, maxLength = 70): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;

  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut;
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').normalize('NFC');
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('es-MX') + text.slice(1);
}

/** Fills `{topic}`, `{tech}`, `{sector}`, `{question}` and `{years}` placeholders. */
function fillTemplate(template: string, random: Random): string {
  return template
    .replace(/\{topic\}/g, () => random.pick(TOPICS))
    .replace(/\{tech\}/g, () => random.pick(TECHNOLOGIES))
    .replace(/\{sector\}/g, () => random.pick(SECTORS))
    .replace(/\{question\}/g, () => random.pick(QUESTIONS))
    .replace(/\{years\}/g, () => String(random.integer(2, 12)));
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}

// ---------------------------------------------------------------------------
// Rooms, tracks and the timetable

interface Slot {
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

interface DayPlan {
  date: string;
  keynote: Slot;
  talks: Slot[];
  breakSlot: Slot;
  lunch: Slot;
}

function roomNames(count: number): string[] {
  const names: string[] = [];
  for (let index = 0; names.length < count; index++) {
    const place = PLACES[index % PLACES.length]!;
    const kind = ROOM_KINDS[index % ROOM_KINDS.length]!;
    const round = Math.floor(index / PLACES.length);
    names.push(round === 0 ? `${kind} ${place}` : `${kind} ${place} ${round + 1}`);
  }
  return names;
}

function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T12:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function localTime(date: string, minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  const rest = String(minutes % 60).padStart(2, '0');
  return `${date}T${hours}:${rest}:00`;
}

/**
 * Splits each day into an opening keynote for everyone, then equal talk slots
 * with a coffee break at the first slot boundary after 11:30 and lunch at the
 * first after 14:00. The slot length shrinks with the number of talks per
 * room, down to 15 minutes, so that the day still ends by 23:00.
 */
function planDays(options: GenerateOptions): { days: DayPlan[]; slotMinutes: number } {
  const talks = options.sessions - options.days;
  const slotsPerDay = Math.max(1, Math.ceil(talks / (options.rooms * options.days)));
  const available = LAST_END - FIRST_SLOT_START - BREAK_MINUTES - LUNCH_MINUTES;
  const slotMinutes = Math.min(MAX_SLOT_MINUTES, Math.floor(available / slotsPerDay / 5) * 5);

  if (slotMinutes < MIN_SLOT_MINUTES) {
    const maxSessions = options.days * (1 + options.rooms * Math.floor(available / MIN_SLOT_MINUTES));
    throw new GenerateError(
      `--sessions ${options.sessions} does not fit in ${options.rooms} rooms over ${options.days} days (at most ${maxSessions} with ${MIN_SLOT_MINUTES}-minute talks). Raise --rooms or --days, or lower --sessions.`,
    );
  }

  const days = Array.from({ length: options.days }, (_, dayIndex): DayPlan => {
    const date = addDays(options.firstDay, dayIndex);
    const slots: Slot[] = [];
    let breakSlot: Slot | null = null;
    let lunch: Slot | null = null;
    let clock = FIRST_SLOT_START;

    for (let slotIndex = 0; slotIndex < slotsPerDay; slotIndex++) {
      if (breakSlot === null && clock >= BREAK_FROM) {
        breakSlot = { start: clock, end: clock + BREAK_MINUTES };
        clock += BREAK_MINUTES;
      }
      if (lunch === null && breakSlot !== null && clock >= LUNCH_FROM) {
        lunch = { start: clock, end: clock + LUNCH_MINUTES };
        clock += LUNCH_MINUTES;
      }
      slots.push({ start: clock, end: clock + slotMinutes });
      clock += slotMinutes;
    }

    // A short day still gets its break and lunch, after the last talk.
    breakSlot ??= { start: clock, end: clock + BREAK_MINUTES };
    lunch ??= { start: breakSlot.end, end: breakSlot.end + LUNCH_MINUTES };

    return {
      date,
      keynote: { start: KEYNOTE_START, end: KEYNOTE_START + KEYNOTE_MINUTES },
      talks: slots,
      breakSlot,
      lunch,
    };
  });

  return { days, slotMinutes };
}

// ---------------------------------------------------------------------------
// Speakers

interface SpeakerPlan {
  slug: string;
  name: string;
  designation: string;
  website: string;
  bio: string;
  /** `day/slot` keys of the talks given so far, so that nobody is in two rooms at once. */
  busy: Set<string>;
}

function createSpeakers(count: number, random: Random): SpeakerPlan[] {
  const names = new Set<string>();
  const slugs = new Set<string>();
  const speakers: SpeakerPlan[] = [];

  while (speakers.length < count) {
    const first = random.pick(FIRST_NAMES);
    const surname = random.pick(SURNAMES);
    const secondSurname = random.pick(SURNAMES);
    const useBoth = random.chance(0.6) || names.has(withoutAccents(`${first} ${surname}`).toLowerCase());
    let name = useBoth ? `${first} ${surname} ${secondSurname}` : `${first} ${surname}`;

    // Names are compared without case or accents, so two people must differ in more than that.
    for (let suffix = 0; names.has(withoutAccents(name).toLowerCase()); suffix++) {
      name = `${first} ${middleInitials(suffix)} ${surname} ${secondSurname}`;
    }
    names.add(withoutAccents(name).toLowerCase());

    const slug = uniqueSlug(slugify(`${first} ${surname}`), slugs);
    speakers.push({
      slug,
      name,
      designation: `${random.pick(ROLES)} en ${random.pick(ORGANIZATIONS)}`,
      website: random.chance(0.4) ? `https://example.org/${slug}` : '',
      bio: createBio(random),
      busy: new Set(),
    });
  }

  return speakers;
}

/** Returns `A.`, `B.`, … `Z.`, `A. A.`, `A. B.` and so on, one distinct value per number. */
function middleInitials(number: number): string {
  const letters: string[] = [];
  let rest = number;
  do {
    letters.unshift(`${String.fromCharCode(65 + (rest % 26))}.`);
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return letters.join(' ');
}

function createBio(random: Random): string {
  const paragraphs = random.integer(1, 3);
  const text: string[] = [];
  for (let index = 0; index < paragraphs; index++) {
    const sentences = Array.from({ length: random.integer(1, 3) }, () => fillTemplate(random.pick(BIO_SENTENCES), random));
    text.push(sentences.join(' '));
  }
  return text.join('\n\n');
}

/**
 * Picks speakers with a skewed distribution, so that a few people give many
 * talks and most give one, and skips anyone already talking in that slot.
 */
function pickSpeakers(speakers: SpeakerPlan[], count: number, busyKey: string, random: Random): SpeakerPlan[] {
  const chosen: SpeakerPlan[] = [];

  for (let attempt = 0; chosen.length < count && attempt < count * 20; attempt++) {
    const index = Math.floor(speakers.length * random.next() ** 2);
    const speaker = speakers[index];
    if (!speaker || speaker.busy.has(busyKey) || chosen.includes(speaker)) continue;

    speaker.busy.add(busyKey);
    chosen.push(speaker);
  }

  return chosen;
}

/** Refers to a speaker the ways organizers do: mostly by slug, sometimes by name, now and then without accents. */
function speakerReference(speaker: SpeakerPlan, random: Random): string {
  const roll = random.next();
  if (roll < 0.7) return speaker.slug;
  if (roll < 0.9) return speaker.name;
  return withoutAccents(speaker.name).toLowerCase();
}

// ---------------------------------------------------------------------------
// Sessions

interface SessionPlan {
  fileName: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

function createTitle(random: Random, format: string): string {
  if (format === 'Panel') return `Panel: ${capitalize(random.pick(QUESTIONS))}`;
  if (format === 'Taller') return `Taller: ${random.pick(TOPICS)} con ${random.pick(TECHNOLOGIES)}`;
  return capitalize(fillTemplate(random.pick(TITLE_TEMPLATES), random));
}

function createAbstract(random: Random): string {
  const paragraphs: string[] = [fillTemplate(random.pick(ABSTRACT_OPENINGS), random)];
  const middle = random.integer(0, 4);

  for (let index = 0; index < middle; index++) {
    const sentences = Array.from({ length: random.integer(1, 4) }, () => fillTemplate(random.pick(ABSTRACT_SENTENCES), random));
    paragraphs.push(sentences.join(' '));
  }

  if (random.chance(0.3)) {
    const items = Array.from({ length: random.integer(2, 5) }, () => `- ${capitalize(random.pick(TOPICS))} con ${random.pick(TECHNOLOGIES)}.`);
    paragraphs.push(`${random.pick(LIST_INTROS)}\n\n${items.join('\n')}`);
  }

  if (random.chance(0.2)) {
    paragraphs.push(`Más detalles en [la documentación de ${random.pick(TECHNOLOGIES)}](https://example.org/docs) y en las *diapositivas* de la sesión.`);
  }

  paragraphs.push(fillTemplate(random.pick(ABSTRACT_CLOSINGS), random));
  return paragraphs.join('\n\n');
}

/** Names a track as organizers do: mostly by id, sometimes by label or alias. */
function trackReference(track: (typeof TRACKS)[number], random: Random): string {
  const roll = random.next();
  if (roll < 0.8) return track.id;
  if (roll < 0.9) return track.label;
  return random.pick(track.aliases);
}

function sessionFile(plan: {
  title: string;
  slugs: Set<string>;
  speakers: SpeakerPlan[];
  date: string;
  start: number;
  end: number;
  room: string;
  track: (typeof TRACKS)[number] | null;
  format: string;
  plenary: boolean;
  random: Random;
}): SessionPlan {
  const { random } = plan;
  const slug = uniqueSlug(slugify(plan.title), plan.slugs);
  const frontMatter: Record<string, unknown> = { title: plan.title };

  // The plugin derives a missing slug from the file name, so some files leave it out.
  if (random.chance(0.85)) frontMatter['slug'] = slug;
  frontMatter['speakers'] = plan.speakers.map((speaker) => speakerReference(speaker, random));
  frontMatter['time_start'] = localTime(plan.date, plan.start);
  frontMatter['time_end'] = localTime(plan.date, plan.end);
  frontMatter['room'] = random.chance(0.05) ? withoutAccents(plan.room).toLowerCase() : plan.room;
  if (plan.track) frontMatter['track'] = trackReference(plan.track, random);
  frontMatter['format'] = plan.format;
  frontMatter['language'] = random.chance(0.9) ? 'es' : 'en';

  const tags = Array.from(new Set(Array.from({ length: random.integer(0, 4) }, () => random.pick(TAGS))));
  if (tags.length > 0) frontMatter['tags'] = tags;
  if (plan.plenary) frontMatter['plenary'] = true;
  if (random.chance(0.3)) frontMatter['summary'] = fillTemplate(random.pick(ABSTRACT_OPENINGS), random);
  if (random.chance(0.2)) frontMatter['slides'] = `https://example.org/diapositivas/${slug}.pdf`;

  return { fileName: `${slug}.md`, frontMatter, body: createAbstract(random) };
}

function createSessions(options: GenerateOptions, days: DayPlan[], rooms: string[], speakers: SpeakerPlan[], random: Random): SessionPlan[] {
  const slugs = new Set<string>();
  const sessions: SessionPlan[] = [];

  for (const day of days) {
    const title = `Conferencia magistral: ${fillTemplate(random.pick(TITLE_TEMPLATES), random)}`;
    sessions.push(
      sessionFile({
        title,
        slugs,
        speakers: pickSpeakers(speakers, 1, `${day.date}/keynote`, random),
        date: day.date,
        start: day.keynote.start,
        end: day.keynote.end,
        room: rooms[0]!,
        track: null,
        format: 'Keynote',
        plenary: true,
        random,
      }),
    );
  }

  // Every (day, room, slot) cell can hold one talk. Shuffling the cells before
  // taking as many as needed spreads the empty ones over the whole timetable.
  const cells = days.flatMap((day) => rooms.flatMap((room, roomIndex) => day.talks.map((slot, slotIndex) => ({ day, room, roomIndex, slot, slotIndex }))));
  const used = random.shuffle(cells).slice(0, options.sessions - days.length);
  used.sort((left, right) => left.day.date.localeCompare(right.day.date) || left.slotIndex - right.slotIndex || left.roomIndex - right.roomIndex);

  for (const cell of used) {
    const format = random.pick(FORMATS);
    const speakerCount = format === 'Panel' ? random.integer(3, 4) : random.chance(0.75) ? 1 : random.integer(2, 3);
    const roomTrack = TRACKS[cell.roomIndex % TRACKS.length]!;
    const track = random.chance(0.05) ? null : random.chance(0.8) ? roomTrack : random.pick(TRACKS);
    const changeover = cell.slot.end - cell.slot.start > 20 ? random.pick([5, 10]) : 5;

    sessions.push(
      sessionFile({
        title: createTitle(random, format),
        slugs,
        speakers: pickSpeakers(speakers, speakerCount, `${cell.day.date}/${cell.slotIndex}`, random),
        date: cell.day.date,
        start: cell.slot.start,
        end: cell.slot.end - changeover,
        room: cell.room,
        track,
        format,
        plenary: false,
        random,
      }),
    );
  }

  return sessions;
}

// ---------------------------------------------------------------------------
// Files

function configFile(options: GenerateOptions, days: DayPlan[], rooms: string[]): Record<string, unknown> {
  const plenary = days.flatMap((day, index) => [
    ...(index === 0 ? [{ title: 'Registro y bienvenida', kind: 'welcome', start: localTime(day.date, 8 * 60), end: localTime(day.date, KEYNOTE_START) }] : []),
    { title: 'Café', kind: 'break', start: localTime(day.date, day.breakSlot.start), end: localTime(day.date, day.breakSlot.end) },
    { title: 'Comida', kind: 'meal', start: localTime(day.date, day.lunch.start), end: localTime(day.date, day.lunch.end) },
  ]);

  return {
    name: 'Congreso Sintético',
    timeZone: TIME_ZONE,
    defaultEdition: options.edition,
    editions: {
      [options.edition]: {
        title: `Congreso Sintético · ${options.sessions} sesiones`,
        timeZone: TIME_ZONE,
        rooms,
        days: Object.fromEntries(days.map((day) => [day.date, { rooms }])),
        tracks: TRACKS.map((track) => ({ ...track, aliases: [...track.aliases] })),
        plenary,
      },
    },
  };
}

function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** Refuses to overwrite a folder that holds anything but an earlier generated folder. */
function prepareOutputFolder(out: string): void {
  if (!existsSync(out)) {
    mkdirSync(out, { recursive: true });
    return;
  }

  const entries = readdirSync(out);
  if (entries.length === 0) return;

  if (!entries.includes(MARKER_FILE)) {
    throw new GenerateError(`--out ${out} is not empty and was not written by this script. Choose a new or empty folder.`);
  }
  rmSync(out, { recursive: true });
  mkdirSync(out, { recursive: true });
}

/** Writes the content folder and returns what it contains. */
export function generateContent(options: GenerateOptions): GeneratedSummary {
  validateOptions(options);

  const random = new Random(options.seed);
  const rooms = roomNames(options.rooms);
  const { days, slotMinutes } = planDays(options);
  const speakers = createSpeakers(Math.max(1, Math.ceil(options.sessions * SPEAKER_PAGES_PER_SESSION)), random);
  const sessions = createSessions(options, days, rooms, speakers, random);

  const out = resolve(options.out);
  prepareOutputFolder(out);
  const editionFolder = join(out, 'sessions', options.edition);
  mkdirSync(editionFolder, { recursive: true });

  writeFileSync(join(out, 'agenda.config.yaml'), `# Written by scripts/generate-content.mts with seed ${options.seed}.\n${stringify(configFile(options, days, rooms), { lineWidth: 0, aliasDuplicateObjects: false })}`);
  writeFileSync(join(editionFolder, '_index.md'), markdownFile({ title: 'Congreso Sintético' }, 'Una edición generada para medir el rendimiento de Agenda.'));
  for (const session of sessions) {
    writeFileSync(join(editionFolder, session.fileName), markdownFile(session.frontMatter, session.body));
  }

  for (const speaker of speakers) {
    const folder = join(out, 'speakers', speaker.slug);
    mkdirSync(folder, { recursive: true });
    const frontMatter = { title: speaker.name, designation: speaker.designation, website: speaker.website, twitter: '', linkedin: '', github: '' };
    writeFileSync(join(folder, '_index.md'), markdownFile(frontMatter, speaker.bio));
  }

  const { out: _out, ...recorded } = options;
  writeFileSync(join(out, MARKER_FILE), `${JSON.stringify(recorded)}\n`);
  return { sessions: sessions.length, rooms: rooms.length, days: days.length, speakers: speakers.length, slotMinutes };
}

// ---------------------------------------------------------------------------
// Command line

function validateOptions(options: GenerateOptions): void {
  const positive: [string, number][] = [
    ['--sessions', options.sessions],
    ['--rooms', options.rooms],
    ['--days', options.days],
  ];
  for (const [flag, value] of positive) {
    if (!Number.isInteger(value) || value < 1) throw new GenerateError(`${flag} ${value} is invalid. Expected a whole number of at least 1.`);
  }

  if (options.sessions < options.days) {
    throw new GenerateError(`--sessions ${options.sessions} is less than --days ${options.days}; each day opens with a keynote, so pass at least ${options.days} sessions.`);
  }
  if (!Number.isInteger(options.seed)) throw new GenerateError(`--seed ${options.seed} is invalid. Expected a whole number.`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(options.edition)) {
    throw new GenerateError(`--edition "${options.edition}" is invalid. Expected lowercase letters, digits and hyphens, such as 2027 or sintetica.`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.firstDay) || Number.isNaN(Date.parse(`${options.firstDay}T00:00:00Z`))) {
    throw new GenerateError(`--first-day "${options.firstDay}" is invalid. Expected a date such as 2027-10-20.`);
  }
  if (options.out.trim() === '') throw new GenerateError('--out is missing. Pass the folder to write, such as --out /tmp/agenda-1000.');
}

const USAGE = `Usage: npx tsx scripts/generate-content.mts --sessions N --rooms N --days N --out DIR [options]

  --sessions N     sessions to write, one opening keynote per day included
  --rooms N        rooms used in parallel
  --days N         consecutive days of the edition
  --out DIR        folder to write (new, empty, or written earlier by this script)
  --seed N         seed of the random choices (default ${DEFAULT_OPTIONS.seed})
  --edition ID     edition id and folder name (default ${DEFAULT_OPTIONS.edition})
  --first-day DATE first day, YYYY-MM-DD (default ${DEFAULT_OPTIONS.firstDay})`;

function wholeNumber(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new GenerateError(`${flag} "${text}" is invalid. Expected a whole number such as 1000.`);
  return Number(text);
}

function parseCommandLine(argv: string[]): GenerateOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sessions: { type: 'string' },
      rooms: { type: 'string' },
      days: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      edition: { type: 'string' },
      'first-day': { type: 'string' },
      help: { type: 'boolean' },
    },
  });

  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }

  const missing = (['sessions', 'rooms', 'days', 'out'] as const).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new GenerateError(`Missing ${missing.map((name) => `--${name}`).join(', ')}.\n\n${USAGE}`);

  return {
    sessions: wholeNumber('--sessions', values.sessions ?? ''),
    rooms: wholeNumber('--rooms', values.rooms ?? ''),
    days: wholeNumber('--days', values.days ?? ''),
    out: values.out ?? '',
    seed: values.seed === undefined ? DEFAULT_OPTIONS.seed : wholeNumber('--seed', values.seed),
    edition: values.edition ?? DEFAULT_OPTIONS.edition,
    firstDay: values['first-day'] ?? DEFAULT_OPTIONS.firstDay,
  };
}

function main(): void {
  try {
    const options = parseCommandLine(process.argv.slice(2));
    const summary = generateContent(options);
    console.log(
      `Wrote ${summary.sessions} sessions, ${summary.speakers} speakers, ${summary.rooms} rooms and ${summary.days} days (${summary.slotMinutes}-minute slots) to ${resolve(options.out)}`,
    );
  } catch (error) {
    if (!(error instanceof GenerateError) && !(error instanceof TypeError)) throw error;
    console.error(`generate-content: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
