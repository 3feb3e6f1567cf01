/**
 * The site's name as a link home writes it: a part of `<title>` set apart by a separator
 * ("Story - Fuwari") that is the text of a link to the site's root (`<a href="/">Fuwari</a>`, a
 * blog's name in its sidebar or header). Asked only when nothing declares the site's name and
 * the page's headline does not imply it (Fuwari titles its post with a `<div>`, no h1).
 */
import { looseKey, splitsOf } from './title';

// The links a page's chrome opens with: the site's name is among them.
const MAX_LINKS = 60;
const MAX_NAME_CHARS = 60;

/** The root link's text `docTitle` ends (or opens) with, or undefined. */
export function rootLinkName(
  doc: Document,
  docTitle: string | undefined,
  pageUrl: string,
): string | undefined {
  if (docTitle === undefined) return undefined;
  // "Site: Story" is a headline's own colon as often: spaced separators only.
  const tails = new Set(splitsOf(docTitle).flatMap((s) => (s.colon ? [] : [looseKey(s.tail)])));
  tails.delete('');
  if (tails.size === 0) return undefined;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i];
    const href = a?.getAttribute('href');
    if (a === undefined || href == null) continue;
    const text = a.textContent.replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > MAX_NAME_CHARS || !tails.has(looseKey(text))) continue;
    try {
      const target = new URL(href, page);
      if (target.host === page.host && target.pathname === '/' && target.search === '') return text;
    } catch {
      // An unparsable href names nothing.
    }
  }
  return undefined;
}
