/**
 * The Adaptive Card shown for a read page in Timeline (visualElements.content) and in the
 * popup (rendered with the `adaptivecards` library). Version 1.1: the oldest that has a
 * card-level selectAction, so older hosts render it too. Validated against the 1.5 schema.
 */
import { displayText, resolveSwitches, type PrivacySwitches } from './display-text';
import type { PageMetadata } from './page-metadata';

export const CARD_VERSION = '1.1';

/** JSON shape of the parts of an Adaptive Card this module emits. */
export interface CardElement {
  type: 'TextBlock' | 'Image';
  [property: string]: unknown;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  selectAction: { type: 'Action.OpenUrl'; url: string; title: string };
  fallbackText: string;
}

export interface CardOptions {
  /** Seconds the user spent reading, when known (shown next to the estimated reading time). */
  readSeconds?: number;
  include?: PrivacySwitches;
}

const minutes = (seconds: number): number => Math.max(1, Math.round(seconds / 60));

function readingLine(meta: PageMetadata, readSeconds: number | undefined): string | undefined {
  const parts: string[] = [];
  if (meta.readingMinutes !== undefined) parts.push(`${meta.readingMinutes} min read`);
  if (readSeconds !== undefined && Number.isFinite(readSeconds) && readSeconds > 0) {
    parts.push(`you read ${minutes(readSeconds)} min`);
  }
  return parts.length === 0 ? undefined : parts.join(' · ');
}

function siteLine(meta: PageMetadata, withAuthors: boolean): string | undefined {
  const site = meta.siteName ?? hostOf(meta.url);
  const authors = withAuthors ? meta.authors.slice(0, 3).map((a) => a.name) : [];
  const more = withAuthors && meta.authors.length > 3 ? ' et al.' : '';
  return displayText([site, authors.join(', ') + more].filter((p) => p !== '').join(' · '), 200);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const text = (value: string, extra: Record<string, unknown>): CardElement => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

/** Title, site and authors, reading time, lead image, description; tapping opens the page. */
export function buildAdaptiveCard(meta: PageMetadata, opts: CardOptions = {}): AdaptiveCard {
  const include = resolveSwitches(opts.include);
  const title = displayText(meta.title, 200) ?? hostOf(meta.url);
  const body: CardElement[] = [text(title, { size: 'Medium', weight: 'Bolder', maxLines: 3 })];
  const site = siteLine(meta, include.authors);
  if (site !== undefined) body.push(text(site, { isSubtle: true, spacing: 'None', maxLines: 2 }));
  const reading = readingLine(meta, opts.readSeconds);
  if (reading !== undefined) {
    body.push(text(reading, { isSubtle: true, size: 'Small', spacing: 'Small' }));
  }
  if (include.image && meta.image !== undefined) {
    body.push({ type: 'Image', url: meta.image, altText: title, size: 'Stretch' });
  }
  const description = include.description ? displayText(meta.description, 300) : undefined;
  if (description !== undefined) body.push(text(description, { maxLines: 3 }));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    selectAction: { type: 'Action.OpenUrl', url: meta.url, title: 'Open' },
    fallbackText: title,
  };
}
