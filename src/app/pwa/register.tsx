/// <reference types="vite-plugin-pwa/client" />
// Registers the Workbox service worker that pwa.config.ts generates, and shows
// the update notice when a new deploy is waiting. The new version takes over
// when the attendee presses Reload, or at once when the running version fails
// to load one of its own chunks. Every open tab then reloads, so no tab runs the
// old code against the new files.

import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';

import { UpdateNotice } from './update-notice.tsx';

/** How often an open tab checks the server for a new deploy. Browsers also check on every navigation. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and wires the update notice. `chunkLoadFailed`
 * is true when a lazy chunk already failed to load before this code ran.
 */
export function registerAgendaServiceWorker({ chunkLoadFailed }: { chunkLoadFailed: boolean }): void {
  let updateWaiting = false;
  let chunkFailed = chunkLoadFailed;

  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateWaiting = true;

      // The running version is already broken, so switch at once instead of asking.
      if (chunkFailed) {
        void updateServiceWorker(true);
        return;
      }
      showUpdateNotice(() => void updateServiceWorker(true));
    },
    onRegisteredSW(_url, registration) {
      if (registration) scheduleUpdateChecks(registration);
    },
    onRegisterError(error: unknown) {
      console.error('Agenda: registering the service worker failed, so the agenda will not work offline.', error);
    },
  });

  // A lazy chunk of the running version can be missing from the server after a
  // deploy. When the new version is already waiting, switching to it is the fix.
  window.addEventListener('vite:preloadError', (event) => {
    chunkFailed = true;
    if (!updateWaiting) return;

    event.preventDefault();
    void updateServiceWorker(true);
  });
}

function scheduleUpdateChecks(registration: ServiceWorkerRegistration): void {
  window.setInterval(() => {
    if (!navigator.onLine || registration.installing) return;

    registration.update().catch((error: unknown) => {
      console.warn('Agenda: checking for a new version failed. The next check runs in an hour.', error);
    });
  }, UPDATE_CHECK_INTERVAL_MS);
}

let noticeContainer: HTMLElement | null = null;

/** Renders the notice in a root of its own, outside the app's tree, so the app needs no changes. */
function showUpdateNotice(onReload: () => void): void {
  if (noticeContainer !== null) return;

  noticeContainer = document.createElement('div');
  noticeContainer.id = 'agenda-update-notice';
  document.body.append(noticeContainer);

  const root = createRoot(noticeContainer);
  const dismiss = () => {
    root.unmount();
    noticeContainer?.remove();
    noticeContainer = null;
  };
  root.render(<UpdateNotice onReload={onReload} onDismiss={dismiss} />);
}
