import { useLanguage } from '../i18n/index.ts';

/**
 * Marks a session whose file says `draft: true`. Drafts appear only in `npm run dev`,
 * so organizers can tell them apart from what the published site will show.
 */
export function DraftBadge() {
  const { t } = useLanguage();
  return <span className="badge-draft">{t.session.draft}</span>;
}
