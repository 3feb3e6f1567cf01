// A page's capture without the extractor: what the page can say of itself at once, when the
// worker cannot read its snapshot or the page is left before it could.
import type { PageCapture } from '../activity/page-metadata';

/**
 * What the page says of itself without the extractor: its address (the worker canonicalises it)
 * and its title, else its host and path, as the extractor's own last resort.
 */
export function fallbackCapture(pageUrl: string, title: string): PageCapture {
  const url = new URL(pageUrl);
  return {
    url: pageUrl,
    title: title.trim() || `${url.hostname}${url.pathname}`,
    type: 'WebPage',
    authors: [],
    keywords: [],
  };
}
