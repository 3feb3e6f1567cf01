/**
 * The extension's text in the user's language, for every extension page and the worker.
 *
 * It reads `chrome.i18n` at call time: `i18n.getMessage` is synchronous and identical in Chrome,
 * Edge and Firefox (where `chrome` aliases `browser`), and reading the global keeps renderers free
 * of the polyfill, so unit tests stub the global with a real catalog (see ./testing.ts).
 */
import english from '../../public/_locales/en/messages.json';
import { catalogGetMessage, createTranslator, type MessageKey, type Translate } from './catalog';

export type { MessageKey, Translate } from './catalog';

const bundledEnglish = catalogGetMessage(english);

/**
 * `t('popup_read_for', '13 min')` → "Read for 13 min" (or its German). Every key exists in the
 * English catalog (the type says so), so an empty answer means the browser has no catalog for the
 * extension: Chromium (156, unpacked, fresh profile) sometimes answers '' for every key, in pages
 * and the worker alike, for a whole session. The bundled English catalog then keeps text on screen.
 */
export const t: Translate = createTranslator(
  (key, substitutions) =>
    chrome.i18n.getMessage(key, substitutions) || bundledEnglish(key, substitutions),
);

/**
 * The BCP 47 tag of the catalog actually shown (not the browser's UI language: a French browser
 * gets the English catalog, and its dates and numbers should then be English too). Use it for every
 * `Intl` formatter so numbers and words agree.
 */
export function messageLocale(): string {
  return t('locale_tag') || 'en';
}

/** Attributes that `data-i18n-<attribute>="key"` may set. */
const ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'] as const;

/**
 * Localises static markup: `data-i18n="key"` sets the element's text (never markup), and
 * `data-i18n-placeholder`, `-title`, `-aria-label`, `-alt` set those attributes. The markup keeps
 * its English text as a fallback, used when a key is unknown. Also sets `lang` and `dir` on
 * `<html>`. Safe to call again on content added later.
 */
export function localizeDocument(root: ParentNode = document, translate: Translate = t): void {
  const lookup = translate as (key: string) => string;
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = lookup(element.dataset.i18n ?? '');
    if (text) element.textContent = text;
  }
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      const text = lookup(element.getAttribute(`data-i18n-${attribute}`) ?? '');
      if (text) element.setAttribute(attribute, text);
    }
  }
  const html = (root instanceof Document ? root : root.ownerDocument)?.documentElement;
  if (html) {
    html.lang = lookup('locale_tag') || html.lang;
    html.dir = lookup('@@bidi_dir') || 'ltr';
  }
}

/** Keys that come in a pair `<base>_one` / `<base>_other` (the CLDR plural categories we ship). */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? Base : never;
}[MessageKey];

/**
 * `tCount('popup_results', 3)` → "3 pages found.": picks `_one` or `_other` by the catalog
 * language's plural rules (Intl.PluralRules) and passes the count, formatted, as `$1`.
 */
export function tCount(base: CountedKey, count: number, translate: Translate = t): string {
  const locale = (translate as (key: string) => string)('locale_tag') || 'en';
  const category = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  const lookup = translate as (key: string, substitutions: string) => string;
  return lookup(`${base}_${category}`, new Intl.NumberFormat(locale).format(count));
}
