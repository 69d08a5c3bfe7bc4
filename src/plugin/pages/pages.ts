// The list of static pages: one per route of the app, with its head tags and
// server-rendered body. Drafts get no page. The build compiles without them, and
// listSitePages also skips any draft that the agenda passed in still has.

import { markdownToPlainText, truncateText } from '../../domain/plain-text.ts';
import type { Conference, Edition, EditionSummary, Session, Speaker } from '../../domain/types.ts';
import type { CompiledAgenda } from '../compile.ts';
import { RESOLVED_EDITION_MODULE_PREFIX, RESOLVED_SPEAKERS_MODULE_ID } from '../module-ids.ts';
import {
  findRoomName,
  renderAppOnlyBody,
  renderNotFoundBody,
  renderScheduleBody,
  renderSessionBody,
  renderSpeakerBody,
  renderSpeakerListBody,
} from './bodies.ts';
import { formatEditionDays, formatSessionWhen, pickDefaultEdition } from './format.ts';
import type { PageHead } from './html.ts';
import { routeFileName, routes, type SiteLinks } from './site.ts';

/** The maximum length of a meta description, in characters. Longer text is cut at a word with an ellipsis. */
export const DESCRIPTION_MAX_LENGTH = 300;

/**
 * The page that the service worker serves offline for an address that it has
 * not cached. Its `#root` is empty, so the app renders the requested route at
 * once instead of first showing another page's content there.
 */
export const APP_SHELL_FILE_NAME = 'app-shell.html';

// Link preview crawlers generally render only raster images, so an SVG or AVIF
// photo is left out of og:image rather than shown as a broken preview.
const PREVIEW_IMAGE_EXTENSION = /\.(?:jpe?g|png|webp|gif)$/i;

export interface SitePage {
  /** The output file, relative to the output folder, such as `speakers/ana/index.html`. */
  fileName: string;
  head: PageHead;
  /** HTML for inside `#root`. */
  body: string;
  /** Resolved ids of the generated data modules that the page's route loads, such as an edition's sessions. */
  dataModules: string[];
  /** Source files, relative to the project root, of the lazy route chunks that the page renders. */
  routeModules: string[];
}

/** The app's lazy route components, whose chunks a page preloads so they download beside the entry. */
export const ROUTE_MODULES = {
  session: 'src/app/session/SessionPage.tsx',
  speaker: 'src/app/speakers/SpeakerPage.tsx',
  speakers: 'src/app/speakers/SpeakersPage.tsx',
} as const;

type PageInput = Pick<CompiledAgenda, 'conference' | 'editions' | 'speakers'>;

/**
 * Lists every page of the site. `now` picks the edition that the home page and
 * `/agenda/` show when the config names no default edition.
 */
export function listSitePages(agenda: PageInput, links: SiteLinks, now: number): SitePage[] {
  const { conference, editions, speakers } = agenda;
  const defaultSummary = pickDefaultEdition(conference, now);
  const defaultEdition = editions.find((edition) => edition.id === defaultSummary?.id) ?? null;

  const pages: SitePage[] = [
    defaultSchedulePage(routes.home(), conference, defaultEdition, links),
    defaultSchedulePage(routes.defaultSchedule(), conference, defaultEdition, links),
  ];

  for (const edition of editions) {
    pages.push(schedulePage(conference, edition, links));
    for (const session of edition.sessions.filter((candidate) => !candidate.draft)) {
      pages.push(sessionPage(conference, edition, session, links));
    }
    for (const room of edition.rooms) pages.push(roomPage(conference, edition, room.id, links));
  }

  pages.push(speakerListPage(conference, speakers, links));
  for (const speaker of speakers) pages.push(speakerPage(conference, speaker, links));

  pages.push(
    mySchedulePage(conference, defaultSummary, links),
    shareImportPage(conference, defaultSummary, links),
    nowPage(conference, defaultSummary, links),
    notFoundPage(conference, links),
    appShellPage(conference),
  );
  return pages;
}

function page(
  route: string,
  head: Omit<PageHead, 'url' | 'siteName'>,
  conference: Conference,
  body: string,
  links: SiteLinks,
  dataModules: string[] = [],
  routeModules: string[] = [],
): SitePage {
  return {
    fileName: routeFileName(route),
    head: { ...head, url: links.url(route), siteName: conference.name },
    body,
    dataModules,
    routeModules,
  };
}

function editionModule(editionId: string): string {
  return RESOLVED_EDITION_MODULE_PREFIX + editionId;
}

