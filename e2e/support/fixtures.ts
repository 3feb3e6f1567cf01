import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionIdOf, extensionWorker, launchWithExtension, PAGES } from './browser';
import { startPageServer, type PageServer } from './page-server';

export interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** An extension page (kept in its own window) for talking to the worker like the popup does. */
  extensionPage: Page;
}

export const test = base.extend<ExtensionFixtures, { pages: PageServer }>({
  pages: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const server = await startPageServer(PAGES);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  context: async ({}, use, testInfo) => {
    const context = await launchWithExtension({ userDataDir: testInfo.outputPath('profile') });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(extensionIdOf(worker));
  },
  extensionPage: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
    await use(page);
  },
});

export const expect = test.expect;
