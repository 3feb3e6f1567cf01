/**
 * Last-resort DOM heuristics for when the page was published, used only when no structured data
 * or meta tag said so: date markup, then dated text in bylines and `<time>`, then the URL.
 */
import { usable } from './byline';
import { findDateInText, normalizeDate } from './dates';
import { besideHeadline } from './headline-byline';
import { dateInUrl } from './human-dates';
import { INLINE_BREAK, layoutText } from './layout-text';
import { MONTHS, WEEKDAYS } from './month-names';
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

// Docs sites (Docusaurus, MkDocs, Sphinx, Read the Docs, Hugo) show only when a page last
// changed: "Last updated on <time>", "Last modified", "Zuletzt aktualisiert". That is
// dateModified, never the publication date, so such a date is not read as published.
const UPDATE_LABEL =
  /\b(?:last\s+(?:updated|update|modified|edited|changed|revised|reviewed)|page\s+(?:last\s+)?(?:updated|modified|edited)|modified|zuletzt\s+(?:aktualisiert|geändert|bearbeitet)|letzte\s+änderung|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour|última\s+(?:actualización|atualização|modificación)|atualizado|actualizado|ultimo\s+aggiornamento|laatst\s+bijgewerkt|обновлено)\b|最終更新|更新日|最后更新|最終更新日|마지막\s*수정/i;
const MODIFIED_MARK = /updated|modified|last-?edit/i;
// A date line alone ("March 15, 2021", "15 mars 2021 à 09h30") is short.
const DATE_LINE_CHARS = 40;
// A date line that opens by saying it is the last change ("Updated March 16, 2021").
const UPDATED_LINE =
  /^(?:last\s+)?(?:updated|modified|aktualisiert|actualizado|atualizado|aggiornato|mis à jour|更新)/i;
// Words a line that is only a date may hold besides the month: weekdays, "at", "um", "à", "de",
// ordinals, "am"/"pm", a zone, and the CJK date and time marks.
const DATE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so ' +
    'lunes martes miércoles jueves viernes sábado domingo ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ' +
    'segunda terça quarta quinta sexta feira ' +
    'at um à a de del of the le el h uhr kl klo st nd rd th er am pm utc gmt est edt cst cdt pst pdt cet cest bst ist jst kst'
  ).split(' '),
);
const CJK_DATE_MARKS = /^[年月日년월일時时分午前后後曜星期()（）]+$/;

// True when `text` is a date and nothing else: no words but month and weekday names, the small
// words of a date and time, and zones. "Available March 15, 2031" and "Doors 8 pm, June 5" are
// not a publication date.
function onlyADate(text: string): boolean {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (!MONTHS.has(word) && !DATE_WORDS.has(word) && !WEEKDAYS.has(word)) {
      if (!CJK_DATE_MARKS.test(word)) return false;
    }
  }
  return true;
}

// True when `el` holds the page's last change: marked dateModified, or it or one of its two
// nearest ancestors carries an update class (not WordPress's "published updated" pair) or reads
// "Last updated" just before the date (Docusaurus's "Last updated on <b><time>"), or a preceding
// icon's title says so (MkDocs Material).
function isUpdateOnly(el: Element, text: string): boolean {
  if (/dateModified/.test(el.getAttribute('itemprop') ?? '')) return true;
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

// A details line beside the headline that labels its date as the publication: "Published: 15 Mar,
// 2021" (AstroPaper's visually hidden label), Halo's "张三 发表于 2021-03-15 09:30 阅读 120",
// "Posted on", "Publié le", Japanese "2021/03/15に公開" and "投稿日". A details line, not prose
// that mentions a publication ("The report, published on 15 March 2019, warns…", review
// F-kinds-1): the label opens the line or one of its inline parts, the date follows it at once
// (precedes it, for に公開), and the line does not end a sentence.
const LABEL_BEFORE =
  /(?:^|[\n\uE000·•|—/]\s*)(?:(?:published|posted|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|opublikowano|yayınlan\p{L}*)(?:\s+(?:on|am|le|el|em|il|op))?\s*[:：]?|发表于|发布于|發表於|發佈於|公開日|投稿日)[\s\uE000]*(?=\d|\p{L}+\.?\s+\d)/iu;
const LABEL_AFTER = /\d\s*[日]?\s*(?:に公開|に投稿)/;
const SENTENCE_END = /[.!?。！？]["'”’)]?\s*$/;
function labelledDate(block: Element, monthFirst: boolean | undefined): string | undefined {
  const text = layoutText(block, 200);
  if (SENTENCE_END.test(text)) return undefined;
  const before = LABEL_BEFORE.exec(text);
  if (before !== null) {
    const at = before.index + before[0].length;
    const rest = text.slice(at, at + DATE_LINE_CHARS).replaceAll(INLINE_BREAK, ' ');
    const date = findDateInText(rest, monthFirst);
    if (date !== undefined) return date;
  }
  const after = LABEL_AFTER.exec(text);
  return after === null
    ? undefined
    : findDateInText(text.slice(Math.max(0, after.index - 24), after.index + 2), monthFirst);
}

/**
 * A publication date from the page when no metadata gave one: date markup (`itemprop`,
 * `<time datetime>`), then the visible text of `<time>` elements and dated bylines, then the
 * date spelled in the URL's path. `monthFirst` settles "05/06/2016" (see human-dates.ts).
 * `latest` ("YYYY-MM-DD") is the last day a publication can have: a date line beside the
 * headline after it (an event's or a release's date) is not taken.
 */
export function findDomDate(
  doc: Document,
  root: Element | undefined,
  pageUrl = '',
  monthFirst?: boolean,
  latest?: string,
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
  const headline = root?.querySelector('h1') ?? doc.querySelector('h1');
  const beside =
    headline === null
      ? undefined
      : besideHeadline(headline, (block) => {
          const text = block.textContent.trim();
          if (!usable(block)) return undefined;
          if (text.length > DATE_LINE_CHARS) return labelledDate(block, monthFirst);
          const date = findDateInText(text, monthFirst);
          if (date === undefined || UPDATED_LINE.test(text) || isUpdateOnly(block, text)) {
            return undefined;
          }
          // Only a line that is the date alone, and not one ahead of the reading (review F-kinds-2).
          if (latest !== undefined && date.slice(0, 10) > latest) return undefined;
          return onlyADate(text) ? date : labelledDate(block, monthFirst);
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
