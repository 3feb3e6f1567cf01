/**
 * What a document's `<head>` says about which page it is: the values an in-page route change
 * leaves behind when the app never updates its head. Tiny on purpose: taken on the first input of
 * each route (before the click that changes it), so it stays off the page-load path.
 */
export interface HeadSnapshot {
  /** `<link rel=canonical>` href as written (relative or not), or null. */
  canonical: string | null;
  /** `og:url` content, or null. */
  ogUrl: string | null;
  /** `og:title` content, or null. */
  ogTitle: string | null;
  /** The text of every JSON-LD block, joined, or null when there is none. */
  jsonLd: string | null;
}

function attribute(doc: Document, selector: string, name: string): string | null {
  return doc.querySelector(selector)?.getAttribute(name) ?? null;
}

/** Reads the head's identity values (four queries; never throws on a hostile page). */
export function snapshotHead(doc: Document): HeadSnapshot {
  try {
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    let jsonLd: string | null = null;
    for (const block of blocks) jsonLd = (jsonLd ?? '') + block.textContent;
    return {
      canonical: attribute(doc, 'link[rel~="canonical" i]', 'href'),
      ogUrl: attribute(doc, 'meta[property="og:url" i]', 'content'),
      ogTitle: attribute(doc, 'meta[property="og:title" i]', 'content'),
      jsonLd,
    };
  } catch {
    return { canonical: null, ogUrl: null, ogTitle: null, jsonLd: null };
  }
}

/**
 * Whether the head still describes the route before an in-page route change: any identity value
 * the head gives now is the very one it gave then. An app that maintains its head changes them
 * all; one that never does leaves them all as they were (issue #13, spa-stale-head).
 */
export function isHeadStale(before: HeadSnapshot, now: HeadSnapshot): boolean {
  const keys: (keyof HeadSnapshot)[] = ['canonical', 'ogUrl', 'ogTitle', 'jsonLd'];
  return keys.some((key) => now[key] !== null && now[key] === before[key]);
}
