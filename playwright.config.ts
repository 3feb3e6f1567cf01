import { defineConfig } from '@playwright/test';

// Every spec drives the built extension (dist/) in Debian's Chromium; see harness/browser.ts.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Reading time is measured against the wall clock: one browser at a time on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  // On CI one retry, reported as "flaky", so a shared machine's hiccup is told apart from a fault
  // that fails twice; locally never, so a failure is seen at once.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
});
