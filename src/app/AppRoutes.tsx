import { Route, Switch, useLocation } from 'wouter';

import { MySchedulePage, NowPage, RoomScreenPage, ShareImportPage } from './personal/index.ts';
import { paths } from './lib/paths.ts';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { DefaultSchedulePage, SchedulePage } from './schedule/SchedulePage.tsx';
import { SessionPage } from './session/SessionPage.tsx';
import { SpeakerPage } from './speakers/SpeakerPage.tsx';
import { SpeakersPage } from './speakers/SpeakersPage.tsx';

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
  );
}
