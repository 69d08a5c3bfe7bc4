import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { agendaOffline } from './pwa.config.ts';
import { agendaContent } from './src/plugin/index.ts';

export default defineConfig({
  plugins: [
    react(),
    agendaContent(),
    // The dev server gets the plugin too, so that `virtual:pwa-register` resolves,
    // but no service worker: its devOptions are off, because the dev server must
    // serve every edit fresh.
    agendaOffline({ root: process.cwd() }),
  ],
});
