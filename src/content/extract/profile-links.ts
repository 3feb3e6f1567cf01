/**
 * Links that credit a page's author by where they point: author-archive and staff pages,
 * `/@handle` profiles, and forum and Q&A members' profiles (see byline.ts, which reads them).
 */
import { roughlySameSite } from '../../activity/canonical-url';

// WordPress, Drupal, Ghost and most CMSs link a byline to the author's archive page, under a
// path naming the author in the site's language or its staff.
const QUERY_PROFILES = ['user?id=', 'member.php?u=', 'mode=viewprofile', '?mod=space'];

/** Selector for links to an author's archive, staff or profile page. */
export const ARCHIVE_LINK = [
  'author',
  'authors',
  'autor',
  'autores',
  'autoren',
  'auteur',
  'auteurs',
  'autore',
  'autori',
  'contributor',
  'contributors',
  'writer',
  'writers',
  'columnist',
  'columnists',
  'journalist',
  'journalists',
  'reporter',
  'reporters',
  // Staff pages: /people/ (Arc XP), /by/ (NYT), /staff/, /signataires/ (Le Monde). Not
  // /profile/: sites link their readers' settings there.
  'people',
  'by',
  'staff',
  'signataires',
  // Forum and Q&A members: /user/ (Reddit, Drupal), /users/ (Stack Exchange), /members/ (XenForo).
  'user',
  'users',
  'members',
]
  .map((word) => `a[href*="/${word}/"]`)
  // Medium, Substack and Mastodon profiles: "/@handle".
  .concat('a[href*="/@"]')
  // Members addressed by a query: Hacker News's "user?id=annlee", vBulletin's "member.php?u=12",
  // phpBB's "memberlist.php?mode=viewprofile&u=12", Discuz's "home.php?mod=space&uid=12"
  // (no "&" in the selector: jsdom's engine drops a selector list holding one).
  .concat(QUERY_PROFILES.map((query) => `a[href*="${query}"]`))
  .join(', ');

/** A link in running prose ("…wrote Jennifer Light, the department head…") is a mention, not a byline. */
export const inProse = (el: Element): boolean =>
  (el.closest('p, li, blockquote')?.textContent.length ?? 0) > 150;

/** A forum or Q&A member's profile path: a thread links every poster's. */
export const MEMBER_PATH =
  /\/(?:users?|members)\/|[/?&](?:user\?id|member\.php\?u|mode=viewprofile|mod=space)/;
// Staff-page and profile links name a person only when the page links its own site's staff, outside any
// sentence or caption: "Follow <a href=/@harbornews>", "as <a href=/by/topic/…> said", "Photo:
// <a href=/people/…>" mention someone, they do not credit the article.
const PROFILE_PATH = /\/(?:people|by|staff|users?|members)\/|\/@/;
// Stack Exchange signs a post twice: "edited Mar 16 <a href=/users/2/bob>Bob</a>", then "asked
// … <a href=/users/1/ann>Ann</a>". The editor did not write it.
const EDITED = /^\s*(?:edited|bearbeitet|modifié|editado)\b/i;
/** True unless `a` is a staff or profile link that mentions someone rather than credits the page. */
export function creditsArticle(a: Element, base: string): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!PROFILE_PATH.test(href)) return true;
  if (a.closest('p, li, blockquote, figcaption') !== null) return false;
  const signature = a.parentElement?.parentElement;
  if (signature != null && signature.textContent.length < 300 && EDITED.test(signature.textContent))
    return false;
  // Same site, not same host: Substack links "substack.com/@ann" from "ann.substack.com".
  try {
    return roughlySameSite(new URL(href, base).href, base);
  } catch {
    return false;
  }
}
