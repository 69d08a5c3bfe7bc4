import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';

import { useConference } from './data/agenda-context.tsx';
import { useLanguage } from './i18n/index.ts';
import { paths } from './lib/paths.ts';
import { MyScheduleNavLink } from './personal/MyScheduleNavLink.tsx';

// The room screen hangs at a room's door, where no one navigates, so it gets the
// whole screen: no skip link, header or navigation, only a small link of its own.
const BARE_ROUTE = '/rooms/:edition/:room';

/** Renders the header with the conference name, navigation and language switch around each page. */
export function AppShell({ invalidNow, children }: { invalidNow: string | null; children: ReactNode }) {
  const conference = useConference();
  const { language, setLanguage, t } = useLanguage();
  const [bare] = useRoute(BARE_ROUTE);
  const other = language === 'es' ? 'en' : 'es';

  const notice =
    invalidNow === null ? null : (
      <p className="notice" role="status">
        {t.app.invalidNow(invalidNow)}
      </p>
    );

  if (bare) {
    return (
      <main id="main" className="bare-main" tabIndex={-1}>
        {notice}
        {children}
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="site-header">
        <Link className="site-name" href={paths.home.getHref()}>
          {conference.name}
        </Link>
        <nav className="site-nav" aria-label={t.app.mainNavigation}>
          <Link href={paths.defaultSchedule.getHref()}>{t.app.schedule}</Link>
          <Link href={paths.speakers.getHref()}>{t.app.speakers}</Link>
          <MyScheduleNavLink />
        </nav>
        <button
          type="button"
          className="language-switch"
          lang={other === 'en' ? 'en' : 'es-MX'}
          aria-label={t.app.switchLanguageLabel}
          onClick={() => setLanguage(other)}
        >
          {t.app.switchLanguage}
        </button>
      </header>
      {notice}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
