/**
 * Last-resort DOM heuristics for when the page was published, used only when no structured data
 * or meta tag said so: date markup, then dated text in bylines and `<time>`, then the URL.
 */
import { scopesOf, usable } from './byline';
import { findDateInText, normalizeDate } from './dates';
import { dateInUrl } from './human-dates';
import { layoutText } from './layout-text';
import { classSubstrings } from './selectors';

// hAtom marks the date with `<abbr class="published" title="2016-05-24T10:30:00+01:00">`.
const DATE_MARKUP = classSubstrings(
  '[itemprop~="datePublished"], time[pubdate], time[datetime], [class*="publish" i][datetime], abbr[title][class*="published" i]',
);
// "date" covers "dateline"; "submitted" is Drupal's "Submitted by … on <date>" line; "time"
// covers the "pubtime", "post-time" classes of Chinese and Japanese news pages; "fecha" and
// "datum" and "data" are the Spanish, German/Dutch and Portuguese/Italian words; `data-testid` names Medium's date.
const DATED_TEXT = classSubstrings(
  'time, [class*="byline" i], [class*="date" i], [class*="posted" i], [class*="published" i], [class*="meta" i], [class*="submitted" i], [class*="time" i], [class*="fecha" i], [class*="datum" i], [class~="data"], [data-testid*="date" i]',
);

// WordPress themes print `<time class="updated">` before `<time class="published">`: the first
// mark that is not an update, else the first.
function publicationMark(marks: NodeListOf<Element>): Element | undefined {
  for (let i = 0; i < marks.length && i < 4; i++) {
    const mark = marks[i];
    if (mark !== undefined && !/updated|modified/i.test(mark.getAttribute('class') ?? '')) {
      return mark;
    }
  }
  return marks[0];
}

/**
 * A publication date from the page when no metadata gave one: date markup (`itemprop`,
 * `<time datetime>`), then the visible text of `<time>` elements and dated bylines, then the
 * date spelled in the URL's path. `monthFirst` settles "05/06/2016" (see human-dates.ts).
 */
export function findDomDate(
  doc: Document,
  root: Element | undefined,
  pageUrl = '',
  monthFirst?: boolean,
): string | undefined {
  for (const scope of scopesOf(doc, root)) {
    const marked = publicationMark(scope.querySelectorAll(DATE_MARKUP));
    if (marked !== undefined && usable(marked)) {
      const value =
        marked.getAttribute('content') ??
        marked.getAttribute('datetime') ??
        (marked.tagName === 'ABBR' ? marked.getAttribute('title') : null) ??
        marked.textContent;
      const date = normalizeDate(value) ?? findDateInText(marked.textContent, monthFirst);
      if (date !== undefined) return date;
    }
    const dated = scope.querySelectorAll(DATED_TEXT);
    for (let i = 0; i < dated.length && i < 16; i++) {
      const el = dated[i];
      if (el === undefined || !usable(el) || el.textContent.length > 400) continue;
      const date = findDateInText(layoutText(el, 300).replace(/[\n\uE000]+/g, ' '), monthFirst);
      if (date !== undefined) return date;
    }
  }
  return dateInUrl(pageUrl);
}
