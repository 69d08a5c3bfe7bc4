// Edition and speaker data through React Query: each edition id is a query key and
// a chunk of its own, so opening one edition never downloads the others.

import { queryOptions, useQuery } from '@tanstack/react-query';

import { useAgendaSource, type AgendaSource } from './agenda-context';

// The data loads as chunks of this site, which the service worker serves from its
// cache without a connection. React Query's default network mode pauses queries
// while the browser reports being offline, so a page opened by a link after the
// connection dropped would wait for one that it does not need.
const NETWORK_MODE = 'always';

export function editionQueryOptions(source: AgendaSource, editionId: string) {
  return queryOptions({
    queryKey: ['agenda', 'edition', editionId],
    queryFn: () => source.loadEdition(editionId),
    // The data is fixed at build time, so a loaded edition never goes stale.
    staleTime: Infinity,
    networkMode: NETWORK_MODE,
  });
}

export function speakersQueryOptions(source: AgendaSource) {
  return queryOptions({
    queryKey: ['agenda', 'speakers'],
    queryFn: () => source.loadSpeakers(),
    staleTime: Infinity,
    networkMode: NETWORK_MODE,
  });
}

export function useEdition(editionId: string) {
  return useQuery(editionQueryOptions(useAgendaSource(), editionId));
}

export function useSpeakers() {
  return useQuery(speakersQueryOptions(useAgendaSource()));
}
