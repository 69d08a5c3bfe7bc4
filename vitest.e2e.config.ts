import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium, driven by playwright-core, against a
// production build served by `vite preview` on 127.0.0.1. They run on Vitest,
// like the unit tests, so both share one assertion library and one runner. The
// global setup builds the site once for all files. Files run one at a time in
// one worker, because they share that server and each starts its own Chromium.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // A cold Chromium start and a service worker's precache take seconds, not milliseconds.
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
