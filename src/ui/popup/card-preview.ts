import * as AdaptiveCards from 'adaptivecards';
import { buildPublishedContent, type PublishOptions } from '../../activity/user-activity';
import { cardLabels } from '../../activity/card-labels';
import { messageLocale, t } from '../../i18n/i18n';
import { cardHostConfig } from './card-host-config';
import type { ActivityListItem } from '../../messaging/contract';

// Card text comes from web pages. With no markdown processor the library sets text with
// innerText, never as markup; declining markdown explicitly keeps it so even if one is loaded.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (_text, result) => {
  result.didProcess = false;
};
// The library's only other innerHTML assignment of text re-applies a TextBlock's saved markup when
// it re-truncates on layout (advanced truncation); CSS line clamping does that job without it. What
// remains is clearing an element with an empty string. (Listed in docs/packages.md.)
AdaptiveCards.GlobalSettings.useAdvancedTextBlockTruncation = false;
AdaptiveCards.GlobalSettings.useAdvancedCardBottomTruncation = false;
// The card's select action is the one tab stop (Enter or Space opens the page); a second one on the
// card's root would be an unlabelled stop that does nothing.
AdaptiveCards.GlobalSettings.setTabIndexAtCardRoot = false;

/**
 * Renders the Adaptive Card Timeline shows for a page, built by the same call and with the same
 * privacy options as the body that is sent, so the user reviews exactly what is published. Only
 * http(s) links are ever opened. In the catalog's language and the page's colour scheme
 * (./card-host-config.ts: the library's default is light only).
 */
export function renderCardPreview(
  item: ActivityListItem,
  openUrl: (url: string) => void,
  options: PublishOptions = {},
  scheme: 'light' | 'dark' = 'light',
): HTMLElement {
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(cardHostConfig(scheme));
  card.onExecuteAction = (action) => {
    if (
      action instanceof AdaptiveCards.OpenUrlAction &&
      action.url &&
      /^https?:/i.test(action.url)
    ) {
      openUrl(action.url);
    }
  };
  let rendered: HTMLElement | undefined;
  try {
    const labels = cardLabels(t, messageLocale());
    card.parse(buildPublishedContent(item.metadata, { labels, ...options }).card);
    rendered = card.render();
  } catch {
    rendered = undefined;
  }
  const container = document.createElement('div');
  container.className = 'card-preview';
  if (rendered) container.append(rendered);
  else container.textContent = t('popup_card_none');
  return container;
}
