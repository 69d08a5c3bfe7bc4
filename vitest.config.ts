import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests run in Node; component tests run in jsdom. Browser tests under
// tests/e2e drive a real Chromium and run through `npm run test:e2e` instead.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/plugin/**/*.test.ts', 'tests/domain/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
    ],
  },
});
