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
  },
});
