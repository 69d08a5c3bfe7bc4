import { useLanguage } from '../i18n/index.ts';

export function Loading() {
  const { t } = useLanguage();
  return (
    <p className="loading" role="status">
      {t.app.loading}
    </p>
  );
}

/**
 * A failed load with the reason and a retry button, since venue Wi-Fi drops often.
 * Offline, the reason is that the page was not saved for offline use.
 */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useLanguage();
  const detail = error instanceof Error ? error.message : String(error);

  return (
    <div className="notice notice-error" role="alert">
      <p>{navigator.onLine ? t.app.loadFailed(detail) : t.app.loadFailedOffline}</p>
      <button type="button" onClick={onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
