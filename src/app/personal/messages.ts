// Texts of the personal-schedule screens, Spanish (es-MX) first, then English.
// Functions take the values that a sentence needs, so word order stays natural.

import type { UiLanguage } from '../../domain/format.ts';

export interface PersonalMessages {
  bookmarkAdd: (title: string) => string;
  bookmarkRemove: (title: string) => string;
  /** Visible text beside the star on a page, not on a card. The accessible name remains `bookmarkAdd`. */
  bookmarkSave: string;
  navMySchedule: string;
  navCount: (count: number) => string;

  memoryNotice: string;
  memoryNoticeFull: string;
  dismiss: string;
  damageNotice: (kept: number, discarded: number) => string;
  damageUnreadable: string;

  downloadSessionIcs: string;
  addToGoogleCalendar: string;
  /** `drafts` counts the shown sessions left out because drafts are never exported. */
  downloadFilteredIcs: (count: number, drafts: number) => string;
  downloadMyScheduleIcs: string;
  calendarFailed: (detail: string) => string;

  myScheduleTitle: string;
  emptyTitle: string;
  emptyHelp: string;
  loadingEdition: (edition: string) => string;
  editionFailed: (edition: string) => string;
  unknownEdition: (edition: string) => string;
  nowAmongBookmarks: string;
  nextAmongBookmarks: string;
  conflictWith: (titles: string) => string;
  conflictCount: (count: number) => string;
  printTime: string;
  printSession: string;
  printRoom: string;
  keepThis: string;
  freeTime: (minutes: string) => string;
  roomChange: (from: string, to: string, minutes: number) => string;
  missingTitle: string;
  noLongerInProgramme: string;
  remove: string;
  removeTitle: (title: string) => string;
  printMyDay: string;
  dayConflicts: (count: number) => string;
  noRoom: string;

  shareTitle: string;
  shareButton: string;
  copyButton: string;
  copied: string;
  copyFailed: string;
  qrLabel: (edition: string) => string;

  importTitle: string;
  importMissingEdition: string;
  importEmpty: string;
  importNew: string;
  importAlready: string;
  importUnknown: string;
  importUnknownReason: (reason: UnknownTokenReason) => string;
  importRemovedByReplace: string;
  importMerge: (count: number) => string;
  importReplace: string;
  importDone: (count: number) => string;
  goToMySchedule: string;

  nowTitle: string;
  nowEditionLabel: (title: string) => string;
  onNow: string;
  upNext: string;
  nothingNow: string;
  nothingNext: string;
  allRooms: string;
  noEdition: string;
  updatedAt: (time: string) => string;
  editionStarts: (day: string) => string;
  editionEnded: (day: string) => string;

  roomNotFound: (room: string, edition: string) => string;
  roomBeforeFirst: (time: string) => string;
  roomAfterLast: string;
  roomNoSessionsToday: string;
  roomStartsAt: (time: string) => string;
  roomEndsAt: (time: string) => string;
}

