/**
 * Last-resort DOM heuristics for when the page was published, used only when no structured data
 * or meta tag said so: date markup, then dated text in bylines and `<time>`, then the URL.
 */
import { usable } from './byline-element';
import { findDateInText, normalizeDate } from './dates';
import { besideHeadline } from './headline-byline';
import { dateInUrl } from './human-dates';
import { DATE_LINE_CHARS, datePart, labelledDate, onlyADate, UPDATE_LABEL } from './date-lines';
import { layoutText } from './layout-text';
import { scopeQueries } from './scoped-query';
import { classSubstrings } from './selectors';

// hAtom marks the date with `<abbr class="published" title="2016-05-24T10:30:00+01:00">`.
const DATE_MARKUP = classSubstrings(
  '[itemprop~="datePublished"], time[pubdate], time[datetime], [class*="publish" i][datetime], abbr[title][class*="published" i]',
);
// "date" covers "dateline"; "submitted" is Drupal's "Submitted by … on <date>" line; "time"
// covers the "pubtime", "post-time" classes of Chinese and Japanese news pages; "fecha" and
// "datum" and "data" are the Spanish, German/Dutch and Portuguese/Italian words; `data-testid` names Medium's date,
// `data-component` the Guardian's `<details data-component="dateline">`, which has no class, and
// `data-hook` Wix's `<span data-hook="time-ago" title="Mar 15, 2021">`, whose classes are hashes.
const DATED_TEXT = classSubstrings(
  'time, [class*="byline" i], [class*="date" i], [class*="posted" i], [class*="published" i], [class*="meta" i], [class*="submitted" i], [class*="time" i], [class*="fecha" i], [class*="datum" i], [class~="data"], [data-testid*="date" i], [data-component*="date" i], [data-hook*="date" i], [data-hook*="time" i]',
);

const MODIFIED_MARK = /updated|modified|last-?edit/i;
// A date line that opens by saying it is the last change ("Updated March 16, 2021").
const UPDATED_LINE =
  /^(?:last\s+)?(?:updated|modified|aktualisiert|actualizado|atualizado|aggiornato|mis à jour|更新)/i;

// True when `el` holds the page's last change: marked dateModified, or it or one of its two
// nearest ancestors carries an update class (not WordPress's "published updated" pair) or reads
// "Last updated" just before the date (Docusaurus's "Last updated on <b><time>"), or a preceding
// icon's title says so (MkDocs Material).
function isUpdateOnly(el: Element, text: string): boolean {
  const prop = el.getAttribute('itemprop') ?? '';
  if (/dateModified/.test(prop)) return true;
  // Marked as the publication: g1 prints `<time itemprop="datePublished">` inside its
  // `content-publication-data__updated` line, before "Atualizado há 2 anos".
  if (prop.includes('datePublished')) return false;
  const own = el.textContent;
  let label = `${text.slice(0, 80)} ${el.previousElementSibling?.getAttribute('title') ?? ''}`;
  for (let at: Element | null = el, depth = 0; at !== null && depth < 3; depth++) {
    const marks = at.getAttribute('class') ?? '';
    if (MODIFIED_MARK.test(marks) && !/publish/i.test(marks)) return true;
    const all = at.textContent;
    if (at !== el && all.length <= 300) {
      const i = all.indexOf(own);
      if (i > 0) label += ` ${all.slice(Math.max(0, i - 40), i)}`;
    }
    at = at.parentElement;
  }
  return UPDATE_LABEL.test(label) && !PUBLISHED.test(label);
}

// The part of `text` before its first update label ("" when the label opens it). Review 9 F-kinds-1.
function textBeforeUpdateLabel(text: string): string {
  const label = UPDATE_LABEL.exec(text);
  return label === null ? '' : text.slice(0, label.index);
}

// Forums and link aggregators show "3 hours ago" or "2d" and keep the date in a title attribute
// (Lobsters' `<span title="2021-03-15 09:30:00 -0500">`, Discourse's `span.relative-date`): the
// element's own or a descendant's title that is a date and nothing else.
function titledDate(el: Element, monthFirst: boolean | undefined): string | undefined {
  const titled = el.hasAttribute('title') ? [el] : Array.from(el.querySelectorAll('[title]'));
  for (let i = 0; i < titled.length && i < 4; i++) {
    const title = titled[i]?.getAttribute('title')?.trim() ?? '';
    if (title.length > DATE_LINE_CHARS || !/\d/.test(title)) continue;
    const date =
      normalizeDate(title) ?? (onlyADate(title) ? findDateInText(title, monthFirst) : undefined);
    if (date !== undefined) return date;
  }
  return undefined;
}

const PUBLISHED = /\b(?:published|posted|created|publié|veröffentlicht|publicado)\b/i;

// WordPress themes print `<time class="updated">` before `<time class="published">`: the first
// mark that is not an update, if any.
function publicationMark(marks: readonly Element[]): Element | undefined {
  for (let i = 0; i < marks.length && i < 4; i++) {
    const mark = marks[i];
    if (mark !== undefined && !isUpdateOnly(mark, mark.textContent)) return mark;
  }
  return marks.length === 1 ? loneEntryDate(marks[0]) : undefined;
}

