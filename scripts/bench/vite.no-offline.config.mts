// The app's build without the offline plugin, which the bench falls back to
// when the real build fails, so that the screens can still be measured. Keep
// the plugin list in step with vite.config.ts, minus agendaOffline.

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { agendaContent } from '../../src/plugin/index.ts';

export default defineConfig({
  plugins: [react(), agendaContent()],
});
