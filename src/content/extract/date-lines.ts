/**
 * Date lines beside a headline, as people write them: a line that is only a date ("March 15,
 * 2021"), a labelled one ("Published: 15 Mar, 2021", "2021/03/15に公開") and a details line whose
 * one inline part is a date ("2021-03-15 · Guides · Fuwari"). Helpers of findDomDate.
 */
import { findDateInText } from './dates';
import { INLINE_BREAK, layoutText } from './layout-text';
import { MONTHS, WEEKDAYS } from './month-names';

/**
 * Docs sites (Docusaurus, MkDocs, Sphinx, Read the Docs, Hugo) show only when a page last
 * changed: "Last updated on <time>", "Last modified", "Zuletzt aktualisiert". That is
 * dateModified, never the publication date, so such a date is not read as published.
 */
export const UPDATE_LABEL =
  /\b(?:last\s+(?:updated|update|modified|edited|changed|revised|reviewed)|page\s+(?:last\s+)?(?:updated|modified|edited)|modified|zuletzt\s+(?:aktualisiert|geändert|bearbeitet)|letzte\s+änderung|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour|última\s+(?:actualización|atualização|modificación)|atualizado|actualizado|ultimo\s+aggiornamento|laatst\s+bijgewerkt|обновлено)\b|最終更新|更新日|最后更新|最終更新日|마지막\s*수정/i;
/**
 * A date line alone ("March 15, 2021", "15 mars 2021 à 09h30") is short: at most this many
 * characters.
 */
export const DATE_LINE_CHARS = 40;

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

/**
 * True when `text` is a date and nothing else: no words but month and weekday names, the small
 * words of a date and time, and zones. "Available March 15, 2031" and "Doors 8 pm, June 5" are
 * not a publication date.
 */
export function onlyADate(text: string): boolean {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (!MONTHS.has(word) && !DATE_WORDS.has(word) && !WEEKDAYS.has(word)) {
      if (!CJK_DATE_MARKS.test(word)) return false;
    }
  }
  return true;
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
/**
 * The date a details line labels as its publication ("Published: 15 Mar, 2021", "发表于 …", "…に公開"),
 * as findDateInText returns it (`monthFirst` settles 03/04/2021), or undefined for prose and lines
 * without such a label.
 */
export function labelledDate(block: Element, monthFirst: boolean | undefined): string | undefined {
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
 * The date of a details line beside the headline whose one inline part is a date alone, beside
 * parts that are no date (Fuwari's `<div><span>2021-03-15</span></div><a>Guides</a> / <a>Blog</a>`:
 * an icon and the date, then the category and tags, each in its own element). Not a line that
 * labels a change anywhere ("Updated", "Last modified"), not prose, not a date after `latest`.
 */
export function datePart(
  block: Element,
  monthFirst: boolean | undefined,
  latest: string | undefined,
): string | undefined {
  const text = layoutText(block, 200);
  if (SENTENCE_END.test(text) || UPDATE_LABEL.test(text) || UPDATED_PART.test(text)) {
    return undefined;
  }
  for (const raw of text.split(PARTS)) {
    const part = raw.trim();
    if (part.length > DATE_LINE_CHARS || !/\d/.test(part) || !onlyADate(part)) continue;
    const date = findDateInText(part, monthFirst);
    if (date !== undefined)
      return latest !== undefined && date.slice(0, 10) > latest ? undefined : date;
  }
  return undefined;
}

const PARTS = /[\n\uE000·•|]/;
// "Updated" alone in its own element before the date it labels.
const UPDATED_PART = /(?:^|[\n\uE000])\s*(?:updated|modified|edited|更新)\b/i;