// hAtom requires an entry's `updated`: themes that print one date class it so, beside a date class
// (tagDiv Newspaper's `<time class="entry-date updated td-module-date">`). The page's only date
// mark, classed that way, not marked dateModified and not labelled as a change, is the entry's date.
function loneEntryDate(mark: Element | undefined): Element | undefined {
  const marks = mark?.getAttribute('class') ?? '';
  const others = marks.replace(/\bupdated\b/g, ' ');
  if (mark === undefined || others === marks || !/date\b/i.test(others)) return undefined;
  if (/dateModified/.test(mark.getAttribute('itemprop') ?? '')) return undefined;
  const line = mark.parentElement?.textContent.slice(0, 200) ?? '';
  return UPDATE_LABEL.test(line) ? undefined : mark;
}

/**
 * A publication date from the page when no metadata gave one: date markup (`itemprop`,
 * `<time datetime>`), then the visible text of `<time>` elements and dated bylines, then the
 * date spelled in the URL's path. `monthFirst` settles "05/06/2016" (see human-dates.ts).
 * `latest` ("YYYY-MM-DD") is the last day a publication can have: a date line beside the
 * headline after it (an event's or a release's date) is not taken. `headline` stands for the h1
 * on a page without one (an entry-title heading, Fuwari's title `<div>`).
 */
export function findDomDate(
  doc: Document,
  root: Element | undefined,
  pageUrl = '',
  monthFirst?: boolean,
  latest?: string,
  headline?: Element | null,
): string | undefined {
  for (const query of scopeQueries(doc, root)) {
    const marked = publicationMark(query(DATE_MARKUP));
    if (marked !== undefined && usable(marked)) {
      const value =
        marked.getAttribute('content') ??
        marked.getAttribute('datetime') ??
        (marked.tagName === 'ABBR' ? marked.getAttribute('title') : null) ??
        marked.textContent;
      const date = normalizeDate(value) ?? findDateInText(marked.textContent, monthFirst);
      if (date !== undefined) return date;
    }
    const dated = query(DATED_TEXT);
    for (let i = 0; i < dated.length && i < 16; i++) {
      const el = dated[i];
      if (el === undefined || !usable(el) || el.textContent.length > 400) continue;
      const text = layoutText(el, 300).replace(/[\n\uE000]+/g, ' ');
      // A line that gives the publication date before its last change ("May 1, 2024 | Last
      // modified: May 2, 2024") keeps the first; a last change alone is skipped.
      const update = isUpdateOnly(el, text);
      const date = update
        ? findDateInText(textBeforeUpdateLabel(text), monthFirst)
        : (findDateInText(text, monthFirst) ?? titledDate(el, monthFirst));
      if (date !== undefined) return date;
    }
  }
  // A line beside the headline that is only a date (Gatsby's and many starters' `<h1>…</h1>
  // <p>March 15, 2021</p>`), before the URL: the page shows it. Not a future one: under an
  // event's or a product's h1 the line is the event's or the availability date.
  const h1 = root?.querySelector('h1') ?? doc.querySelector('h1') ?? headline ?? null;
  const beside =
    h1 === null
      ? undefined
      : besideHeadline(h1, (block) => {
          const text = block.textContent.trim();
          if (!usable(block)) return undefined;
          // A details line, labelled or with a part that is only the date (Fuwari).
          const inLine = (): string | undefined =>
            labelledDate(block, monthFirst) ?? datePart(block, monthFirst, latest);
          if (text.length > DATE_LINE_CHARS) return inLine();
          // Glued parts ("March 15, 20215 min read") are read part by part.
          const date = findDateInText(text, monthFirst);
          if (date === undefined) return inLine();
          if (UPDATED_LINE.test(text) || isUpdateOnly(block, text)) return undefined;
          // Only a line that is the date alone, and not one ahead of the reading (review F-kinds-2).
          if (latest !== undefined && date.slice(0, 10) > latest) return undefined;
          return onlyADate(text) ? date : inLine();
        });
  return beside ?? dateInUrl(pageUrl) ?? relativeTimeTitle(root ?? doc, monthFirst);
}

// "3 years ago", "vor 2 Stunden", "il y a 3 jours", "hace 2 días", "2 дня назад", "3日前".
const RELATIVE = /\b(?:ago|yesterday)\b|^vor\s|\bil y a\b|^hace\s|назад|前$/i;

// Link aggregators and forums show a post's age and keep its date in a title (Hacker News's
// `<span class="age" title="2021-03-15T09:30:00 1615800600"><a>3 years ago</a></span>`): the first
// element whose text is an age and whose title is a date. Read last, after the URL.
function relativeTimeTitle(scope: Element | Document, monthFirst?: boolean): string | undefined {
  const titled = scope.querySelectorAll('[title]');
  for (let i = 0; i < titled.length && i < 40; i++) {
    const el = titled[i];
    if (el === undefined || el.textContent.length > 30 || !usable(el)) continue;
    if (!RELATIVE.test(el.textContent.trim())) continue;
    const title = el.getAttribute('title') ?? '';
    // A Unix time after the ISO date, as Hacker News writes it, is left out.
    const date = titledDate(el, monthFirst) ?? normalizeDate(title.split(' ')[0] ?? '');
    if (date !== undefined) return date;
  }
  return undefined;
}
