/**
 * The words on the Adaptive Card, in the user's language: the card published to Graph is read by
 * people, so it speaks the language of the extension's UI (the worker passes its catalog's labels).
 */
import english from '../../public/_locales/en/messages.json';
import { catalogGetMessage, createTranslator, type Translate } from '../i18n/catalog';

/** The card's own words (not the page's), in the user's language. */
export interface CardLabels {
  /** The page's own reading-time estimate, e.g. "5-min article". */
  estimate(minutes: number): string;
  /** After the first three authors: "et al.". */
  etAl: string;
  /** The card's action that opens the page. */
  open: string;
}

/** Labels from a translator and the BCP 47 tag of its catalog (for the numbers). */
export function cardLabels(translate: Translate, locale: string): CardLabels {
  const number = new Intl.NumberFormat(locale);
  return {
    estimate: (value) => translate('card_estimate', number.format(value)),
    etAl: translate('card_et_al'),
    open: translate('card_open'),
  };
}

/** English, from the shipped English catalog: for builds and tools that run outside a browser. */
export const ENGLISH_CARD_LABELS: CardLabels = cardLabels(
  createTranslator(catalogGetMessage(english)),
  'en',
);
