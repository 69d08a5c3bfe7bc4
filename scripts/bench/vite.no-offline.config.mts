// The app's build without the offline plugin, which the bench falls back to
// when the real build fails, so that the screens can still be measured. Keep
// the plugin list in step with vite.config.ts, minus agendaOffline.

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { agendaContent } from '../../src/plugin/index.ts';

const PWA_REGISTER_ID = 'virtual:pwa-register';

/**
 * Stands in for the `virtual:pwa-register` module of vite-plugin-pwa, which
 * the app's service worker code imports. It registers nothing, so this build
 * works online only.
 */
function withoutServiceWorker(): Plugin {
  return {
    name: 'bench:without-service-worker',
    resolveId(id) {
      return id === PWA_REGISTER_ID ? `\0${PWA_REGISTER_ID}` : null;
    },
    load(id) {
      if (id !== `\0${PWA_REGISTER_ID}`) return null;
      return 'export function registerSW() { return () => Promise.resolve(); }\n';
    },
  };
}

export default defineConfig({
  plugins: [react(), agendaContent(), withoutServiceWorker()],
});
