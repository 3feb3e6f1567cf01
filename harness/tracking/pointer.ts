import type { Page } from 'playwright-core';

/**
 * The person's reading input through the page (Playwright's mouse, CDP `Input.dispatchMouseEvent`),
 * placed where it cannot hang.
 *
 * CDP's mouse event returns once the renderer under the pointer has acknowledged it. Over a
 * cross-site iframe that loads a new document (an ad slot rotating every 0.8 s), the event can be
 * routed to the frame's renderer just as it is replaced, and the acknowledgement never comes: the
 * call never returns. iframe-ad-reloading hung so for the whole test timeout in CI (session 9) and
 * 2 times in 20 runs at load 25–37 (session 10), each time on the first move over the ad; a
 * Chromium without the extension hangs the same way within 13–29 s of moves over such a frame
 * (headless, 3 of 3 tries) and never in 600 moves over the article beside it. A person's real
 * pointer has no such wait: the harness, not the product, hung.
 */

/** The points the pointer visits while reading, in turn (CSS pixels of the viewport). */
export const READING_POINTS: readonly { x: number; y: number }[] = Array.from(
  { length: 40 },
  (_, i) => ({ x: 200 + i * 5, y: 300 + (i % 7) * 10 }),
);

/** How long one pointer move may take before the person gives up on the page (ms). */
export const MOVE_TIMEOUT_MS = 15_000;

/** The elements whose content another document (or a plugin) draws: input there goes to it. */
const EMBEDS = ['IFRAME', 'FRAME', 'EMBED', 'OBJECT'];

/**
 * Of READING_POINTS, those over `page`'s own document, not over a frame or an embed (as laid out
 * now); all of them when none is (a page filled by a player or the PDF viewer, whose content does
 * not load again under the pointer).
 */
export async function readingPoints(page: Page): Promise<{ x: number; y: number }[]> {
  const over = await page
    .evaluate(
      ({ points, embeds }) =>
        points.map((p) => embeds.includes(document.elementFromPoint(p.x, p.y)?.tagName ?? '')),
      { points: READING_POINTS, embeds: EMBEDS },
    )
    .catch(() => READING_POINTS.map(() => false));
  const clear = READING_POINTS.filter((_, i) => over[i] !== true);
  return clear.length > 0 ? clear : [...READING_POINTS];
}

/**
 * What is under `point` in `page` (an element, with a frame's address), for a diagnostic; never
 * waits more than a second.
 */
async function describePoint(page: Page, point: { x: number; y: number }): Promise<string> {
  const described = page
    .evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y);
      if (!element) return 'nothing';
      const src = (element as HTMLIFrameElement).src;
      return `<${element.tagName.toLowerCase()}${src ? ` src=${src}` : ''}>`;
    }, point)
    .catch((error: unknown) => `unknown (${String(error)})`);
  const late = new Promise<string>((resolve) =>
    setTimeout(() => {
      resolve('unknown (the page did not answer)');
    }, 1_000),
  );
  return Promise.race([described, late]);
}

/**
 * Moves the pointer to `point` in `page`, bounded: a move that has not returned within
 * MOVE_TIMEOUT_MS fails with what was under the pointer, instead of holding the test until its
 * timeout with nothing said.
 */
export async function movePointer(page: Page, point: { x: number; y: number }): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<'stuck'>((resolve) => {
    timer = setTimeout(() => {
      resolve('stuck');
    }, MOVE_TIMEOUT_MS);
  });
  try {
    const moved = await Promise.race([page.mouse.move(point.x, point.y), stuck]);
    if (moved !== 'stuck') return;
  } finally {
    clearTimeout(timer);
  }
  const under = await describePoint(page, point);
  throw new Error(
    `The pointer move to (${String(point.x)}, ${String(point.y)}) over ${under} did not return ` +
      `within ${String(MOVE_TIMEOUT_MS / 1000)} s (CDP waits for the renderer under the pointer)`,
  );
}
