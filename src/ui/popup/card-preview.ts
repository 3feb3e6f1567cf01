import * as AdaptiveCards from 'adaptivecards';
import { buildPublishedContent, type PublishOptions } from '../../activity/user-activity';
import { t } from '../../i18n/i18n';
import type { ActivityListItem } from '../../messaging/contract';

// Card text comes from web pages. With no markdown processor the library sets text with
// innerText, never as markup; declining markdown explicitly keeps it so even if one is loaded.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (_text, result) => {
  result.didProcess = false;
};
// The library's only other innerHTML assignment of text re-applies a TextBlock's saved markup when
// it re-truncates on layout (advanced truncation); CSS line clamping does that job without it. What
// remains is clearing an element with an empty string. (Listed in the README's reviewer notes.)
AdaptiveCards.GlobalSettings.useAdvancedTextBlockTruncation = false;
AdaptiveCards.GlobalSettings.useAdvancedCardBottomTruncation = false;

/**
 * Renders the Adaptive Card Timeline shows for a page, built by the same call and with the same
 * privacy options as the body that is sent, so the user reviews exactly what is published. Only
 * http(s) links are ever opened.
 */
export function renderCardPreview(
  item: ActivityListItem,
  openUrl: (url: string) => void,
  options: PublishOptions = {},
): HTMLElement {
  const card = new AdaptiveCards.AdaptiveCard();
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
    card.parse(buildPublishedContent(item.metadata, options).card);
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
