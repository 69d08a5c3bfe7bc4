import { createContext, useContext, type ReactNode } from 'react';

import type { Conference, Edition, Speaker } from '../../domain/types';

/** The compiled agenda: the conference is loaded up front, editions and speakers on demand. */
export interface AgendaSource {
  conference: Conference;
  /** Rejects for an edition id that the conference does not list. */
  loadEdition(id: string): Promise<Edition>;
  loadSpeakers(): Promise<Speaker[]>;
}

interface AgendaEnvironment {
  source: AgendaSource;
  /** The current time in milliseconds since the epoch; tests pass a fixed clock. */
  now: () => number;
}

const AgendaContext = createContext<AgendaEnvironment | null>(null);

export function AgendaProvider({ source, now, children }: AgendaEnvironment & { children: ReactNode }) {
  return <AgendaContext.Provider value={{ source, now }}>{children}</AgendaContext.Provider>;
}

function useAgendaEnvironment(): AgendaEnvironment {
  const environment = useContext(AgendaContext);
  if (environment === null) {
    throw new Error('useAgendaSource() was called outside <AgendaProvider>. Wrap the app, or the component under test, in it.');
  }
  return environment;
}

export function useAgendaSource(): AgendaSource {
  return useAgendaEnvironment().source;
}

export function useConference(): Conference {
  return useAgendaEnvironment().source.conference;
}

/** Returns the clock; call it during render to read the time once per render. */
export function useClock(): () => number {
  return useAgendaEnvironment().now;
}
