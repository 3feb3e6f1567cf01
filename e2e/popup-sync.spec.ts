// The popup follows each sync pass while it is open (src/ui/popup/popup.ts, the worker's note that
// src/ui/sync-status-feed.ts hears): Graph down, the line says so without a reopen; Graph back,
// its own Sync now turns it to synced; a pass asked for by another page (the history page, the
// options page) redraws its line and its rows. In English and German, each state shot in light
// and dark.
import type { Page } from '@playwright/test';
import { openPopup, syncNow } from '../harness/reading';
import { shootSchemes } from './fixtures/shots';
import { expect, test } from './fixtures/signed-in';

/** The sync line's words in each state, as the catalogs say them (public/_locales). */
const WORDS = {
  en: {
    synced: /^Synced just now$/,
    waiting: /^Microsoft Graph is not available right now · next try .+ · 1 waiting to sync$/,
    signIn: /^Sign in again to keep publishing .+ · \d waiting to sync$/,
    syncNow: 'Sync now',
    signInButton: 'Sign in',
  },
  de: {
    synced: /^Zuletzt .+ synchronisiert$/,
    waiting:
      /^Microsoft Graph ist gerade nicht erreichbar · nächster Versuch .+ · 1 wartet auf Synchronisierung$/,
    signIn: /^Melde dich erneut an.+ · \d warte(t|n) auf Synchronisierung$/,
    syncNow: 'Jetzt synchronisieren',
    signInButton: 'Anmelden',
  },
} as const;

for (const lang of ['en', 'de'] as const) {
  test.describe(lang, () => {
    // Access tokens inside the worker's renewal margin: a grant revoked at the provider is
    // found by the next pass (sign-in needed, last).
    test.use({ lang, accessTokenTtl: 60 });

    test(`the open popup follows each sync pass, its own Sync now and another page's (${lang})`, async ({
      context,
      extensionId,
      control,
      readAndReturn,
      admin,
      pages,
    }, testInfo) => {
      const words = WORDS[lang];
      const shot = (file: string): string => testInfo.outputPath(`${lang}-${file}`);
      const read = (path: string): Promise<void> => readAndReturn([pages.url(path)]);
      const shoot = (popup: Page, name: string) => shootSchemes(popup, `popup-sync-${name}`, shot);
      await read('/tides.html');
      expect(await syncNow(control)).toMatchObject({ state: 'idle', pending: 0 });

      const popup = await openPopup(context, extensionId);
      await popup.setViewportSize({ width: 400, height: 600 });
      const text = popup.locator('#sync-status');
      const button = popup.locator('#sync-action');
      const firstTitle = popup.locator('#activities li .title').first();
      await expect(text).toHaveText(words.synced);
      await expect(button).toHaveText(words.syncNow);
      await shoot(popup, 'synced');

      // Graph goes down; a page is read and a pass asked for from the options page: the open
      // popup says Graph is not available, and lists the page just read, without a reopen.
      await admin.failNext(100_000, { status: 503 });
      await read('/lighthouses.html');
      await syncNow(control);
      await expect(text).toHaveText(words.waiting);
      await expect(firstTitle).toHaveText('The last lighthouse keepers');
      await popup.bringToFront();
      await shoot(popup, 'waiting');

      // Graph is back: the popup's own Sync now sends what waits, and the line says so.
      await admin.clearFaults();
      await button.click();
      await expect(text).toHaveText(words.synced);
      const titles = async (): Promise<string[]> =>
        ((await admin.dump()).users.alice?.activities ?? []).map(
          (a) => a.visualElements.displayText,
        );
      expect((await titles()).sort()).toEqual([
        'How tides really work',
        'The last lighthouse keepers',
      ]);

      // Down again, then back, and the pass asked for on the history page: the popup, open
      // behind it all along, follows both.
      await admin.failNext(100_000, { status: 503 });
      await read('/sourdough.html');
      await syncNow(control);
      await expect(text).toHaveText(words.waiting);
      await admin.clearFaults();
      const history = await context.newPage();
      await history.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
      await history.locator('#sync-action').click();
      await expect(history.locator('#sync-status')).toHaveText(words.synced);
      await expect(text).toHaveText(words.synced);
      await expect(firstTitle).toHaveText('A patient guide to sourdough');
      await history.close();

      // The provider revokes alice's grants: the next pass asks her to sign in again.
      await admin.endSession('alice');
      await read('/plain.html');
      expect(await syncNow(control)).toMatchObject({ state: 'sign-in-required' });
      await expect(text).toHaveText(words.signIn);
      await expect(button).toHaveText(words.signInButton);
      await popup.bringToFront();
      await shoot(popup, 'sign-in');
    });
  });
}
