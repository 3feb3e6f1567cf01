/**
 * The Adaptive Card shown for a read page in Timeline (visualElements.content) and in the popup
 * (rendered with the `adaptivecards` library). Validated against the 1.5 schema.
 *
 * Every page-controlled string is a `TextRun` inside a `RichTextBlock`: hosts render `TextBlock`
 * text as Markdown, but the schema defines TextRun text as plain ("does not support Markdown"), so
 * a title such as `[verify](https://evil.example) **now**` shows as those characters in every
 * conforming host. Escaping Markdown instead would depend on each host's dialect (the Adaptive
 * Cards subset is not CommonMark, and a host that does not honour backslash escapes would show
 * the backslashes). RichTextBlock needs version 1.2; older hosts show `fallbackText`.
 * Spec: https://adaptivecards.io/explorer/TextRun.html, .../RichTextBlock.html
 */
import { canonicalizeUrl } from './canonical-url';
import { ENGLISH_CARD_LABELS, type CardLabels } from './card-labels';
import { resolveSwitches, type PrivacySwitches } from './display-text';
import type { PageMetadata } from './page-metadata';
import { cleanText } from './text';

/** 1.2: the first version with RichTextBlock/TextRun (card-level selectAction came in 1.1). */
export const CARD_VERSION = '1.2';
/** Longest title the card shows, in characters (cut with an ellipsis). */
export const CARD_TITLE_MAX = 200;
/** Longest description the card shows, in characters (cut with an ellipsis). */
export const CARD_DESCRIPTION_MAX = 300;

/** One styled run of literal text. */
export interface TextRun {
  type: 'TextRun';
  text: string;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  isSubtle?: boolean;
}

/** JSON shape of the elements this module emits. */
export type CardElement =
  | { type: 'RichTextBlock'; inlines: TextRun[]; spacing?: 'None' | 'Small' | 'Default' }
  | { type: 'Image'; url: string; altText: string; size: 'Stretch' };

/** Opens `url` when the card is clicked (https://adaptivecards.io/explorer/Action.OpenUrl.html). */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  url: string;
  title: string;
}

/**
 * The card Timeline shows for an activity (`visualElements.content`), Adaptive Cards schema
 * `version` (https://adaptivecards.io/explorer/AdaptiveCard.html); every text in it is literal.
 */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  /** Absent when the page has no http(s) canonical URL (never for sanitized metadata). */
  selectAction?: OpenUrlAction;
  fallbackText: string;
}

/** What buildAdaptiveCard may show, and in which language. */
export interface CardOptions {
  /** Privacy switches (all default on); a switched-off field appears nowhere in the card. */
  include?: PrivacySwitches;
  /** The card's words in the user's language (./card-labels.ts); English when absent. */
  labels?: CardLabels;
}

/**
 * Plain text for a TextRun. The library (and hosts built on it) still expand `{{DATE(…)}}` and
 * `{{TIME(…)}}` in TextRun text; a word joiner between the braces keeps a page's literal text
 * literal while looking the same.
 */
export function cardText(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return cleanText(value, max)?.replace(/\{\{(?=\s*(?:DATE|TIME)\s*\()/gi, '{\u2060{');
}

/**
 * Markdown-escaped text for `fallbackText`, which the schema says "may contain markdown": every
 * ASCII punctuation character that CommonMark lets a backslash escape is escaped. Used only where
 * no TextRun is possible.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~=:"'&$%^@/,;?]/g, '\\$&');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function block(run: TextRun, spacing?: 'None' | 'Small'): CardElement {
  return spacing === undefined
    ? { type: 'RichTextBlock', inlines: [run] }
    : { type: 'RichTextBlock', inlines: [run], spacing };
}

function siteLine(
  meta: PageMetadata,
  withAuthors: boolean,
  labels: CardLabels,
): string | undefined {
  const site = meta.siteName ?? hostOf(meta.url);
  const authors = withAuthors ? meta.authors.slice(0, 3).map((a) => a.name) : [];
  const more = withAuthors && meta.authors.length > 3 ? ` ${labels.etAl}` : '';
  return cardText([site, authors.join(', ') + more].filter((p) => p !== '').join(' · '), 200);
}

/**
 * Title, site and authors, the page's estimated reading time, lead image and description;
 * tapping opens the page's own canonical http(s) URL and nothing else. The card carries nothing
 * about the reader (no time read), so the popup's preview is exactly what is published.
 */
export function buildAdaptiveCard(meta: PageMetadata, opts: CardOptions = {}): AdaptiveCard {
  const include = resolveSwitches(opts.include);
  const labels = opts.labels ?? ENGLISH_CARD_LABELS;
  const title = cardText(meta.title, CARD_TITLE_MAX) ?? hostOf(meta.url);
  const body: CardElement[] = [
    block({ type: 'TextRun', text: title, size: 'Medium', weight: 'Bolder' }),
  ];
  const site = siteLine(meta, include.authors, labels);
  if (site !== undefined) body.push(block({ type: 'TextRun', text: site, isSubtle: true }, 'None'));
  if (meta.readingMinutes !== undefined) {
    const text = labels.estimate(meta.readingMinutes);
    body.push(block({ type: 'TextRun', text, isSubtle: true, size: 'Small' }, 'Small'));
  }
  const image = include.image && meta.image !== undefined ? canonicalizeUrl(meta.image) : null;
  if (image !== null) body.push({ type: 'Image', url: image, altText: title, size: 'Stretch' });
  const description = include.description
    ? cardText(meta.description, CARD_DESCRIPTION_MAX)
    : undefined;
  if (description !== undefined) body.push(block({ type: 'TextRun', text: description }));
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    fallbackText: escapeMarkdown(title),
  };
  const url = canonicalizeUrl(meta.url);
  if (url !== null) card.selectAction = { type: 'Action.OpenUrl', url, title: labels.open };
  return card;
}
