/**
 * Last-resort DOM heuristics for who wrote the page, used only when no structured data or meta
 * tag said so, in the markup CMSs use: rel=author links, `itemprop=author` (with or without its
 * own item), author-archive links, then elements whose class or id says byline/author. Comment
 * sections, navigation and asides are skipped; text is read by layout (layout-text.ts).
 */
import type { PageAuthor } from '../../activity/page-metadata';
import { authorsFromText, dedupeAuthors } from './authors';
import {
  fromAuthorProp,
  fromBylineElement,
  labelledRegion,
  linkAuthors,
  usable,
} from './byline-element';
import { layoutText } from './layout-text';
import { ARCHIVE_LINK, creditsArticle, inProse, MEMBER_PATH } from './profile-links';
import { type ScopeQuery, scopeQueries } from './scoped-query';
import { classSubstrings } from './selectors';
import { findDateInText } from './dates';
import {
  authorsInDetailsLine,
  bylineAtRootHead,
  bylineBeforeHeadline,
  bylineBesideHeadline,
} from './headline-byline';
import { ownerLinkAuthors } from './owner-link';
import { portraitAuthors } from './portrait-byline';
import { opensWithByline } from './text';

// Not "dateline": a dateline names a place ("CAIRO —"), not a person.
// Also the byline classes of other languages (autor, auteur, autore), CJK news sites (writer,
// reporter, journalist), Drupal's "submitted" line, Joomla's `dd.createdby` ("Written by:"), hCard (`vcard`), RDFa persons and Wix
// Blog's `data-hook="user-name"`.
const BYLINE = classSubstrings(
  '[class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="contributor" i], [class*="writtenby" i], [class*="autor" i], [class*="auteur" i], [class*="writer" i], [class*="reporter" i], [class*="journalist" i], [class*="submitted" i], [class*="posted-by" i], [class*="createdby" i], .p-author, .vcard, [typeof~="schema:Person"], [property~="schema:author"], address, [data-hook="user-name"], [data-hook*="author"]',
);
// Kompas's `read__credit`, newsrooms' `article-credit`, an entry's footer line (Typepad's
// `post-footers`: "Posted by Ann Lee at 09:30 AM in News"): read only when the line opens with a
// byline word (see findBylineAuthors).
const FOOTER_LINE = classSubstrings('[class*="post-footer" i], [class*="entry-footer" i]');
const CREDIT = `${classSubstrings('[class*="credit" i]')}, ${FOOTER_LINE}`;
const BYLINE_OR_CREDIT = `${BYLINE}, ${CREDIT}`;

/** Authors found in the DOM, in `scopeQueries`' order (root, then the rest); archive links root-only. */
export function findBylineAuthors(
  doc: Document,
  root: Element | undefined,
  base: string,
): PageAuthor[] {
  const scopes = scopeQueries(doc, root);
  for (let s = 0; s < scopes.length; s++) {
    const query = scopes[s] as ScopeQuery;
    const rel = query('a[rel~="author" i]').filter(usable).slice(0, 5);
    const fromRel = linkAuthors(rel, base);
    if (fromRel.length > 0) return fromRel;
    // Every author property in order (co-authors), outside comments and asides.
    const props = query('[itemprop~="author"]').filter(usable).slice(0, 5);
    const fromProps = dedupeAuthors(props.flatMap((el) => fromAuthorProp(el, base)));
    if (fromProps.length > 0) return fromProps;
    if (s === 0 && root !== undefined) {
      const archive = query(ARCHIVE_LINK)
        .filter((a) => usable(a) && !inProse(a) && creditsArticle(a, base))
        .slice(0, 5);
      const fromArchive = linkAuthors(archive, base);
      // A thread links every poster's profile: the first (the post's own signature) wrote it.
      const first = fromArchive[0];
      if (first !== undefined) return MEMBER_PATH.test(first.url ?? '') ? [first] : fromArchive;
    }
    const candidates = query(BYLINE_OR_CREDIT);
    for (let i = 0; i < candidates.length && i < 15; i++) {
      const el = candidates[i];
      if (el === undefined || !usable(el) || el.matches('body, html, article, main')) continue;
      if (el.textContent.length > 300) continue;
      // A credit line names the writer only when it says so ("Penulis", "By"): photo credits
      // ("Foto: AFP", "Photo by …") share the class.
      // The innermost credit line is the one that says so (Kompas: "Penulis …", then "Editor …").
      if (!el.matches(BYLINE)) {
        if (el.querySelector(CREDIT) !== null || !opensWithByline(layoutText(el, 60))) continue;
      }
      // BBC's `<section aria-labelledby="article-byline"><h2 id="article-byline">Article
      // information</h2>…`: the heading titles the byline region; the region holds the names.
      const region = labelledRegion(el);
      // A footer line is read as text first: its links after the name are the entry's
      // category and permalink (Typepad: "Posted by Ann Lee at 09:30 AM in <a>News</a>").
      const found =
        region !== null
          ? fromBylineElement(region, base, layoutText(el, 100))
          : fromBylineElement(el, base, undefined, !el.matches(BYLINE) && el.matches(FOOTER_LINE));
      if (found.length > 0) return found;
    }
    if (s === 0) {
      // Before the rest of the page: a "By Ann Lee" line beside the headline, without markup.
      const headline = (root ?? doc).querySelector('h1') ?? doc.querySelector('h1');
      const beside =
        headline === null
          ? []
          : bylineBesideHeadline(headline, (el) => (usable(el) ? fromBylineElement(el, base) : []));
      if (beside.length > 0) return beside;
      // A serial's header before the headline: "Story <span>by</span> <a>Ann Lee</a>".
      const before =
        headline === null
          ? []
          : bylineBeforeHeadline(headline, (el) => (usable(el) ? fromBylineElement(el, base) : []));
      if (before.length > 0) return before;
      // A headline outside the root (Drupal's Olivero): the root's own details block opens it.
      const atHead =
        root === undefined || headline === null || root.contains(headline)
          ? []
          : bylineAtRootHead(root, (el) => (usable(el) ? fromBylineElement(el, base) : []));
      if (atHead.length > 0) return atHead;
      const inDetails =
        headline === null
          ? []
          : authorsInDetailsLine(headline, authorsFromText, (t) => findDateInText(t) !== undefined);
      if (inDetails.length > 0) return inDetails;
    }
  }
  // Last: a portrait beside its name, then a link to the user space the page lives in.
  const portraits = portraitAuthors(doc, root, base);
  return portraits.length > 0
    ? portraits
    : ownerLinkAuthors((root ?? doc).querySelector('h1'), base);
}
