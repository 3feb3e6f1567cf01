/** visualElements: what Timeline draws for the activity (text, icon, colour, card). */
import type { VisualInfo } from '@microsoft/microsoft-graph-types';
import { buildAdaptiveCard, type AdaptiveCard } from './adaptive-card';
import type { CardLabels } from './card-labels';
import { canonicalizeUrl } from './canonical-url';
import { displayText, resolveSwitches, type PrivacySwitches } from './display-text';
import type { PageMetadata } from './page-metadata';

/** Timeline shows about two lines; longer text is cut with an ellipsis. */
export const DISPLAY_TEXT_MAX = 120;
/** Longest description in `visualElements`, in characters (cut with an ellipsis). */
export const DESCRIPTION_MAX = 300;

/**
 * The activity's `visualElements`: the line Timeline shows and the card
 * (https://learn.microsoft.com/graph/api/resources/projectrome-visualinfo).
 */
export interface VisualElements extends VisualInfo {
  displayText: string;
  content: AdaptiveCard;
}

/** What the visual elements may show, and in which language. */
export interface VisualOptions {
  /** Privacy switches (all default on); a switched-off field is in neither the text nor the card. */
  include?: PrivacySwitches;
  /** The card's words in the user's language; English when absent. */
  labels?: CardLabels;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * displayText, description, attribution (icon + site name), backgroundColor and the card. The
 * strings are plain text (Graph defines them as such; they are never pre-rendered HTML).
 */
export function buildVisualElements(meta: PageMetadata, opts: VisualOptions = {}): VisualElements {
  const on = resolveSwitches(opts.include);
  const visual: VisualElements = {
    displayText: displayText(meta.title, DISPLAY_TEXT_MAX) ?? hostOf(meta.url),
    content: buildAdaptiveCard(meta, {
      include: on,
      ...(opts.labels ? { labels: opts.labels } : {}),
    }),
  };
  const description = on.description ? displayText(meta.description, DESCRIPTION_MAX) : undefined;
  if (description !== undefined) visual.description = description;
  const iconUrl = meta.faviconUrl === undefined ? null : canonicalizeUrl(meta.faviconUrl);
  if (iconUrl !== null) {
    visual.attribution = {
      iconUrl,
      alternateText: displayText(meta.siteName, 120) ?? hostOf(meta.url),
      addImageQuery: false,
    };
  }
  if (meta.themeColor !== undefined && HEX_COLOR.test(meta.themeColor)) {
    visual.backgroundColor = meta.themeColor;
  }
  return visual;
}
