// Entry point of offline support for main.tsx, kept tiny on purpose. The
// registration code, Workbox's window library and the update notice load in a
// chunk of their own once the page has loaded. So they add nothing to first-load
// JavaScript and do not compete with the first render for the network.

/** Registers the service worker in production builds, after the page's load event. */
export function startServiceWorker(): void {
  // The dev server has no service worker: its files change on every edit.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;

  // A lazy chunk can fail before the registration code runs, for example when
  // an old version's chunk is gone from the server. Remember it for that code.
  let chunkLoadFailed = false;
  const recordChunkFailure = () => {
    chunkLoadFailed = true;
  };
  window.addEventListener('vite:preloadError', recordChunkFailure);

  const register = () => {
    import('./register.tsx')
      .then((module) => {
        window.removeEventListener('vite:preloadError', recordChunkFailure);
        module.registerAgendaServiceWorker({ chunkLoadFailed });
      })
      .catch((error: unknown) => {
        console.error('Agenda: loading the service worker code failed, so the agenda will not work offline.', error);
      });
  };

  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
