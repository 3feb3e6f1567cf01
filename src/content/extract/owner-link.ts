/**
 * Authors named by a link to their own space on platforms of user spaces (note.com, Qiita, CSDN's
 * blogs): the page lives under `/<user>/…` and, beside its headline, a link to `/<user>` holds the
 * user's name (`<a href="/yamada_taro"><img …>山田太郎</a>`), with no byline markup.
 *
 * A section is linked the same way (a story at `/news/2021/…` with "News" beside its headline),
 * so the link's text must not spell its path ("News", "World news" for `/world`, "Sports" for
 * `/sport`), unless the link holds the user's portrait, writes a handle ("@yamada_taro") or the
 * space is addressed as one (`/@annlee/…`). Without those, the link must show a person in any
 * script: a user/name class, or the name in the document's title; a name in Latin letters must
 * also be a full name (two words or more, capitalised). Links in navigation, breadcrumbs and
 * category, section, kicker, tag or label elements are skipped. Read last, only when nothing else named anyone.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import type { PageAuthor } from '../../activity/page-metadata';
import { cleanAuthorName } from './authors';
import { layoutText } from './layout-text';
import { classSubstrings } from './selectors';
import { readsAsName } from './text';
import { looseKey } from './title';

const SKIPPED = classSubstrings('nav, [class*="breadcrumb" i]');
// "@yamada_taro(山田 太郎)": Qiita writes the handle, then the display name in brackets.
const HANDLE_AND_NAME = /^@?[\w.-]+\s*[(（](.+?)[)）]$/;
const LATIN = /[A-Za-z]/;
const PERSON_MARK = /user|author|name|nick|owner|creator|profile/i;
// For a full name that spells the path, a class naming a person, not any name: a
// newsletter's or blog's `newsletter-name` link spells its space's path too (Buttondown).
const PERSON_NAME_MARK = /user|author|nick|owner|creator|profile|display-?name|full-?name/i;
// The page's own header (a publication's name and logo), not an article's.
const inPageHeader = (a: Element): boolean =>
  a.closest('header')?.closest('article, main') === null;
// A kicker or label above the headline links its section, whatever it says.
const SECTION_MARK = classSubstrings(
  '[class*="categor" i], [class*="section" i], [class*="kicker" i], [class*="tag" i], [class*="label" i], [class*="channel" i], [class*="rubric" i]',
);
// Ancestors of the headline searched for the link, while their text stays a header's.
const LEVELS = 3;
const MAX_HEADER_CHARS = 1000;

function ownerName(a: Element, user: string, atSpace: boolean): string | undefined {
  const text = layoutText(a, 120)
    .replace(/[\n\uE000]+/g, ' ')
    .trim();
  if (text === '') return undefined;
  // A space named `/@user` is a user's by its very address (Medium, Mastodon, Hashnode).
  const handle = atSpace || text.startsWith('@');
  const name = HANDLE_AND_NAME.exec(text)?.[1] ?? text.replace(/^@/, '');
  const portrait = a.querySelector('img') !== null;
  if (inSectionMark(a)) return undefined;
  if (!portrait && !handle) {
    // In any script, a sign of a person (review F-kinds-2: "政治" at /politics is a section): a
    // user/name class on the link or its parent (CSDN's `follow-nickName`), or the name in the
    // document's title (note's "Story｜山田太郎", CSDN's "…_山田太郎的博客").
    const marks = `${a.getAttribute('class') ?? ''} ${a.parentElement?.getAttribute('class') ?? ''}`;
    const person = PERSON_MARK.test(marks);
    if (!person && !(a.ownerDocument.title.includes(name) && name.length > 1)) return undefined;
    // "annlee" at /annlee: a user shown by the handle, which a user/name class vouches for (a
    // section's link, "news" at /news, carries none).
    if (person && name === user) return name;
    // "News" at /news, "World news" at /world: the link names its section; unless a user/name
    // class vouches for a full name that spells the handle ("Ann Lee" at /annlee).
    const [key, path] = [looseKey(name), looseKey(user)];
    const fullName =
      PERSON_NAME_MARK.test(marks) &&
      name.split(' ').length >= 2 &&
      readsAsName(name) &&
      !inPageHeader(a);
    if (LATIN.test(name) && !fullName && (key.includes(path) || path.includes(key)))
      return undefined;
    if (LATIN.test(name) && (name.split(' ').length < 2 || !readsAsName(name))) return undefined;
  }
  return cleanAuthorName(name);
}

// A category or section mark on the link or its nearest two containers, not on the article
// (WordPress classes every post's `<article>` "category-news").
function inSectionMark(a: Element): boolean {
  for (let at: Element | null = a, depth = 0; at !== null && depth < 3; depth++) {
    if (at.matches('article, main, body')) return false;
    if (at.matches(SECTION_MARK)) return true;
    at = at.parentElement;
  }
  return false;
}

/** The owner of the user space the page lives in, named by a link beside `headline`; [] if none. */
export function ownerLinkAuthors(headline: Element | null, base: string): PageAuthor[] {
  let page: URL;
  try {
    page = new URL(base);
  } catch {
    return [];
  }
  // The user's segment, with at least two more below it (`/yamada_taro/n/n1a2b3`).
  const user = /^\/@?([^/]+)\/[^/]+\/[^/]/.exec(page.pathname)?.[1];
  let box = headline?.parentElement ?? null;
  for (let level = 0; user !== undefined && box !== null && level < LEVELS; level++) {
    if (box.textContent.length > MAX_HEADER_CHARS) return [];
    const links = box.querySelectorAll('a[href]');
    for (let i = 0; i < links.length && i < 12; i++) {
      const a = links[i];
      const href = a?.getAttribute('href') ?? '';
      const url = canonicalizeUrl(href, base);
      if (a === undefined || url === null || a.closest(SKIPPED) !== null) continue;
      const target = new URL(url);
      const path = target.pathname.replace(/\/+$/, '');
      if (target.host !== page.host || (path !== `/${user}` && path !== `/@${user}`)) continue;
      const name = ownerName(a, user, page.pathname.startsWith('/@'));
      if (name !== undefined) return [{ name, url, kind: 'Person' }];
    }
    if (box.matches('article, main, body')) return [];
    box = box.parentElement;
  }
  return [];
}
