import { defineConfig } from '@playwright/test';

// `npm run test:e2e:firefox`: the Firefox build (dist-firefox/) in Debian's Firefox ESR through
// WebDriver BiDi (puppeteer-core; see harness/firefox.ts). Playwright is only the test runner here.
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: '**/*.firefox.ts',
  // Reading time is measured against the wall clock: one browser at a time on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
