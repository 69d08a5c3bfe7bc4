import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { agendaOffline } from './pwa.config.ts';
import { agendaContent } from './src/plugin/index.ts';

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    agendaContent(),
    // The service worker and manifest exist only in builds, because the dev server must serve every edit fresh.
    command === 'build' ? agendaOffline({ root: process.cwd() }) : [],
  ],
}));
