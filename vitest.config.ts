import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const ALL = [
  'src/**/*.test.ts',
  'sandbox/**/*.test.ts',
  'bench/**/*.test.ts',
  'scripts/**/*.test.ts',
  'relay/**/*.test.ts',
  'harness/**/*.test.ts',
];
// The content script's tests share one module graph per worker: they hold no module state that
// outlives a test, and setting up a fresh jsdom world and import graph for each of their 100-odd
// files was most of their time (threads: 124 s isolated, 56 s shared, all passing; session 23).
// Everything else stays isolated: the store's tests share a cached IndexedDB connection, and the
// popup's view tests keep module state between files.
const SHARED_MODULES = ['src/content/**/*.test.ts'];
// Local-day arithmetic across daylight saving time (a 23 h and a 25 h day) needs a zone that has
// it, whatever the machine's: these tests run with TZ set, which Node honours only in a process's
// main thread, so in forked processes.
const TIME_ZONE_TESTS = ['src/**/*.tz.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 20_000,
    // Worker threads start faster than forked processes (the whole suite 332 → 300 s, session 23).
    pool: 'threads',
    // Vitest's default (one worker fewer than the cores) leaves a 2-core machine one worker, and
    // the suite runs file after file; two run side by side (the corpus checks are cut into parts
    // for this: src/content/corpus-pages/).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'content', include: SHARED_MODULES, environment: 'node', isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'rest',
          include: ALL,
          exclude: [...SHARED_MODULES, ...TIME_ZONE_TESTS],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'time-zone',
          include: TIME_ZONE_TESTS,
          environment: 'node',
          pool: 'forks',
          env: { TZ: 'Europe/Berlin' },
        },
      },
    ],
  },
});