function defaultSchedulePage(route: string, conference: Conference, edition: Edition | null, links: SiteLinks): SitePage {
  if (edition === null) {
    const body = renderAppOnlyBody(conference.name, 'Aún no hay ediciones publicadas.', 'No editions are published yet.', null, links);
    return page(route, { title: conference.name, socialTitle: conference.name, description: `Agenda de ${conference.name}.`, type: 'website', image: null }, conference, body, links);
  }

  return page(route, scheduleHead(conference, edition), conference, renderScheduleBody(edition, links), links, [editionModule(edition.id)]);
}

function schedulePage(conference: Conference, edition: Edition, links: SiteLinks): SitePage {
  return page(routes.schedule(edition.id), scheduleHead(conference, edition), conference, renderScheduleBody(edition, links), links, [
    editionModule(edition.id),
  ]);
}

function scheduleHead(conference: Conference, edition: Edition): Omit<PageHead, 'url' | 'siteName'> {
  return {
    title: joinTitle(`Agenda · ${edition.title}`, conference),
    socialTitle: `Agenda · ${edition.title}`,
    description: describeEdition(edition),
    type: 'website',
    image: null,
  };
}

/** Describes an edition for link previews: `5 nov 2024 · 31 sesiones · Sala 101, Sala 104`. */
function describeEdition(edition: Edition): string {
  const published = edition.sessions.filter((session) => !session.draft).length;
  const parts = [formatEditionDays(edition), published === 1 ? '1 sesión' : `${published} sesiones`];
  if (edition.rooms.length > 0) parts.push(edition.rooms.map((room) => room.name).join(', '));

  return truncateText(parts.filter((part) => part !== null).join(' · '), DESCRIPTION_MAX_LENGTH);
}

function sessionPage(conference: Conference, edition: Edition, session: Session, links: SiteLinks): SitePage {
  const photo = session.speakers.map((speaker) => previewImage(speaker.photo, links)).find((url) => url !== null);
  const head = {
    title: joinTitle(session.title, conference, edition),
    socialTitle: session.title,
    description: describeSession(session, edition),
    type: 'article' as const,
    image: photo ?? null,
  };

  // The session's speaker references carry their names, roles and photos, so the
  // page needs no speaker data of its own.
  const dataModules = [editionModule(edition.id)];
  const body = renderSessionBody(session, edition, links);
  return page(routes.session(edition.id, session.slug), head, conference, body, links, dataModules, [ROUTE_MODULES.session]);
}

/**
 * Describes a session for link previews: when and where, who, then the start of
 * the abstract, as in `mar 5 nov 2024, 12:00–12:40 (hora de Monterrey) · Sala 101 ·
 * Ana Ruiz. Cómo…`.
 */
export function describeSession(session: Session, edition: Edition): string {
  const lead = [formatSessionWhen(session.start, session.end, session.timeZone), findRoomName(edition, session.room), session.speakers.map((speaker) => speaker.name).join(', ')]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
  const abstract = markdownToPlainText(session.summary.trim() === '' ? session.body : session.summary);
  if (abstract === '') return truncateText(lead, DESCRIPTION_MAX_LENGTH);

  return truncateText(`${lead}. ${abstract}`, DESCRIPTION_MAX_LENGTH);
}

function roomPage(conference: Conference, edition: Edition, roomId: string, links: SiteLinks): SitePage {
  const roomName = findRoomName(edition, roomId) ?? roomId;
  const sessionCount = edition.sessions.filter((session) => !session.draft && session.room === roomId).length;
  const head = {
    title: joinTitle(`${roomName} · ${edition.title}`, conference),
    socialTitle: `${roomName} · ${edition.title}`,
    description: `${sessionCount === 1 ? '1 sesión' : `${sessionCount} sesiones`} en ${roomName}, ${edition.title}.`,
    type: 'website' as const,
    image: null,
  };

  const body = renderScheduleBody(edition, links, roomName, roomId);
  return page(routes.room(edition.id, roomId), head, conference, body, links, [editionModule(edition.id)]);
}

function speakerListPage(conference: Conference, speakers: readonly Speaker[], links: SiteLinks): SitePage {
  const head = {
    title: joinTitle('Ponentes', conference),
    socialTitle: `Ponentes · ${conference.name}`,
    description: `${speakers.length === 1 ? '1 ponente' : `${speakers.length} ponentes`} de ${conference.name}.`,
    type: 'website' as const,
    image: null,
  };

  const body = renderSpeakerListBody(speakers, links);
  return page(routes.speakers(), head, conference, body, links, [RESOLVED_SPEAKERS_MODULE_ID], [ROUTE_MODULES.speakers]);
}

