import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, findPage, type FirefoxWithExtension } from '../../harness/firefox';
import { seedPastReadsVia } from '../../harness/history-seed';
import { week } from '../fixtures/layout';
import { firefoxSpec } from './per-test';

/**
 * Firefox's real toolbar popup zoomed as Ctrl+plus in the panel zooms it (the popup browser's
 * `fullZoom`), over 30 pages: Firefox gives the popup browser its whole content, whatever the
 * screen (Mozilla bug 1570849), so at 200 % the footer was below a 768 px screen, out of reach.
 * The popup caps its height to the room the panel has (popup-height.ts); History and Sync now stay
 * on the screen and nothing scrolls sideways. Opened for real with `action.openPopup()` (allowed
 * without a user gesture by a preference) and read from an extension tab through
 * `extension.getViews({ type: 'popup' })`, the popup's own window, in the same process.
 */

const spec = firefoxSpec();

/** What the popup shows, CSS px of its own zoom, read through `extension.getViews`. */
interface PopupLayout {
  zoom: number;
  /** The screen's bottom (availTop + availHeight), then each footer button's bottom, on screen. */
  screenBottom: number;
  buttons: { id: string; top: number; bottom: number; hit: boolean }[];
  /** The root's and the body's sideways overflow, px. */
  sideways: number;
  /** The popup scrolls as a whole (its list alone no longer can shrink). */
  scrolls: boolean;
}

/** The popup's layout once its list is drawn; null while it is not open yet. */
function popupLayout(tab: Page): Promise<PopupLayout | null> {
  return tab.evaluate(() => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const [view] = api.extension.getViews({ type: 'popup' }) as (Window & {
      mozInnerScreenY: number;
    })[];
    const doc = view?.document;
    if (!view || !doc?.querySelector('#activities li')) return null;
    const root = doc.documentElement;
    return {
      zoom: view.devicePixelRatio,
      screenBottom:
        (view.screen as Screen & { availTop: number }).availTop + view.screen.availHeight,
      buttons: ['#open-history', '#sync-action'].map((selector) => {
        const button = doc.querySelector<HTMLElement>(selector);
        // Where Tab brings it: into view, should the popup scroll (300 % at 24 px).
        button?.focus();
        const box = button?.getBoundingClientRect() ?? new DOMRect();
        // Nothing lies over it where a pointer would click it (the panel would clip a button
        // laid out below the popup's viewport: elementFromPoint then finds nothing).
        const hit = doc.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          id: selector,
          top: view.mozInnerScreenY + box.top,
          bottom: view.mozInnerScreenY + box.bottom,
          hit: button !== null && (hit === button || button.contains(hit)),
        };
      }),
      sideways: Math.max(
        root.scrollWidth - root.clientWidth,
        doc.body.scrollWidth - doc.body.clientWidth,
      ),
      scrolls:
        root.scrollHeight > root.clientHeight || doc.body.scrollHeight > doc.body.clientHeight,
    };
  });
}

/** Zooms the open popup's browser to `factor`, as Ctrl+plus in the panel does. */
async function zoomPopup(ff: FirefoxWithExtension, factor: number): Promise<void> {
  const done = await ff.inBrowserWindow(`(() => {
    const popup = document.querySelector('.webextension-popup-browser');
    if (!popup) return 'no popup';
    popup.fullZoom = ${String(factor)};
    return 'zoomed';
  })()`);
  expect(done).toBe('zoomed');
}

/**
 * The open popup's content as drawn (`drawSnapshot` of its browser, device px), saved as a PNG at
 * `path`: puppeteer has no page for the popup.
 */
async function snapshotPopup(ff: FirefoxWithExtension, path: string): Promise<void> {
  const url = await ff.inBrowserWindow(`(async () => {
    const popup = document.querySelector('.webextension-popup-browser');
    const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png');
  })()`);
  await writeFile(path, Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

for (const { scheme, fontSize } of [
  { scheme: 'light', fontSize: 16 },
  { scheme: 'dark', fontSize: 16 },
  { scheme: 'light', fontSize: 24 },
]) {
  test(`Firefox: the toolbar popup at 100, 200 and 300 % keeps History and Sync now on screen (${scheme}, ${String(fontSize)} px)`, async () => {
    const ff = await spec.launch({
      defaultFontSize: fontSize,
      prefs: {
        'extensions.openPopupWithoutUserGesture.enabled': true,
        'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
      },
    });
    const tab = await ff.openExtensionPage('/src/ui/options/index.html');
    await seedPastReadsVia((script) => tab.evaluate(script), week());
    await tab.evaluate(async () => {
      await (globalThis as unknown as { browser: typeof chrome }).browser.action.openPopup();
    });
    await expect.poll(() => popupLayout(tab)).not.toBeNull();

    for (const factor of [1, 2, 3]) {
      await zoomPopup(ff, factor);
      await expect
        .poll(async () => (await popupLayout(tab))?.zoom, { timeout: 10_000 })
        .toBe(factor);
      // Each button whole on the screen, under no other box, and nothing wider than the popup.
      await expect
        .poll(
          async () => {
            const layout = await popupLayout(tab);
            if (!layout) return 'closed';
            const off = layout.buttons.filter(
              (b) => !b.hit || b.top < 0 || b.bottom > layout.screenBottom + 0.5,
            );
            // Up to 200 % at 16 px only the list scrolls: header and footer stay in view. At 24 px
            // not even one row fits between them at 200 %: the popup scrolls, one row whole.
            const whole = factor <= 2 && fontSize === 16 ? !layout.scrolls : true;
            return off.length === 0 && layout.sideways <= 0 && whole
              ? 'in reach'
              : JSON.stringify(layout);
          },
          { timeout: 10_000, message: `at ${String(factor * 100)} %` },
        )
        .toBe('in reach');
      await snapshotPopup(
        ff,
        test.info().outputPath(`popup-${String(factor * 100)}-${scheme}-${String(fontSize)}px.png`),
      );
    }

    // History, clicked at 300 %: the history page opens.
    const before = new Set(await ff.browser.pages());
    await tab.evaluate(() => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [view] = api.extension.getViews({ type: 'popup' });
      view?.document.querySelector<HTMLButtonElement>('#open-history')?.click();
    });
    await findPage(
      ff.browser,
      new URL('/src/ui/history/index.html', EXTENSION_ORIGIN).href,
      before,
    );
  });
}
