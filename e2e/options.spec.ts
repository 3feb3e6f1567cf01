// The options page as a new user sees it (review "newuser", session 21): cards as tight at the
// bottom as at the top, Export before the destructive Clear, the Organisation card folded away
// below Reading time until a relay is set, and a Clear-history dialog that stands out in dark.
import type { Page } from '@playwright/test';
import { openExtensionPage } from '../harness/screenshots';
import { expect, test } from './fixtures/extension';

/** Each shown card's space above its heading and below its last visible text or control, in px. */
async function cardMargins(page: Page): Promise<{ card: string; top: number; bottom: number }[]> {
  return page.locator('section.card').evaluateAll((cards) =>
    // A card the page hides (the missing-access notice while every site may be read) is no card
    // a user sees.
    cards
      .filter((card) => card.checkVisibility())
      .map((card) => {
        const box = card.getBoundingClientRect();
        const heading = card.querySelector('h2')?.getBoundingClientRect();
        // What a user sees as content: controls, and elements that hold text themselves.
        const shown = [...card.querySelectorAll<HTMLElement>('*')].filter((element) => {
          // checkVisibility: a folded <details> keeps boxes for what it hides.
          if (!element.checkVisibility() || element.getBoundingClientRect().height === 0) {
            return false;
          }
          if (element.matches('input, textarea, select, button')) return true;
          return [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        });
        const last = Math.max(...shown.map((element) => element.getBoundingClientRect().bottom));
        return {
          card: card.getAttribute('aria-labelledby') ?? '?',
          top: Math.round((heading?.top ?? box.top) - box.top),
          bottom: Math.round(box.bottom - last),
        };
      }),
  );
}

test('options: every card ends as close under its last line as its heading starts; Export before Clear', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'options');
  const margins = await cardMargins(page);
  expect(margins.length).toBeGreaterThanOrEqual(8);
  for (const { card, top, bottom } of margins) {
    // An empty "Saved." line used to reserve its height: 48 px under the last field against 18.
    expect(Math.abs(bottom - top), `${card}: ${top} px above, ${bottom} px below`).toBeLessThan(6);
  }
  // The destructive action comes after Export and Import, never first.
  const exportBox = await page.locator('#export-json').boundingBox();
  const clearBox = await page.locator('#clear-history').boundingBox();
  expect(clearBox?.y ?? 0).toBeGreaterThan((exportBox?.y ?? 0) + (exportBox?.height ?? 0));
});

test('options: the Organisation card is folded below Reading time, and opens once a relay is set', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'options');
  const order = await page
    .locator('section.card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-labelledby')));
  expect(order.indexOf('organisation-heading')).toBe(order.indexOf('tracking-heading') + 1);
  await expect(page.locator('#organisation-heading')).toBeVisible();
  await expect(page.locator('#relay-url')).toBeHidden();
  // A relay entered elsewhere (another options tab) opens it.
  await page.evaluate(() =>
    chrome.storage.local.set({
      organisation: {
        relayUrl: 'https://relay.example.com',
        relayScope: 'api://reading-timeline-relay/Activity.Report',
      },
    }),
  );
  await expect(page.locator('#relay-url')).toBeVisible();
  await expect(page.locator('#relay-url')).toHaveValue('https://relay.example.com');
  // And it stays open on a fresh load while the relay is set.
  await page.reload();
  await expect(page.locator('#relay-url')).toBeVisible();
});

test('options: the Clear-history dialog stands out from the page in dark', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'options', 'dark');
  await page.locator('#clear-history').click();
  const dialog = page.locator('dialog.control-dialog[open]');
  await expect(dialog).toBeVisible();
  const look = await dialog.evaluate((element) => ({
    dialog: getComputedStyle(element).backgroundColor,
    page: getComputedStyle(document.body).backgroundColor,
    shadow: getComputedStyle(element).boxShadow,
    backdrop: getComputedStyle(element, '::backdrop').backgroundColor,
  }));
  // It had the page's own #1b1d21, no shadow, and a 40 % backdrop that hardly darkens that.
  expect(look.dialog).not.toBe(look.page);
  expect(look.shadow).not.toBe('none');
  const alpha = Number(/rgba\(0, 0, 0, ([\d.]+)\)/.exec(look.backdrop)?.[1] ?? 0);
  expect(alpha, look.backdrop).toBeGreaterThanOrEqual(0.6);
});
