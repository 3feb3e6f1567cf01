/**
 * Last-resort DOM heuristics for who wrote the page and when, used only when no structured data
 * or meta tag said so: rel=author links, itemprop=author outside an item, then elements whose
 * class or id says byline/author. Comment sections and navigation are skipped.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import type { PageAuthor } from '../../activity/page-metadata';
import { authorsFromText, cleanAuthorName, dedupeAuthors } from './authors';
import { findDateInText, normalizeDate } from './dates';

const EXCLUDED =
  'nav, footer, aside, [class*="comment" i], [id*="comment" i], [class*="related" i]';
// Not "dateline": a dateline names a place ("CAIRO —"), not a person.
const BYLINE =
  '[class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="writtenby" i], .p-author';
const BREAK =
  /\s*(?:\||•|·|—|\b(?:last )?updated\b|\bpublished\b|\bposted\b|\bon\s+\w+\s+\d|\d{1,2}[:/.]\d{2})/i;
const BARE_PREFIX = /^\s*(?:by|par|von|por|di|door|av)\s*:?\s*$/i;

const usable = (el: Element): boolean => el.closest(EXCLUDED) === null;

function linkAuthors(els: readonly Element[], base: string): PageAuthor[] {
  const out: PageAuthor[] = [];
  for (const el of els) {
    const name = cleanAuthorName(el.textContent);
    if (name === undefined) continue;
    const url = canonicalizeUrl(el.getAttribute('href') ?? '', base) ?? undefined;
    out.push(url === undefined ? { name, kind: 'Person' } : { name, url, kind: 'Person' });
  }
  return dedupeAuthors(out);
}

// The first line of a byline block, cut before dates and "Updated …" trailers.
function bylineText(el: Element): string {
  const lines = el.textContent
    .slice(0, 400)
    .split('\n')
    .filter((l) => /\p{L}/u.test(l));
  // "By" alone on its line belongs to the name on the next one.
  const first = lines[0] ?? '';
  const line = BARE_PREFIX.test(first) ? `${first.trim()} ${lines[1] ?? ''}` : first;
  const cut = BREAK.exec(line);
  return (cut ? line.slice(0, cut.index) : line).trim();
}

function fromBylineElement(el: Element, base: string): PageAuthor[] {
  const links = [...el.querySelectorAll('a[href]')].slice(0, 5);
  const linked = linkAuthors(
    links.filter((a) => !/twitter|facebook|mailto/i.test(a.getAttribute('href') ?? '')),
    base,
  );
  if (linked.length > 0) return linked;
  const text = bylineText(el);
  return text.length > 100 ? [] : authorsFromText(text);
}

/** Authors found in the DOM, scoped to `root` first and then the whole document. */
export function findBylineAuthors(
  doc: Document,
  root: Element | undefined,
  base: string,
): PageAuthor[] {
  const scopes: (Element | Document)[] = root === undefined ? [doc] : [root, doc];
  for (const scope of scopes) {
    const rel = [...scope.querySelectorAll('a[rel~="author" i]')].filter(usable).slice(0, 5);
    const fromRel = linkAuthors(rel, base);
    if (fromRel.length > 0) return fromRel;
    const itemprop = scope.querySelector('[itemprop~="author"]:not([itemscope])');
    if (itemprop !== null && usable(itemprop)) {
      const found = authorsFromText(bylineText(itemprop));
      if (found.length > 0) return found;
    }
    const candidates = scope.querySelectorAll(BYLINE);
    for (let i = 0; i < candidates.length && i < 15; i++) {
      const el = candidates[i];
      if (el === undefined || !usable(el) || el.matches('body, html, article, main')) continue;
      if (el.textContent.length > 300) continue;
      const found = fromBylineElement(el, base);
      if (found.length > 0) return found;
    }
  }
  return [];
}

/** A publication date from <time>/itemprop markup or a dated byline, when nothing else had one. */
export function findDomDate(doc: Document, root: Element | undefined): string | undefined {
  const scope = root ?? doc;
  const marked = scope.querySelector('[itemprop~="datePublished"], time[pubdate], time[datetime]');
  const value =
    marked?.getAttribute('content') ?? marked?.getAttribute('datetime') ?? marked?.textContent;
  const date = normalizeDate(value ?? undefined) ?? findDateInText(value ?? '');
  if (date !== undefined) return date;
  const byline = scope.querySelector(
    '[class*="byline" i], [class*="dateline" i], [class*="date" i]',
  );
  return byline === null ? undefined : findDateInText(byline.textContent);
}
