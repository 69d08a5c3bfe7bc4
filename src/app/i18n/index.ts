// The app's languages and time display. Other features import from here only, so
// the files behind it can move without breaking them.

export { LanguageProvider, useLanguage, isUiLanguage, type LanguageState } from './language.tsx';
export {
  TimeDisplayProvider,
  useTimeDisplay,
  zoneCity,
  readDeviceZone,
  type DisplayedTime,
  type TimeDisplay,
  type TimeMode,
} from './time-display.tsx';
export { MESSAGES, type Messages } from './messages.ts';
export type { UiLanguage } from '../../domain/format.ts';
