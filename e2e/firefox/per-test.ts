// What every Firefox spec sets up alike: the harness pages served for the whole file, and a
// Firefox of each test's own, closed after it whatever the outcome.
import { test } from '@playwright/test';
import { PAGES } from '../../harness/browser';
import { launchFirefox, type FirefoxWithExtension } from '../../harness/firefox';
import { startPageServer, type PageServer } from '../../harness/page-server';

/** What a Firefox spec's tests use. */
export interface FirefoxSpec {
  /** The server of harness/pages (started before the file's first test). */
  readonly pages: PageServer;
  /** Launches this test's Firefox with the add-on installed (closed after the test). */
  launch(options?: Parameters<typeof launchFirefox>[0]): Promise<FirefoxWithExtension>;
}

/**
 * Registers the file's hooks (call once, at the top level of a `*.firefox.ts` spec) and returns
 * what its tests use. Throws if `pages` is read before the file's `beforeAll` ran.
 */
export function firefoxSpec(): FirefoxSpec {
  let pages: PageServer | undefined;
  let firefox: FirefoxWithExtension | undefined;
  test.beforeAll(async () => {
    pages = await startPageServer(PAGES);
  });
  test.afterAll(async () => {
    await pages?.close();
  });
  test.afterEach(async () => {
    await firefox?.close();
    firefox = undefined;
  });
  return {
    get pages() {
      if (!pages) throw new Error('the page server starts in beforeAll');
      return pages;
    },
    async launch(options) {
      firefox = await launchFirefox(options);
      return firefox;
    },
  };
}
