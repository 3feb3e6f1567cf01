import type { ReadingPosition } from '../../activity/text-fragment';
import { proseEnd, readArticleBlocks } from './article-blocks';
import { scrollTopForProgress } from './progress';
import { countMatches, normalizeText } from './quote';

/** How the page was brought to the position: at the quoted block, by progress, or not at all. */
export type ScrollOutcome = 'quote' | 'progress' | 'none';

/**
 * Scrolls an open page to a reading position: to the block the quote opens (its prefix matching
 * the end of the block before when there is one), else by progress where the quote is gone or
 * was never kept; a quoted block whose start is already in the viewport is left there. Used when
 * the page is already open in a tab, and for a tab opened to resume it (where the browser did not
 * scroll to the text fragment, or there was none).
 */
export function scrollToPosition(win: Window, position: ReadingPosition): ScrollOutcome {
  const article = readArticleBlocks(win.document);
  if (!article) return 'none';
  const { quote } = position;
  if (quote) {
    const start = normalizeText(quote.textStart);
    const prefix = quote.prefix === undefined ? '' : normalizeText(quote.prefix);
    const index = article.texts.findIndex(
      (text, i) =>
        text.toLocaleLowerCase().startsWith(start.toLocaleLowerCase()) &&
        (prefix === '' ||
          countMatches(`${article.texts[i - 1] ?? ''} ${text}`, `${prefix} ${start}`, 1) === 1),
    );
    const element = article.elements[index];
    if (element) {
      // Already in view (Chromium scrolled a new tab to the text fragment, or the reader is
      // there): left where it is, not moved a second time.
      const { top } = element.getBoundingClientRect();
      if (top < 0 || top >= win.innerHeight) element.scrollIntoView({ block: 'start' });
      return 'quote';
    }
  }
  if (position.progress <= 0) return 'none';
  const rect = article.root.getBoundingClientRect();
  win.scrollTo({
    top: scrollTopForProgress(
      position.progress,
      rect.top + win.scrollY,
      proseEnd(article, rect),
      win.innerHeight,
    ),
  });
  return 'progress';
}
