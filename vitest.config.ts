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
          setupFiles: ['test/setup-unit.ts'],
          benchmark: { include: ['test/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          // One browser pair per file; files run one after another on a 2-core machine.
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
