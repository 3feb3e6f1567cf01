/**
 * Title decorations: what sites add around a headline in `<title>` (and sometimes in og:title):
 * the site's name after a separator, ASCII or full-width/CJK ("Story | Site", "新闻标题_网站",
 * "Story：Site"), and notes such as " (Published 2016)". A part is cut only when it is known to
 * be the site's name (declared, implied by the page, or the host name) or such a note, so a
 * colon or dash that belongs to the headline stays.
 */

// Longest first, so "::" is tried before ":" and " - " before "-".
const SEPARATORS = [
  '::',
  '|',
  '｜',
  '-',
  '－',
  '–',
  '—',
  '·',
  '•',
  ':',
  '：',
  '»',
  '«',
  '›',
  '‹',
  '/',
  '_',
  '~',
  '丨',
];
// Full-width and CJK separators are written without spaces around them.
const TIGHT = new Set(['｜', '－', '：', '_', '丨', '|']);

const NOTE =
  /\s*[([](?:published|updated|posted|archived|first published|originally published)(?:\s+(?:on|in))?\s+[^)\]]{0,40}\d{4}[)\]]$/i;

/** Lower-cased letters and digits only: "Harbor-Line News!" and "harbor line news" compare equal. */
export function looseKey(value: string): string {
  return value.toLowerCase().replace(/[\s.,:;|!?'"“”‘’«»()[\]{}\-–—_·•/\\&+*~@#%^=<>`]+/g, '');
}

/** True when `a` and `b` say the same thing up to case, spacing and punctuation. */
export const sameText = (a: string, b: string): boolean => {
  const ka = looseKey(a);
  return ka !== '' && ka === looseKey(b);
};

/** One way a title splits at a separator (see `splitsOf`). */
export interface Split {
  head: string;
  tail: string;
  /** True when `tail` was before the separator ("Site | Story"). */
  leading: boolean;
  /** True for "Site: Story" (a colon without a space before it), which headlines write too. */
  colon?: boolean;
}

/**
 * An ASCII hyphen without spaces beside CJK text: CJK titles write one as a separator
 * ("新闻标题-中国新闻网"); between Latin letters it is a hyphenated word ("Left-handed").
 */
export const CJK_HYPHEN =
  /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]-|-[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** Every way `title` splits at one separator into a longer and a shorter side, both non-empty. */
export function splitsOf(title: string): Split[] {
  const out: Split[] = [];
  for (const sep of SEPARATORS) {
    const spaced = ` ${sep} `;
    const tight = TIGHT.has(sep) || (sep === '-' && CJK_HYPHEN.test(title));
    for (const needle of tight ? [spaced, sep] : [spaced]) {
      const last = title.lastIndexOf(needle);
      if (last > 0) {
        const head = title.slice(0, last).trim();
        const tail = title.slice(last + needle.length).trim();
        if (head !== '' && tail !== '') out.push({ head, tail, leading: false });
      }
      const first = title.indexOf(needle);
      if (first > 0) {
        const tail = title.slice(0, first).trim();
        const head = title.slice(first + needle.length).trim();
        if (head !== '' && tail !== '') out.push({ head, tail, leading: true });
      }
    }
  }
  // Blogger titles posts "Blog Name: Story": a colon after the first part sets apart a site's name
  // (a headline's own colon is never cut, since only a known site name is).
  const colon = title.indexOf(': ');
  if (colon > 0 && title.charAt(colon - 1) !== ' ') {
    const tail = title.slice(0, colon).trim();
    const head = title.slice(colon + 2).trim();
    if (head !== '' && tail !== '') out.push({ head, tail, leading: true, colon: true });
  }
  return out;
}

/** The host's names a site may append: "example.com", "example" (for www.example.com). */
export function hostNames(pageUrl: string): string[] {
  try {
    const host = new URL(pageUrl).hostname.replace(/^www\d?\./, '');
    const labels = host.split('.');
    const main = labels.length >= 2 ? labels[labels.length - 2] : undefined;
    return main === undefined || main.length < 3 ? [host] : [host, main];
  } catch {
    return [];
  }
}

/**
 * The title without a trailing publication note and without the part that is one of `siteNames`
 * (or the page's host name), when a separator sets it apart. Never returns an empty string.
 */
export function stripDecorations(
  title: string,
  siteNames: readonly (string | undefined)[],
  pageUrl: string,
): string {
  const closes = title.endsWith(')') || title.endsWith(']');
  let out = (closes ? title.replace(NOTE, '').trim() : title) || title;
  const names = siteNameKeys([...siteNames, ...hostNames(pageUrl)]);
  const given = siteNameKeys(siteNames);
  // A home page titled with the site's whole name and slogan keeps it.
  if (names.size === 0 || siteNames.some((n) => n !== undefined && sameText(n, out))) return out;
  const isSite = (part: string): boolean => {
    if (names.has(siteKey(part))) return true;
    // "Harbor News – Your source for harbour news": the site's name, then its slogan.
    return splitsOf(part).some((s) => s.leading && names.has(siteKey(s.tail)));
  };
  // "記事のタイトル【サンプル新聞】", "Story [Harbor News]": the site's name in brackets.
  const bracketed = BRACKETED.exec(out);
  if (bracketed?.[1] !== undefined && bracketed[2] !== undefined && isSite(bracketed[2])) {
    out = bracketed[1].trim() || out;
  }
  // Repeat: "Story - Section | Site" loses " | Site" first; the section stays (not a site name).
  for (let round = 0; round < 2; round++) {
    // "Site: Story" only for a name the page gives, not the host's ("Apple: new iPhone").
    const cut = splitsOf(out).find(
      (s) => isSite(s.tail) && (s.colon !== true || given.has(siteKey(s.tail))),
    );
    if (cut === undefined) break;
    out = cut.head;
  }
  // "Story | Site | Slogan": the site's name, then its slogan after the same separator.
  return out === title ? (afterFirstSeparator(out, isSite) ?? out) : out;
}

// Which page of a paged article the title names: Kompas's "Story Halaman all - Site", Tribun's
// "Story - Halaman 2 - Site", "Story - Page 2 of 3 | Site", "Story, Seite 2".
const PAGE_NOTE =
  /\s*[-|–—,]?\s+(?:halaman|page|seite|página|pagina|strona|sayfa|страница)\s+(?:\d{1,3}|all|semua)(?:\s+(?:of|dari|von|de|z|из)\s+\d{1,3})?(?=\s+[-|–—·»:]\s|$)/i;

/** `title` without a note of which page of a paged article it shows ("Story Halaman 2 - Site"). */
export function withoutPageNote(title: string | undefined): string | undefined {
  return title === undefined ? undefined : title.replace(PAGE_NOTE, '') || title;
}

// The part before the first spaced separator when all that follows it starts with the site's
// name ("Story | Harbor News | Local news since 1901").
function afterFirstSeparator(title: string, isSite: (part: string) => boolean): string | undefined {
  for (const sep of SEPARATORS) {
    const at = title.indexOf(` ${sep} `);
    if (at > 0 && isSite(title.slice(at + sep.length + 2).trim())) return title.slice(0, at).trim();
  }
  return undefined;
}

const BRACKETED = /^(.+?)\s*[【[（(]([^】\]）)]{2,60})[】\]）)]$/;

// "The Harbor Review" and "Harbor Review" name the same site.
const siteKey = (name: string): string => looseKey(name.replace(/^the\s+/i, ''));

/**
 * Comparison keys of `siteNames`: each name, and the name before its own slogan
 * ("Harbor News - Independent since 1901" also gives "Harbor News").
 */
function siteNameKeys(siteNames: readonly (string | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const name of siteNames) {
    if (name === undefined || name === '') continue;
    keys.add(siteKey(name));
    for (const s of splitsOf(name)) if (s.leading) keys.add(siteKey(s.tail));
  }
  keys.delete('');
  return keys;
}
