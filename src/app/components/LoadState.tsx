import { useLanguage } from '../i18n/index.ts';

export function Loading() {
  const { t } = useLanguage();
  return (
    <p className="loading" role="status">
      {t.app.loading}
    </p>
  );
}

/** A failed load with the reason and a retry button, since venue Wi-Fi drops often. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useLanguage();
  const detail = error instanceof Error ? error.message : String(error);

  return (
    <div className="notice notice-error" role="alert">
      <p>{t.app.loadFailed(detail)}</p>
      <button type="button" onClick={onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
