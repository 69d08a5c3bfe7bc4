// The schedule is in the first chunk. Every other page loads in a chunk of its own
// on first visit, so the schedule's first load stays small on venue Wi-Fi.

import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';

import { Loading } from './components/LoadState.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { paths } from './lib/paths.ts';
import { DefaultSchedulePage, SchedulePage } from './schedule/SchedulePage.tsx';

const SessionPage = lazy(() => import('./session/SessionPage.tsx').then((module) => ({ default: module.SessionPage })));
const SpeakerPage = lazy(() => import('./speakers/SpeakerPage.tsx').then((module) => ({ default: module.SpeakerPage })));
const SpeakersPage = lazy(() => import('./speakers/SpeakersPage.tsx').then((module) => ({ default: module.SpeakersPage })));
const MySchedulePage = lazy(() => import('./personal/index.ts').then((module) => ({ default: module.MySchedulePage })));
const ShareImportPage = lazy(() => import('./personal/index.ts').then((module) => ({ default: module.ShareImportPage })));
const NowPage = lazy(() => import('./personal/index.ts').then((module) => ({ default: module.NowPage })));
const RoomScreenPage = lazy(() => import('./personal/index.ts').then((module) => ({ default: module.RoomScreenPage })));

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
