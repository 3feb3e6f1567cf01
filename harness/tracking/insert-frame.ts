import type { Page } from 'playwright-core';

/** Another site (localhost, not 127.0.0.1): Chromium runs the frame in its own process. */
export const crossOrigin = (url: string): string => url.replace('127.0.0.1', 'localhost');

/**
 * Inserts an iframe at `src` into `page` (as the page's own script would). A player goes above the
 * article; an ad (`ad` given) is a 300×250 slot after it, as real ad slots sit beside the text,
 * reloading to a new address every `ad.reloadMs` when given (an ad rotating).
 */
export async function insertFrame(
  page: Page,
  src: string,
  ad?: { reloadMs?: number },
): Promise<void> {
  await page.evaluate(
    ({ src, isAd, reloadMs }) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.allow = 'autoplay';
      if (!isAd) {
        frame.style.cssText = 'width:100%;aspect-ratio:16/9;border:0';
        document.body.prepend(frame);
      } else {
        frame.style.cssText = 'width:300px;height:250px;border:0';
        document.body.append(frame);
      }
      let n = 0;
      if (reloadMs !== undefined) {
        setInterval(() => {
          n += 1;
          frame.src = `${src}?n=${String(n)}`;
        }, reloadMs);
      }
    },
    { src, isAd: ad !== undefined, reloadMs: ad?.reloadMs },
  );
}
