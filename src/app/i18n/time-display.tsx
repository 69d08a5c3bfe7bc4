// Time display shared by every screen. Times show in the edition's zone (the
// venue's clock) by default, with the device's time beside it when the device is
// set to another offset. A toggle makes the device's time the main one, and the
// choice is remembered.

import { tzOffset } from '@date-fns/tz';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

import { formatTime, formatTimeRange, formatZoneName, type UiLanguage } from '../../domain/format.ts';
import type { Instant, TimeZone } from '../../domain/types.ts';
import { readPreference, writePreference } from '../lib/preferences.ts';
import { useLanguage } from './language.tsx';
import type { Messages } from './messages.ts';

const PREFERENCE = 'time-display';

/** The main clock: the venue's (the edition's zone) or the device's. */
export type TimeMode = 'venue' | 'device';

/** A time or time range ready to show, with the other clock's reading when it differs. */
export interface DisplayedTime {
  /** The reading in the main clock, such as `9:30 – 10:10`. */
  main: string;
  /** Label of the main clock, such as `hora de Monterrey`. */
  mainLabel: string;
  /** The reading in the other clock, or null when both clocks agree at that instant. */
  other: string | null;
  otherLabel: string | null;
  /** Short zone name of the main clock, such as `GMT-6` or `CST`. */
  zoneName: string;
}

export interface TimeDisplay {
  mode: TimeMode;
  setMode: (mode: TimeMode) => void;
  deviceZone: TimeZone;
  /** True when the device's offset differs from the zone's at the instant. */
  deviceDiffers: (zone: TimeZone, at: Instant) => boolean;
  /** Label of a zone as a venue clock: `hora de Monterrey`, `Monterrey time`. */
  venueLabel: (zone: TimeZone) => string;
  formatTime: (instant: Instant, zone: TimeZone) => DisplayedTime;
  formatRange: (start: Instant, end: Instant, zone: TimeZone) => DisplayedTime;
}

// Spanish names of the cities that IANA spells in English. Any other zone shows its
// IANA city with spaces, which reads well in both languages.
const SPANISH_CITY_NAMES: Record<string, string> = {
  Mexico_City: 'Ciudad de México',
  New_York: 'Nueva York',
  Los_Angeles: 'Los Ángeles',
  Sao_Paulo: 'São Paulo',
  Bogota: 'Bogotá',
  Mazatlan: 'Mazatlán',
  Merida: 'Mérida',
  Cancun: 'Cancún',
  London: 'Londres',
};

/** Returns the city part of an IANA zone in the language: `America/Mexico_City` gives `Ciudad de México`. */
export function zoneCity(zone: TimeZone, language: UiLanguage): string {
  const city = zone.split('/').at(-1) ?? zone;
  if (isUniversalZone(zone)) return 'UTC';
  if (language === 'es' && SPANISH_CITY_NAMES[city] !== undefined) return SPANISH_CITY_NAMES[city];
  return city.replace(/_/g, ' ');
}

/** True for UTC and the `Etc/` zones, which name an offset rather than a place. */
function isUniversalZone(zone: TimeZone): boolean {
  return zone === 'UTC' || zone.startsWith('Etc/');
}

/** Returns the IANA zone the device is set to, or UTC when the runtime reports none. */
export function readDeviceZone(): TimeZone {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function readModePreference(): TimeMode {
  return readPreference(PREFERENCE) === 'device' ? 'device' : 'venue';
}

const TimeDisplayContext = createContext<TimeDisplay | null>(null);

interface TimeDisplayProviderProps {
  /** The device's zone; tests pass one so they do not depend on the machine's `TZ`. */
  deviceZone?: TimeZone;
  children: ReactNode;
}

export function TimeDisplayProvider({ deviceZone: givenZone, children }: TimeDisplayProviderProps) {
  const { language, t } = useLanguage();
  const [deviceZone] = useState(() => givenZone ?? readDeviceZone());
  const [mode, setModeState] = useState<TimeMode>(readModePreference);

  const setMode = useCallback((next: TimeMode) => {
    writePreference(PREFERENCE, next);
    setModeState(next);
  }, []);

  const display = useMemo(
    () => createTimeDisplay({ mode, setMode, deviceZone, language, messages: t }),
    [mode, setMode, deviceZone, language, t],
  );
  return <TimeDisplayContext.Provider value={display}>{children}</TimeDisplayContext.Provider>;
}

interface TimeDisplaySettings {
  mode: TimeMode;
  setMode: (mode: TimeMode) => void;
  deviceZone: TimeZone;
  language: UiLanguage;
  messages: Messages;
}

function createTimeDisplay({ mode, setMode, deviceZone, language, messages }: TimeDisplaySettings): TimeDisplay {
  const deviceDiffers = (zone: TimeZone, at: Instant): boolean => {
    const date = new Date(at);
    return tzOffset(zone, date) !== tzOffset(deviceZone, date);
  };
  const venueLabel = (zone: TimeZone) =>
    isUniversalZone(zone) ? messages.time.universalZone : messages.time.venueZone(zoneCity(zone, language));
  const deviceLabel = messages.time.deviceZone(zoneCity(deviceZone, language));

  // Formats one reading in both clocks and orders them by the mode.
  const display = (zone: TimeZone, at: Instant, format: (zone: TimeZone) => string): DisplayedTime => {
    const venue = { text: format(zone), label: venueLabel(zone), zoneName: formatZoneName(at, zone, language) };
    if (!deviceDiffers(zone, at)) {
      return { main: venue.text, mainLabel: venue.label, other: null, otherLabel: null, zoneName: venue.zoneName };
    }

    const device = { text: format(deviceZone), label: deviceLabel, zoneName: formatZoneName(at, deviceZone, language) };
    const [main, other] = mode === 'device' ? [device, venue] : [venue, device];
    return { main: main.text, mainLabel: main.label, other: other.text, otherLabel: other.label, zoneName: main.zoneName };
  };

  // Each reading builds zoned dates and asks Intl for offsets and zone names, which
  // costs milliseconds per card on a slow phone. A schedule shows the same few
  // start and end times on many cards and renders again on every search keystroke,
  // so readings are kept for the life of this display (one mode and language).
  const readings = new Map<string, DisplayedTime>();
  const remember = (key: string, read: () => DisplayedTime): DisplayedTime => {
    let reading = readings.get(key);
    if (reading === undefined) {
      reading = read();
      readings.set(key, reading);
    }
    return reading;
  };

  return {
    mode,
    setMode,
    deviceZone,
    deviceDiffers,
    venueLabel,
    formatTime: (instant, zone) =>
      remember(`${zone} ${instant}`, () => display(zone, instant, (shown) => formatTime(instant, shown, language))),
    formatRange: (start, end, zone) =>
      remember(`${zone} ${start} ${end}`, () => display(zone, start, (shown) => formatTimeRange(start, end, shown, language))),
  };
}

/** Returns the time formatting shared by every screen, so all of them follow the same toggle. */
export function useTimeDisplay(): TimeDisplay {
  const display = useContext(TimeDisplayContext);
  if (display === null) {
    throw new Error('useTimeDisplay() was called outside <TimeDisplayProvider>. Wrap the app, or the component under test, in it.');
  }
  return display;
}
