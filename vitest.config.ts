import { defineConfig } from 'vitest/config';

/**
 * Unit tests sit next to nothing Astro-specific and run fast; build and browser tests
 * build the fixture corpus once each, so they get generous timeouts and run in sequence.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    globalSetup: ['tests/global-setup.ts'],
  },
});
