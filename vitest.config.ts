import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'sandbox/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'relay/**/*.test.ts',
      'harness/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 20_000,
    // Vitest's default (one worker fewer than the cores) leaves a 2-core machine one worker, and
    // the suite runs file after file; two run side by side (the corpus checks are cut into parts
    // for this: src/content/corpus-pages/).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
