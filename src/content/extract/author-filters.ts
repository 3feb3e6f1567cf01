/**
 * Rule 1 of the extract README for authors: a name that repeats another field is not an author.
 * Corporate names the page declares give way to a person's byline; a CMS that fills the author
 * field with the headline gives no author.
 */
import type { PageAuthor } from '../../activity/page-metadata';
import { readsAsName } from './text';
import { looseKey } from './title';

/**
 * Authors without the corporate names the page declares (publisher, copyright holder, site):
 * those are not bylines when a person's byline exists. `alternatives` are tried in order for
 * persons when `authors` holds none; the organisations are kept only when nobody else is named.
 */
export function personsFirst(
  authors: PageAuthor[],
  corporate: readonly (string | undefined)[],
  alternatives: readonly (() => PageAuthor[] | undefined)[],
): PageAuthor[] {
  const keys = new Set(corporate.filter((c) => c !== undefined).map(nameKey));
  authors = authors.map((a) => withoutOutlet(a, keys));
  // By name, not by kind: an Organization credited as the author that is not the publisher
  // ("Contributors to Wikimedia projects") is still who wrote the page. A host name credited
  // as the author ("harbornews.com") is the outlet.
  const isCorporate = (a: PageAuthor): boolean => keys.has(nameKey(a.name)) || HOST.test(a.name);
  if (!authors.some(isCorporate)) return authors;
  const persons = authors.filter((a) => !isCorporate(a));
  if (persons.length > 0) return persons;
  for (const alternative of alternatives) {
    const found = (alternative() ?? []).filter((a) => !isCorporate(a));
    if (found.length > 0) return found;
  }
  return authors;
}

// "Ann Lee - detikNews", "Ann Lee | Harbor Times", "Ann Lee, Harbor Times": a name, then the
// outlet it writes for.
const NAME_THEN_PART = /^(.+?)\s*(?:\s[-–—|/]|,)\s*([^,|/–—]+)$/;
/** `author` without a trailing outlet that is one of the page's corporate names (`keys`). */
function withoutOutlet(author: PageAuthor, keys: ReadonlySet<string>): PageAuthor {
  const m = keys.size === 0 ? null : NAME_THEN_PART.exec(author.name);
  if (m?.[1] === undefined || m[2] === undefined || !keys.has(nameKey(m[2]))) return author;
  return readsAsName(m[1]) ? { ...author, name: m[1] } : author;
}

// "harbornews.com", "www.harbor-news.co.uk": a host name, not a person.
const HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
// "The Harbor News" and "Harbor News" are the same outlet.
const nameKey = (name: string): string => looseKey(name.replace(/^the\s+/i, ''));

/**
 * `authors` without a name that repeats one of `titles` (a CMS filling the author field with the
 * headline); undefined when none is left.
 */
export function notTitles(
  authors: PageAuthor[] | undefined,
  titles: readonly (string | undefined)[],
): PageAuthor[] | undefined {
  if (authors === undefined) return undefined;
  // A page about a person may be titled with the name ("Ann Lee"): only a title that does not
  // read as a name (a lower-case word, more than four words) disqualifies an author.
  const keys = new Set(
    titles.filter((t): t is string => t !== undefined && !readsAsName(t)).map(looseKey),
  );
  const kept = authors.filter((a) => !keys.has(looseKey(a.name)));
  return kept.length > 0 ? kept : undefined;
}
