// The history page's sync line (src/ui/history/history-sync.ts): the popup's line above the list,
// following each pass while the page is open (synced, waiting with its reason, sign-in needed),
// its Sync now sending what waits to Graph, and no line at all while sync was never used.
import type { Page } from '@playwright/test';
import { readPages, syncNow } from '../harness/reading';
import {
  expect as extensionExpect,
  openHistory,
  test as extensionTest,
  untilRead,
} from './fixtures/extension';
import { shootSchemes } from './fixtures/shots';
import { expect, test } from './fixtures/signed-in';

/** The history page's top part (header to the first rows) in light and dark, axe over its line. */
const shoot = (page: Page, name: string, path: (file: string) => string): Promise<void> =>
  shootSchemes(page, `history-sync-${name}`, path, {
    clip: { x: 0, y: 0, width: 1100, height: 330 },
    axe: '.list-top',
  });

// Access tokens inside the worker's renewal margin: every pass renews, so a grant revoked at the
// provider is found by the next pass (sign-in needed, below).
test.describe(() => {
  test.use({ accessTokenTtl: 60 });

  test('the history page shows the sync line, follows each pass, and its Sync now sends what waits', async ({
    context,
    extensionId,
    control,
    readAndReturn,
    admin,
    pages,
  }, testInfo) => {
    const read = (path: string): Promise<void> => readAndReturn([pages.url(path)]);
    await read('/tides.html');
    await read('/sourdough.html');
    expect(await syncNow(control)).toMatchObject({ state: 'idle', pending: 0 });

    const history = await openHistory(context, extensionId, { width: 1100, height: 700 });
    const line = history.locator('#sync-line');
    const text = history.locator('#sync-status');
    const button = history.locator('#sync-action');
    await expect(text).toHaveText('Synced just now');
    await expect(button).toHaveText('Sync now');
    await expect(text).not.toHaveClass(/warn/);
    await shoot(history, 'synced', (f) => testInfo.outputPath(f));

    // Graph goes down: a page read meanwhile waits, and the open page follows the failed pass
    // without a reload, with the reason in words and when it tries again.
    await admin.failNext(100_000, { status: 503 });
    await read('/lighthouses.html');
    await syncNow(control);
    // Still behind the options page: the pass's note reaches it there, no tab switch needed.
    await expect(text).toHaveText(
      /^Microsoft Graph is not available right now · next try (this minute|in \d+ seconds?) · \d waiting to sync$/,
    );
    await expect(text).not.toHaveClass(/warn/);
    await history.bringToFront();
    await shoot(history, 'waiting', (f) => testInfo.outputPath(f));

    // Six more failed tries: the line warns, as a banner, and the next try is a minute or more away
    // (backoff 64–128 s, longer after a try of its own), so no retry of the worker's can pass for
    // the button's below.
    for (let i = 0; i < 6; i++) await syncNow(control);
    await expect(text).toHaveText(
      /^Microsoft Graph is not available right now · next try in \d+ minutes? · \d waiting to sync$/,
    );
    await expect(text).toHaveClass(/warn/);
    await shoot(history, 'waiting-warns', (f) => testInfo.outputPath(f));

    // Graph is back: Sync now on the history page sends the waiting page.
    await admin.clearFaults();
    await button.click();
    await expect(text).toHaveText('Synced just now');
    const titles = async (): Promise<string[]> =>
      ((await admin.dump()).users.alice?.activities ?? []).map((a) => a.visualElements.displayText);
    expect((await titles()).sort()).toEqual([
      'A patient guide to sourdough',
      'How tides really work',
      'The last lighthouse keepers',
    ]);

    // The provider revokes alice's grants: the next pass cannot renew, and the line asks her to
    // sign in again, as a banner, with Sign in opening the options page.
    await admin.endSession('alice');
    await read('/plain.html');
    // The page just read waits (and any earlier one whose reading grew since: their tabs are open).
    expect(await syncNow(control)).toMatchObject({ state: 'sign-in-required' });
    await expect(text).toHaveText(
      /^Sign in again to keep publishing to your Timeline \(nothing is lost\) · \d waiting to sync$/,
    );
    await expect(text).toHaveClass(/warn/);
    await expect(button).toHaveText('Sign in');
    await expect(line).toBeVisible();
    await history.bringToFront();
    await shoot(history, 'sign-in', (f) => testInfo.outputPath(f));
    // Closed first: the browser would bring an options page already open to the front instead.
    await control.close();
    const options = context.waitForEvent('page', (p) => p.url().includes('/src/ui/options/'));
    await button.click();
    await expect((await options).locator('#sign-in')).toHaveText('Sign in again');
  });
});

extensionTest(
  'the history page shows no sync line while sync was never used, pages read or not',
  async ({ context, extensionId, extensionPage, pages }) => {
    await readPages(context, [pages.url('/tides.html')]);
    await extensionPage.bringToFront();
    await untilRead(extensionPage, pages.url('/tides.html'));
    const history = await openHistory(context, extensionId);
    // Drawn (no longer busy) and left out.
    await history.locator('#sync-line:not([aria-busy])').waitFor({ state: 'attached' });
    await extensionExpect(history.locator('#sync-line')).toBeHidden();
  },
);
