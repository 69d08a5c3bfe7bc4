// The compiled agenda: what the content plugin emits and what the app and the
// calendar output read. Everything here is plain JSON so that it can cross the
// build boundary unchanged.

/** An instant in time as an ISO 8601 string in UTC, for example `2024-11-05T18:00:00Z`. */
export type Instant = string;

/** A calendar date in an edition's own time zone, for example `2024-11-05`. */
export type LocalDate = string;

/** An IANA time zone name, for example `America/Monterrey`. */
export type TimeZone = string;

export interface Link {
  kind: 'slides' | 'video' | 'live' | 'website' | 'twitter' | 'linkedin' | 'github' | 'facebook' | 'instagram';
  url: string;
}

export interface Room {
  /** Stable identifier derived from the name, used in addresses and filters. */
  id: string;
  name: string;
}

export interface Track {
  id: string;
  label: string;
  /** A CSS colour, from the config or picked from a fixed palette. */
  color: string;
}

/**
 * A speaker named by a session: a page when one resolved, else a plain name. It
 * carries what a session page shows of the speaker, so that page does not load
 * every speaker's biography.
 */
export interface SpeakerRef {
  slug: string | null;
  name: string;
  /** The page's role and organization; empty without a page. */
  designation: string;
  /** Site-relative path of the page's photo, or null to show initials. */
  photo: string | null;
}

export interface Session {
  /** `<edition>/<slug>`, unique across the whole agenda and stable across builds. */
  id: string;
  edition: string;
  slug: string;
  title: string;
  start: Instant;
  end: Instant;
  /** The edition's local day that the session starts on. */
  day: LocalDate;
  timeZone: TimeZone;
  /** A room id from the edition's `rooms`, or null when the file names none. */
  room: string | null;
  /** A track id from the edition's `tracks`, or null when the file names none. */
  track: string | null;
  /** A session for everyone at once, such as a keynote, spans all rooms. */
  plenary: boolean;
  speakers: SpeakerRef[];
  tags: string[];
  links: Link[];
  format: string | null;
  language: string | null;
  /** The abstract, as Markdown. */
  body: string;
  /** Short plain-text description, from `summary` or the start of the abstract. */
  summary: string;
  draft: boolean;
}

/** An activity for all attendees that is not a talk: welcome, break, lunch. */
export interface PlenaryItem {
  id: string;
  edition: string;
  title: string;
  kind: 'welcome' | 'break' | 'meal' | 'social' | 'other';
  start: Instant;
  end: Instant;
  day: LocalDate;
}

export interface EditionDay {
  date: LocalDate;
  /** Room ids in display order for that day. */
  rooms: string[];
}

export interface EditionSummary {
  id: string;
  title: string;
  timeZone: TimeZone;
  /** First and last local day with a published session or plenary item. */
  firstDay: LocalDate | null;
  lastDay: LocalDate | null;
  /** Earliest start and latest end of the edition, or null when it is empty. */
  start: Instant | null;
  end: Instant | null;
  sessionCount: number;
}

export interface Edition extends EditionSummary {
  days: EditionDay[];
  /** Every room of the edition in display order. */
  rooms: Room[];
  tracks: Track[];
  /** Sorted by start, then room order, then title. */
  sessions: Session[];
  plenaryItems: PlenaryItem[];
}

/** A session as listed on a speaker's page, across editions. */
export interface SpeakerSession {
  id: string;
  edition: string;
  slug: string;
  title: string;
  start: Instant;
  end: Instant;
  timeZone: TimeZone;
}

export interface Speaker {
  slug: string;
  name: string;
  designation: string;
  /** Site-relative path of the photo, or null to show initials. */
  photo: string | null;
  links: Link[];
  /** The biography, as Markdown. */
  bio: string;
  sessions: SpeakerSession[];
}

export interface Conference {
  name: string;
  /** Editions ordered by start, the oldest first. */
  editions: EditionSummary[];
  /** An edition named by the config, or null to pick one by date. */
  defaultEdition: string | null;
}