function speakerPage(conference: Conference, speaker: Speaker, links: SiteLinks): SitePage {
  const bio = markdownToPlainText(speaker.bio);
  const description = [speaker.designation.trim(), bio].filter((part) => part !== '').join('. ') || `Ponente de ${conference.name}.`;
  const head = {
    title: joinTitle(speaker.name, conference),
    socialTitle: speaker.name,
    description: truncateText(description, DESCRIPTION_MAX_LENGTH),
    type: 'profile' as const,
    image: previewImage(speaker.photo, links),
  };

  const body = renderSpeakerBody(speaker, links);
  return page(routes.speaker(speaker.slug), head, conference, body, links, [RESOLVED_SPEAKERS_MODULE_ID], [ROUTE_MODULES.speaker]);
}

function mySchedulePage(conference: Conference, defaultEdition: EditionSummary | null, links: SiteLinks): SitePage {
  const head = {
    title: joinTitle('Mi agenda', conference),
    socialTitle: `Mi agenda · ${conference.name}`,
    description: 'Las sesiones que guardaste, en el orden en que ocurren. Se guardan en este dispositivo.',
    type: 'website' as const,
    image: null,
  };
  const body = renderAppOnlyBody(
    'Mi agenda',
    'Las sesiones que guardas se quedan en este dispositivo. La lista necesita JavaScript para mostrarse.',
    'The sessions you save stay on this device. The list needs JavaScript to show.',
    defaultEdition,
    links,
  );

  return page(routes.mySchedule(), head, conference, body, links, defaultEdition === null ? [] : [editionModule(defaultEdition.id)]);
}

/** Builds the page that a shared schedule link opens. The shared sessions are in the link's query string. */
function shareImportPage(conference: Conference, defaultEdition: EditionSummary | null, links: SiteLinks): SitePage {
  const head = {
    title: joinTitle('Agenda compartida', conference),
    socialTitle: `Agenda compartida · ${conference.name}`,
    description: `Alguien te compartió las sesiones que eligió de ${conference.name}. Ábrelas para verlas y guardarlas en tu agenda.`,
    type: 'website' as const,
    image: null,
  };
  const body = renderAppOnlyBody(
    'Agenda compartida',
    'Este enlace trae las sesiones que alguien eligió. La lista necesita JavaScript para mostrarse.',
    'This link carries the sessions someone picked. The list needs JavaScript to show.',
    defaultEdition,
    links,
  );

  return page(routes.shareImport(), head, conference, body, links);
}

function nowPage(conference: Conference, defaultEdition: EditionSummary | null, links: SiteLinks): SitePage {
  const head = {
    title: joinTitle('Ahora', conference),
    socialTitle: `Ahora · ${conference.name}`,
    description: `Las sesiones que están en curso y las que siguen en ${conference.name}.`,
    type: 'website' as const,
    image: null,
  };
  const body = renderAppOnlyBody(
    'Ahora',
    'Esta página muestra las sesiones en curso y las siguientes según la hora actual. Necesita JavaScript.',
    'This page shows the sessions in progress and the next ones by the current time. It needs JavaScript.',
    defaultEdition,
    links,
  );

  return page(routes.now(), head, conference, body, links, defaultEdition === null ? [] : [editionModule(defaultEdition.id)]);
}

function notFoundPage(conference: Conference, links: SiteLinks): SitePage {
  return {
    fileName: '404.html',
    head: {
      title: joinTitle('Página no encontrada · Page not found', conference),
      socialTitle: 'Página no encontrada · Page not found',
      description: 'Esta dirección no existe. This address does not exist.',
      url: null,
      type: 'website',
      siteName: conference.name,
      image: null,
      noIndex: true,
    },
    body: renderNotFoundBody(links),
    dataModules: [],
    routeModules: [],
  };
}

function appShellPage(conference: Conference): SitePage {
  return {
    fileName: APP_SHELL_FILE_NAME,
    head: {
      title: conference.name,
      socialTitle: conference.name,
      description: `Agenda de ${conference.name}.`,
      url: null,
      type: 'website',
      siteName: conference.name,
      image: null,
      noIndex: true,
    },
    body: '',
    dataModules: [],
    routeModules: [],
  };
}

/** Returns the URL of a photo for og:image, or null when there is none or its format is not a raster image. */
function previewImage(photo: string | null, links: SiteLinks): string | null {
  if (photo === null || !PREVIEW_IMAGE_EXTENSION.test(photo)) return null;
  return links.url(photo);
}

/** Appends the edition's title, when it is not already in the text, then the conference name. */
function joinTitle(text: string, conference: Conference, edition?: EditionSummary): string {
  const parts = [text];
  if (edition !== undefined && !text.includes(edition.title)) parts.push(edition.title);
  if (!parts.some((part) => part.includes(conference.name))) parts.push(conference.name);

  return parts.join(' · ');
}