/** Formats a duration as `45 min`, `2 h` or `1 h 15 min`, which both languages write alike. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;

  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

type UnknownTokenReason = 'not-found' | 'ambiguous' | 'invalid';

const UNKNOWN_REASONS_ES: Record<UnknownTokenReason, string> = {
  'not-found': 'ya no está en el programa',
  ambiguous: 'coincide con varias sesiones',
  invalid: 'el enlace está dañado en este punto',
};

const UNKNOWN_REASONS_EN: Record<UnknownTokenReason, string> = {
  'not-found': 'no longer in the schedule',
  ambiguous: 'matches several sessions',
  invalid: 'the link is damaged here',
};

const es: PersonalMessages = {
  bookmarkAdd: (title) => `Guardar «${title}» en mi agenda`,
  bookmarkRemove: (title) => `Quitar «${title}» de mi agenda`,
  bookmarkSave: 'Guardar',
  navMySchedule: 'Mi agenda',
  navCount: (count) => (count === 1 ? '1 sesión guardada' : `${count} sesiones guardadas`),

  memoryNotice:
    'Este navegador no permite guardar datos del sitio, así que tu agenda se guarda solo mientras esta pestaña siga abierta.',
  memoryNoticeFull:
    'El almacenamiento del navegador está lleno, así que los cambios a tu agenda se guardan solo mientras esta pestaña siga abierta.',
  dismiss: 'Entendido',
  damageNotice: (kept, discarded) =>
    `Tu agenda guardada tenía datos dañados: se recuperaron ${kept} sesiones y se descartaron ${discarded} entradas ilegibles.`,
  damageUnreadable:
    'Tu agenda guardada estaba dañada y no se pudo leer. Las sesiones que guardes ahora forman una agenda nueva, y el navegador conserva una copia del dato dañado.',

  downloadSessionIcs: 'Descargar .ics',
  addToGoogleCalendar: 'Añadir a Google Calendar',
  downloadFilteredIcs: (count, drafts) => {
    const sessions = count === 1 ? '1 sesión' : `${count} sesiones`;
    if (drafts === 0) return `Descargar ${sessions} (.ics)`;
    return `Descargar ${sessions} (.ics, sin ${drafts === 1 ? '1 borrador' : `${drafts} borradores`})`;
  },
  downloadMyScheduleIcs: 'Descargar mi agenda (.ics)',
  calendarFailed: (detail) => `No se pudo crear el archivo de calendario: ${detail}`,

  myScheduleTitle: 'Mi agenda',
  emptyTitle: 'Aún no guardas ninguna sesión',
  emptyHelp:
    'En el programa, toca la estrella junto a una sesión para guardarla aquí. Tu agenda se queda en este dispositivo; no hace falta cuenta.',
  loadingEdition: (edition) => `Cargando la edición ${edition}…`,
  editionFailed: (edition) => `No se pudo cargar la edición ${edition}. Revisa tu conexión y recarga la página.`,
  unknownEdition: (edition) =>
    `La edición «${edition}» ya no está en el sitio. Tus sesiones guardadas de ella se listan abajo.`,
  nowAmongBookmarks: 'Ahora en tu agenda',
  nextAmongBookmarks: 'Después en tu agenda',
  conflictWith: (titles) => `Se empalma con ${titles}`,
  conflictCount: (count) => (count === 1 ? 'se empalma con 1 sesión' : `se empalma con ${count} sesiones`),
  printTime: 'Hora',
  printSession: 'Sesión',
  printRoom: 'Sala',
  keepThis: 'Quedarme con esta',
  freeTime: (minutes) => `Tiempo libre: ${minutes}`,
  roomChange: (from, to, minutes) =>
    minutes === 0 ? `Cambio de sala: de ${from} a ${to}, sin tiempo entre sesiones` : `Cambio de sala: de ${from} a ${to} (${minutes} min)`,
  missingTitle: 'Sesiones que ya no están en el programa',
  noLongerInProgramme: 'ya no está en el programa',
  remove: 'Quitar',
  removeTitle: (title) => `Quitar «${title}» de mi agenda`,
  printMyDay: 'Imprimir mi día',
  dayConflicts: (count) => (count === 1 ? '1 sesión empalmada' : `${count} sesiones empalmadas`),
  noRoom: 'Sala por confirmar',

  shareTitle: 'Compartir mi agenda',
  shareButton: 'Compartir enlace',
  copyButton: 'Copiar enlace',
  copied: 'Enlace copiado al portapapeles.',
  copyFailed: 'No se pudo copiar. Selecciona el enlace y cópialo a mano.',
  qrLabel: (edition) => `Código QR con el enlace a tu agenda de ${edition}`,

  importTitle: 'Importar una agenda compartida',
  importMissingEdition:
    'Este enlace no indica la edición (falta el parámetro «e»). Pide a quien te lo envió que lo copie completo.',
  importEmpty: 'Este enlace no trae ninguna sesión.',
  importNew: 'Nuevas para ti',
  importAlready: 'Ya las tienes guardadas',
  importUnknown: 'No encontradas en el programa',
  importUnknownReason: (reason) => UNKNOWN_REASONS_ES[reason],
  importRemovedByReplace: 'Reemplazar quitaría de tu agenda',
  importMerge: (count) => (count === 1 ? 'Agregar 1 sesión' : `Agregar ${count} sesiones`),
  importReplace: 'Reemplazar mi agenda de esta edición',
  importDone: (count) => (count === 1 ? 'Listo: tu agenda tiene 1 sesión de esta edición.' : `Listo: tu agenda tiene ${count} sesiones de esta edición.`),
  goToMySchedule: 'Ver mi agenda',

  nowTitle: 'Ahora y después',
  nowEditionLabel: (title) => `Programa de ${title}`,
  onNow: 'Ahora',
  upNext: 'Después',
  nothingNow: 'Nada en este momento',
  nothingNext: 'No hay más sesiones',
  allRooms: 'Todas las salas',
  noEdition: 'No hay ninguna edición publicada.',
  updatedAt: (time) => `Actualizado a las ${time}`,
  editionStarts: (day) => `El programa empieza el ${day}.`,
  editionEnded: (day) => `Esta edición terminó el ${day}.`,

  roomNotFound: (room, edition) => `La sala «${room}» no existe en la edición ${edition}.`,
  roomBeforeFirst: (time) => `Las sesiones de hoy empiezan a las ${time}`,
  roomAfterLast: 'Terminaron las sesiones de hoy en esta sala',
  roomNoSessionsToday: 'Hoy no hay sesiones en esta sala',
  roomStartsAt: (time) => `Empieza a las ${time}`,
  roomEndsAt: (time) => `Termina a las ${time}`,
};

const en: PersonalMessages = {
  bookmarkAdd: (title) => `Save “${title}” to my schedule`,
  bookmarkRemove: (title) => `Remove “${title}” from my schedule`,
  bookmarkSave: 'Save',
  navMySchedule: 'My schedule',
  navCount: (count) => (count === 1 ? '1 saved session' : `${count} saved sessions`),

  memoryNotice: 'This browser does not let the site store data, so your schedule is kept only while this tab stays open.',
  memoryNoticeFull: 'The browser storage is full, so changes to your schedule are kept only while this tab stays open.',
  dismiss: 'Got it',
  damageNotice: (kept, discarded) =>
    `Your saved schedule had damaged data: ${kept} sessions were recovered and ${discarded} unreadable entries were discarded.`,
  damageUnreadable:
    'Your saved schedule was damaged and could not be read. Sessions you save now start a new schedule, and the browser keeps a copy of the damaged data.',

  downloadSessionIcs: 'Download .ics',
  addToGoogleCalendar: 'Add to Google Calendar',
  downloadFilteredIcs: (count, drafts) => {
    const sessions = count === 1 ? '1 session' : `${count} sessions`;
    if (drafts === 0) return `Download ${sessions} (.ics)`;
    return `Download ${sessions} (.ics, without ${drafts === 1 ? '1 draft' : `${drafts} drafts`})`;
  },
  downloadMyScheduleIcs: 'Download my schedule (.ics)',
  calendarFailed: (detail) => `Could not create the calendar file: ${detail}`,

  myScheduleTitle: 'My schedule',
  emptyTitle: 'You have not saved any session yet',
  emptyHelp: 'In the schedule, tap the star next to a session to save it here. Your schedule stays on this device; no account needed.',
  loadingEdition: (edition) => `Loading edition ${edition}…`,
  editionFailed: (edition) => `Could not load edition ${edition}. Check your connection and reload the page.`,
  unknownEdition: (edition) => `Edition “${edition}” is no longer on the site. Your saved sessions from it are listed below.`,
  nowAmongBookmarks: 'Now in your schedule',
  nextAmongBookmarks: 'Next in your schedule',
  conflictWith: (titles) => `Overlaps with ${titles}`,
  conflictCount: (count) => (count === 1 ? 'overlaps 1 session' : `overlaps ${count} sessions`),
  printTime: 'Time',
  printSession: 'Session',
  printRoom: 'Room',
  keepThis: 'Keep this one',
  freeTime: (minutes) => `Free time: ${minutes}`,
  roomChange: (from, to, minutes) =>
    minutes === 0 ? `Room change: from ${from} to ${to}, with no time between sessions` : `Room change: from ${from} to ${to} (${minutes} min)`,
  missingTitle: 'Sessions no longer in the schedule',
  noLongerInProgramme: 'no longer in the schedule',
  remove: 'Remove',
  removeTitle: (title) => `Remove “${title}” from my schedule`,
  printMyDay: 'Print my day',
  dayConflicts: (count) => (count === 1 ? '1 overlapping session' : `${count} overlapping sessions`),
  noRoom: 'Room to be announced',

  shareTitle: 'Share my schedule',
  shareButton: 'Share link',
  copyButton: 'Copy link',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy. Select the link and copy it by hand.',
  qrLabel: (edition) => `QR code with the link to your ${edition} schedule`,

  importTitle: 'Import a shared schedule',
  importMissingEdition: 'This link does not name the edition (the “e” parameter is missing). Ask the sender to copy the whole link.',
  importEmpty: 'This link carries no sessions.',
  importNew: 'New to you',
  importAlready: 'Already saved',
  importUnknown: 'Not found in the schedule',
  importUnknownReason: (reason) => UNKNOWN_REASONS_EN[reason],
  importRemovedByReplace: 'Replacing would remove from your schedule',
  importMerge: (count) => (count === 1 ? 'Add 1 session' : `Add ${count} sessions`),
  importReplace: 'Replace my schedule for this edition',
  importDone: (count) => (count === 1 ? 'Done: your schedule has 1 session of this edition.' : `Done: your schedule has ${count} sessions of this edition.`),
  goToMySchedule: 'See my schedule',

  nowTitle: 'Now and next',
  nowEditionLabel: (title) => `${title} schedule`,
  onNow: 'Now',
  upNext: 'Next',
  nothingNow: 'Nothing right now',
  nothingNext: 'No more sessions',
  allRooms: 'All rooms',
  noEdition: 'No edition is published.',
  updatedAt: (time) => `Updated at ${time}`,
  editionStarts: (day) => `The schedule starts on ${day}.`,
  editionEnded: (day) => `This edition ended on ${day}.`,

  roomNotFound: (room, edition) => `Room “${room}” does not exist in edition ${edition}.`,
  roomBeforeFirst: (time) => `Today's sessions start at ${time}`,
  roomAfterLast: 'Today’s sessions in this room have ended',
  roomNoSessionsToday: 'No sessions in this room today',
  roomStartsAt: (time) => `Starts at ${time}`,
  roomEndsAt: (time) => `Ends at ${time}`,
};

export const personalMessages: Record<UiLanguage, PersonalMessages> = { es, en };
