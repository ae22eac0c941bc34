import { defineConfig } from 'vitest/config';

/**
 * Browser journeys (e2e/*.spec.ts): one real server on a throwaway DATA_DIR (see
 * e2e/global-setup.ts) and Debian's Chromium through playwright-core. Files run one after
 * another: they share the server and its rate limits.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
