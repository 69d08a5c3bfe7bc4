import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { agendaContent } from './src/plugin/index.ts';

export default defineConfig({
  plugins: [react(), agendaContent()],
});
