import { Link } from 'wouter';

import { useLanguage } from '../i18n/index.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { paths } from '../lib/paths.ts';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useLanguage();
  useDocumentMeta(t.app.notFoundTitle, t.app.notFoundBody(path));

  return (
    <section className="page">
      <PageHeading>{t.app.notFoundTitle}</PageHeading>
      <p>{t.app.notFoundBody(path)}</p>
      <p>
        <Link href={paths.defaultSchedule.getHref()}>{t.app.backToSchedule}</Link>
      </p>
    </section>
  );
}
