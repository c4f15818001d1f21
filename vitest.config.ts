import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic and DOM logic in jsdom, fast) and `e2e` (real Chromium and Firefox
// loading dist/). `npm test` runs them in that order, after the builds.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __FIREFOX__: 'false', __TEST__: 'true' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // Vitest's default leaves one of two cores idle: 101 s instead of 67 s on this machine.
          maxWorkers: 2,
          setupFiles: ['test/setup-unit.ts'],
          benchmark: { include: ['test/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          // One browser pair per file, two files at a time: a 2-core machine spends much of an e2e test
          // waiting on a browser, so two files take 0.65 of the time one after another do (measured 356 s vs
          // 540 s), and the waits are for states, never for time, so load does not change a verdict.
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
