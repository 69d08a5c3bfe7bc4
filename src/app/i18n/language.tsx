// The interface language: Spanish by default, English on request, remembered on
// the device. The choice also sets `<html lang>`, so screen readers pronounce the
// page in the right language and CSS hyphenation follows it.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

import { languageTag, type UiLanguage } from '../../domain/format.ts';
import { readPreference, writePreference } from '../lib/preferences.ts';
import { MESSAGES, type Messages } from './messages.ts';

const PREFERENCE = 'language';

export interface LanguageState {
  language: UiLanguage;
  /** BCP 47 tag of the language, such as `es-MX`, for `Intl` and `lang` attributes. */
  tag: string;
  setLanguage: (language: UiLanguage) => void;
  /** The message catalog of the language. */
  t: Messages;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'es' || value === 'en';
}

/** Reads the remembered language, falling back to Spanish. */
export function readLanguagePreference(): UiLanguage {
  const stored = readPreference(PREFERENCE);
  return isUiLanguage(stored) ? stored : 'es';
}

export function LanguageProvider({ initial, children }: { initial?: UiLanguage; children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(() => initial ?? readLanguagePreference());

  const setLanguage = useCallback((next: UiLanguage) => {
    writePreference(PREFERENCE, next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = languageTag(language);
  }, [language]);

  const state = useMemo(
    () => ({ language, tag: languageTag(language), setLanguage, t: MESSAGES[language] }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={state}>{children}</LanguageContext.Provider>;
}

/** Returns the interface language, its catalog and a setter that remembers the choice. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (state === null) {
    throw new Error('useLanguage() was called outside <LanguageProvider>. Wrap the app, or the component under test, in it.');
  }
  return state;
}
