/**
 * What a `<title>`'s parts say once set against the headline the page states elsewhere: the
 * site name it implies ("Story | Harbor News" with an h1 "Story") and a trailing section to drop
 * ("Story | Film"). Splitting and the site-name cut are in `title.ts`.
 */
import { CJK_HYPHEN, hostNames, looseKey, type Split, splitsOf } from './title';

/**
 * The site name a `<title>` implies: the part a separator sets apart from a headline the page
 * states elsewhere (h1, og:title, JSON-LD headline), or the part that spells the host's name.
 * "Story | Harbor News" with an h1 "Story", or at harbornews.com, implies "Harbor News".
 * Undefined when neither matches a side.
 */
export function impliedSiteName(
  docTitle: string | undefined,
  headlines: readonly (string | undefined)[],
  pageUrl = '',
): string | undefined {
  if (docTitle === undefined) return undefined;
  const typed = pageTypeOf(docTitle);
  if (typed?.[1] !== undefined && typed[1].length <= 60) return typed[1];
  const keys = headlines
    .filter((h): h is string => h !== undefined && h !== docTitle)
    .map(looseKey)
    .filter((k) => k !== '');
  // Without a headline elsewhere, a side that spells the host's name ("Harbor News" on
  // harbornews.com) is the site's.
  const hosts = hostNames(pageUrl).map(looseKey);
  // "Story - Category - Site" (Discourse, forums, docs): the headline, a section of up to four
  // words, then the site's name after a spaced separator, as withoutSection reads sections.
  const sectioned = (s: Split): boolean =>
    !s.leading &&
    SPACED_BEFORE.test(docTitle.slice(0, docTitle.length - s.tail.length)) &&
    splitsOf(s.head).some(
      (h) => h.leading && h.head.split(' ').length <= 4 && keys.includes(looseKey(h.tail)),
    );
  // Not "Opinion: Story" with an h1 "Story": a colon's first part is a label as often as a site.
  const split = splitsOf(docTitle).find(
    (s) =>
      s.colon !== true &&
      (keys.includes(looseKey(s.head)) || hosts.includes(looseKey(s.tail)) || sectioned(s)),
  );
  return split !== undefined && split.tail.length <= 60 && !SLUG.test(split.tail)
    ? split.tail.replace(APPOSITIVE_SLOGAN, '')
    : undefined;
}

// "Wikinews, the free news source", "Wikinoticias, la fuente libre de noticias": after the
// name, a comma and a phrase opening with a lower-case article describe the site; not its name
// ("Smith, Jones & Co" and "Harbor News, The Bay Paper" stay whole).
const APPOSITIVE_SLOGAN =
  /,\s+(?:the|a|an|your|le|la|les|el|los|las|der|die|das|il|lo|o|os|as)\s+\S.*$/;

// Forum software names the page's type between the site and the topic: phpBB 3.0's
// "Site • View topic - Story", in the languages its boards are set in. The label says what
// follows is the topic and what precedes it is the site, whatever the host is called.
const PAGE_TYPE_WORDS = [
  'view ',
  'thema',
  'sujet',
  'tema',
  'argomento',
  'onderwerp',
  'темы',
  'téma',
];
const PAGE_TYPE_MATCH =
  /^(?:(.{2,}?)\s*[•|»\-–—:]\s*)?(?:view (?:topic|thread)|thema anzeigen|voir le sujet|ver tema|visualizza argomento|bekijk onderwerp|просмотр темы|zobrazit téma|wyświetl temat)\s*[-–—:]\s+(.+)$/i;

// The label's words, tested with includes() before the pattern: PAGE_TYPE's many alternatives
// cost a cold run a compile, and nearly no title holds any of them. Every match holds one.
function pageTypeOf(title: string): RegExpExecArray | null {
  const lower = title.toLowerCase();
  return PAGE_TYPE_WORDS.some((w) => lower.includes(w)) ? PAGE_TYPE_MATCH.exec(title) : null;
}

