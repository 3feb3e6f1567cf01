/**
 * Reading progress through the main text: how much of it lies above the bottom of the viewport,
 * in whole percent (0–100). Pure; the sampler reads the two numbers from one bounding rect.
 * @param rootTop Top of the article element relative to the viewport (CSS px; negative once
 *   scrolled past).
 * @param rootHeight How far the prose runs below the article's top (CSS px): article-blocks.ts proseEnd.
 * @param viewportHeight The window's inner height (CSS px).
 */
export function readingProgress(
  rootTop: number,
  rootHeight: number,
  viewportHeight: number,
): number {
  if (!(rootHeight > 0) || !(viewportHeight > 0)) return 0;
  const seen = viewportHeight - rootTop;
  return Math.round(Math.min(1, Math.max(0, seen / rootHeight)) * 100);
}

/**
 * The inverse, for browsers without text fragments: the document scroll offset (CSS px) that
 * brings `progress` % of the article above the bottom of the viewport.
 * @param rootOffset Top of the article relative to the document (rect top + scrollY).
 */
export function scrollTopForProgress(
  progress: number,
  rootOffset: number,
  rootHeight: number,
  viewportHeight: number,
): number {
  const clamped = Math.min(100, Math.max(0, progress)) / 100;
  return Math.max(0, Math.round(rootOffset + clamped * rootHeight - viewportHeight));
}
