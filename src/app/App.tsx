// The whole app for a given agenda and clock: main.tsx passes the compiled agenda
// and the real clock, tests pass plain objects and a fixed one.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Router } from 'wouter';

import { AgendaProvider, type AgendaSource } from './data/agenda-context.tsx';
import { LanguageProvider, TimeDisplayProvider, type UiLanguage } from './i18n/index.ts';
import { NavigationFocusProvider } from './lib/navigation-focus.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { AppShell } from './AppShell.tsx';

const MINUTE_MS = 60_000;

export interface AppProps {
  source: AgendaSource;
  clock: () => number;
  /** Router base such as `/agenda-site`; defaults to Vite's `BASE_URL` without its last slash. */
  base?: string;
  /** Fixed language and device zone for tests; the app reads both from the device otherwise. */
  language?: UiLanguage;
  deviceZone?: string;
  /** An invalid `?now=` value that was ignored, named in a notice above the page. */
  invalidNow?: string | null;
  /** A client that main.tsx has already loaded the first page's data into; a new one otherwise. */
  queryClient?: QueryClient;
}

/** Turns Vite's base (`/`, `/some/path/`) into wouter's (``, `/some/path`). */
export function routerBase(viteBase: string): string {
  return viteBase.replace(/\/+$/, '');
}

/**
 * Creates the app's query client: two retries when online, since venue Wi-Fi
 * drops requests, and no refetch on focus. Offline, a chunk that the service
 * worker has not cached will not appear, so the error shows at once.
 */
export function createQueryClient(): QueryClient {
  const retry = (failureCount: number) => failureCount < 2 && navigator.onLine;
  return new QueryClient({ defaultOptions: { queries: { retry, refetchOnWindowFocus: false } } });
}

export function App({ source, clock, base, language, deviceZone, invalidNow = null, queryClient: givenClient }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const now = useMinuteClock(clock);

  return (
    <QueryClientProvider client={queryClient}>
      <AgendaProvider source={source} now={now}>
        <LanguageProvider initial={language}>
          <TimeDisplayProvider deviceZone={deviceZone}>
            <Router base={base ?? routerBase(import.meta.env.BASE_URL)}>
              <NavigationFocusProvider>
                <AppShell invalidNow={invalidNow}>
                  <AppRoutes />
                </AppShell>
              </NavigationFocusProvider>
            </Router>
          </TimeDisplayProvider>
        </LanguageProvider>
      </AgendaProvider>
    </QueryClientProvider>
  );
}

/**
 * Returns a clock whose identity changes every minute, so that everything reading
 * it ("in progress", the now line) renders again as time passes.
 */
function useMinuteClock(clock: () => number): () => number {
  const [minute, setMinute] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => setMinute((value) => value + 1), MINUTE_MS);
    return () => window.clearInterval(timer);
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `minute` only forces a new identity.
  return useMemo(() => () => clock(), [clock, minute]);
}