/** `title` without a forum's "Site • View topic - " page-type label before the topic. */
export function withoutPageType(title: string): string {
  const topic = pageTypeOf(title)?.[2];
  return topic === undefined ? title : topic.trim() || title;
}

// A separator ends the text: with a space on each side (" - ", " | ", " :: "), full-width
// ("：", "｜") or a hyphen after CJK text ("新闻-"). Not "_": Chinese portals' "Story_Section_Site"
// titles are read by their declared names.
const SPACED_BEFORE = /\s\S{1,2}\s+$|[：｜丨－]$|[\u2e80-\u9fff\uac00-\ud7af]-$/;

// A document identifier or URL slug ("draft-dejong-remotestorage-04", "report-2016-q3"): three
// or more lower-case parts joined by hyphens or underscores, no spaces. A title part like that
// names the document, not the site.
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/;

// Separators that set a section apart ("Story | Film | Site"); not ":" which headlines use.
const SECTION_SEPARATORS = new Set(['|', '｜', '-', '–', '—', '·', '•', '»', '/', '_', '：', '丨']);
// Tight "_" too: Chinese portals write "Story_Section" (cut only when a headline confirms it).
const TIGHT_SECTION = new Set(['｜', '：', '丨', '-', '_']);
// A trailing part of at most 8 characters ending in a Chinese word for a site section.
const SECTION_WORD =
  /\s*[_｜|丨－-]\s*[^_｜|丨－\s-]{0,6}(?:频道|頻道|栏目|欄目|板块|版块|专栏|專欄)$/;

const HASHTAGS = /(?:\s+#[^\s#]+)+$/u;

/**
 * `title` without a trailing section name ("Story | Film", left after the site's name was cut
 * from "Story | Film | The Guardian") when the page states the headline alone elsewhere (h1,
 * og:title): what the headline is, the page says. The section is at most four words and is not
 * one of `names` (the authors: "Story | Ann Lee" is how the page credits her). Trailing hashtags
 * ("Story #Python #AWS") go the same way.
 */
export function withoutSection(
  title: string,
  headlines: readonly (string | undefined)[],
  names: readonly (string | undefined)[] = [],
): string {
  const named = new Set(names.filter((n): n is string => n !== undefined).map(looseKey));
  const keys = new Set(
    headlines.filter((h): h is string => h !== undefined && h !== title).map(looseKey),
  );
  keys.delete('');
  // "Story_教育频道" once the portal's name is cut: a part naming itself a channel or column
  // (频道, 栏目, 板块) is the section, with or without a headline stated elsewhere.
  const namedSection = SECTION_WORD.exec(title);
  if (namedSection !== null && namedSection.index > 0) return title.slice(0, namedSection.index);
  if (keys.size === 0) return title;
  // "Story #Python #AWS" (Qiita, Zenn-like tag lists once the site's name is cut): tags after a
  // headline the page states alone are its topics, not its title.
  const tags = HASHTAGS.exec(title);
  if (tags !== null && keys.has(looseKey(title.slice(0, tags.index)))) {
    return title.slice(0, tags.index);
  }
  for (const sep of SECTION_SEPARATORS) {
    const spaced = title.lastIndexOf(` ${sep} `);
    // Full-width separators and a hyphen beside CJK text are written without spaces.
    const tight = spaced > 0 || !TIGHT_SECTION.has(sep) ? -1 : title.lastIndexOf(sep);
    const at = spaced > 0 ? spaced : tight;
    if (at <= 0 || (at === tight && sep === '-' && !CJK_HYPHEN.test(title.slice(at - 1, at + 2))))
      continue;
    const width = spaced > 0 ? sep.length + 2 : sep.length;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + width).trim();
    if (tail.split(' ').length > 4 || named.has(looseKey(tail))) continue;
    if (keys.has(looseKey(head))) return head;
  }
  return title;
}
