/** Locates the element holding the article text with a few targeted queries, no full scan. */

const CONTAINERS = [
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article-content',
  '.story-body',
  '.post-body',
  '#article-body',
  '#content',
  '.content',
].join(',');

function paragraphCount(el: Element): number {
  return el.getElementsByTagName('p').length;
}

function richest(list: NodeListOf<Element> | HTMLCollectionOf<Element>): Element | undefined {
  let best: Element | undefined;
  let bestCount = 0;
  for (let i = 0; i < list.length && i < 10; i++) {
    const el = list[i];
    if (el === undefined) continue;
    const count = paragraphCount(el);
    if (count > bestCount) {
      best = el;
      bestCount = count;
    }
  }
  return best;
}

/**
 * articleBody microdata, else the <article> with most paragraphs, else <main>, else a common
 * CMS content container, else <body>. Undefined for documents without a body.
 */
export function findContentRoot(doc: Document): Element | undefined {
  return (
    doc.querySelector('[itemprop~="articleBody"]') ??
    richest(doc.getElementsByTagName('article')) ??
    doc.querySelector('main, [role="main"]') ??
    richest(doc.querySelectorAll(CONTAINERS)) ??
    // Not doc.body: lib.dom types it non-null, but body-less documents exist.
    doc.querySelector('body') ??
    undefined
  );
}

/**
 * The headline of a page without an h1: its only h2 or h3 marked as hAtom's `entry-title` or
 * microformats' `p-name` (micro.blog's `<h2 class="p-name">`, older WordPress themes). Undefined
 * when there is none; null when there are several (a listing, whose first entry is not the
 * page's headline, and which has none).
 */
export function findEntryTitle(doc: Document): Element | null | undefined {
  const titles = doc.querySelectorAll('h2.p-name, h2.entry-title, h3.p-name, h3.entry-title');
  return titles.length === 0 ? undefined : titles.length === 1 ? (titles[0] ?? null) : null;
}
