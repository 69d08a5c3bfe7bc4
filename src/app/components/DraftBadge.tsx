import { useLanguage } from '../i18n/index.ts';

/**
 * Marks a session whose front matter sets `draft: true`. The dev server keeps drafts
 * and the production build drops them, so organizers need to tell them apart.
 */
export function DraftBadge() {
  const { t } = useLanguage();
  return <span className="badge-draft">{t.session.draft}</span>;
}
