// The schedule is in the first chunk. Every other page loads in a chunk of its own
// on first visit, so the schedule's first load stays small on venue Wi-Fi.

import { Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Route, Switch, useLocation } from 'wouter';

import { Loading } from './components/LoadState.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import type { AgendaSource } from './data/agenda-context.tsx';
import { editionQueryOptions } from './data/queries.ts';
import { pickDefaultEdition } from './lib/default-edition.ts';
import { lazyRoute } from './lib/lazy-route.tsx';
import { paths } from './lib/paths.ts';
import { DefaultSchedulePage, SchedulePage } from './schedule/SchedulePage.tsx';

const SessionPage = lazyRoute(() => import('./session/SessionPage.tsx').then((module) => module.SessionPage));
const SpeakerPage = lazyRoute(() => import('./speakers/SpeakerPage.tsx').then((module) => module.SpeakerPage));
const SpeakersPage = lazyRoute(() => import('./speakers/SpeakersPage.tsx').then((module) => module.SpeakersPage));
const MySchedulePage = lazyRoute(() => import('./personal/index.ts').then((module) => module.MySchedulePage));
const ShareImportPage = lazyRoute(() => import('./personal/index.ts').then((module) => module.ShareImportPage));
const NowPage = lazyRoute(() => import('./personal/index.ts').then((module) => module.NowPage));
const RoomScreenPage = lazyRoute(() => import('./personal/index.ts').then((module) => module.RoomScreenPage));

export interface RoutePreloadContext {
  source: AgendaSource;
  queryClient: QueryClient;
  now: number;
}

/**
 * Loads what the page at `path` (relative to the router's base) shows first: its
 * chunk and its edition's data. main.tsx waits for this before the first render,
 * so the server-rendered page stays on screen until the app can show the same
 * content. Rejections are left to the caller, because the page then renders and
 * shows its own loading error.
 */
export async function preloadRoute(path: string, context: RoutePreloadContext): Promise<void> {
  const [first = '', second, third] = path.split('/').filter((part) => part !== '').map(decodeParam);
  const loads: Promise<unknown>[] = [];
  const loadEdition = (editionId: string) => {
    if (!context.source.conference.editions.some((edition) => edition.id === editionId)) return;
    loads.push(context.queryClient.prefetchQuery(editionQueryOptions(context.source, editionId)));
  };

  if (first === '' || (first === 'agenda' && second === undefined)) {
    const edition = pickDefaultEdition(context.source.conference, context.now);
    if (edition !== null) loadEdition(edition.id);
  } else if (first === 'agenda' && second !== undefined) {
    loadEdition(second);
  } else if (first === 'sessions' && second !== undefined && third !== undefined) {
    loads.push(SessionPage.preload());
    loadEdition(second);
  } else if (first === 'speakers') {
    loads.push(second === undefined ? SpeakersPage.preload() : SpeakerPage.preload());
  }

  await Promise.all(loads);
}

/** Decodes a route parameter, keeping the raw text when it is not valid percent-encoding. */
function decodeParam(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

export function AppRoutes() {
  const [location] = useLocation();

  return (
    <Suspense fallback={<Loading />}>
      <Switch>
      <Route path={paths.home.pattern}>
        <DefaultSchedulePage />
      </Route>
      <Route path={paths.defaultSchedule.pattern}>
        <DefaultSchedulePage />
      </Route>
      <Route path={paths.schedule.pattern}>
        {(params) => <SchedulePage key={params.edition} editionId={decodeParam(params.edition)} />}
      </Route>
      <Route path={paths.session.pattern}>
        {(params) => <SessionPage editionId={decodeParam(params.edition)} slug={decodeParam(params.slug)} />}
      </Route>
      <Route path={paths.speakers.pattern}>
        <SpeakersPage />
      </Route>
      <Route path={paths.speaker.pattern}>{(params) => <SpeakerPage slug={decodeParam(params.slug)} />}</Route>
      <Route path="/my-schedule/import" component={ShareImportPage} />
      <Route path="/my-schedule" component={MySchedulePage} />
      <Route path="/now" component={NowPage} />
      <Route path="/rooms/:edition/:room" component={RoomScreenPage} />
      <Route>
        <NotFoundPage path={location} />
      </Route>
      </Switch>
    </Suspense>
  );
}
