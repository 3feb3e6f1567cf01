// @vitest-environment jsdom
import * as AdaptiveCards from 'adaptivecards';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import { polyfillInnerText } from '../../activity/testing/card-render';
import type { ActivityListItem } from '../../messaging/contract';
import { renderCardPreview } from './card-preview';

polyfillInnerText();

function item(title: string, description?: string): ActivityListItem {
  return {
    appActivityId: 'https://site.test/a',
    metadata: {
      url: 'https://site.test/a',
      appActivityId: 'https://site.test/a',
      title,
      type: 'Article',
      authors: [{ name: 'Ada Writer', kind: 'Person' }],
      keywords: [],
      siteName: 'Site Test',
      ...(description === undefined ? {} : { description }),
      readingMinutes: 4,
    },
    lastActiveAt: 0,
    activeMs: 180_000,
    historyItems: [],
  };
}

describe('card preview', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it('shows the card Timeline shows: title, site, author, reading time and description', () => {
    const preview = renderCardPreview(item('How tides work', 'The Moon pulls.'), vi.fn());
    const text = preview.textContent;
    expect(text).toContain('How tides work');
    expect(text).toContain('Site Test · Ada Writer');
    expect(text).toContain('4-min article');
    expect(text).toContain('The Moon pulls.');
    // The published card says nothing about the reader, so neither does its preview.
    expect(text).not.toContain('you read');
  });

  it('previews with the privacy options the body is sent with', () => {
    const include = { description: false, image: true, authors: false };
    const text = renderCardPreview(item('How tides work', 'The Moon pulls.'), vi.fn(), {
      include,
    }).textContent;
    expect(text).toContain('How tides work');
    expect(text).not.toContain('Ada Writer');
    expect(text).not.toContain('The Moon pulls.');
  });

  it('keeps markup and markdown in page text as plain text', () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1"> **bold** [link](javascript:alert(1))';
    const preview = renderCardPreview(item(hostile, hostile), vi.fn());
    expect(preview.querySelector('img[src="x"]')).toBeNull();
    expect(preview.querySelector('a')).toBeNull();
    expect(preview.querySelector('strong, b')).toBeNull();
    expect(preview.textContent).toContain('<img src=x');
  });

  it('never assigns markup: the library clears elements with an empty string, nothing else', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    const assigned: string[] = [];
    Object.defineProperty(Element.prototype, 'innerHTML', {
      configurable: true,
      get(this: Element) {
        return descriptor?.get?.call(this) as string;
      },
      set(this: Element, value: string) {
        assigned.push(value);
        descriptor?.set?.call(this, value);
      },
    });
    try {
      const hostile = '<img src=x onerror="globalThis.pwned=1"> **bold**';
      const preview = renderCardPreview(item(hostile, hostile.repeat(40)), vi.fn());
      document.body.append(preview);
      window.dispatchEvent(new Event('resize'));
      preview.remove();
    } finally {
      if (descriptor) Object.defineProperty(Element.prototype, 'innerHTML', descriptor);
    }
    expect(assigned.every((value) => value === '')).toBe(true);
    expect(AdaptiveCards.GlobalSettings.useAdvancedTextBlockTruncation).toBe(false);
  });

  it('opens the page when the card is tapped', () => {
    const open = vi.fn();
    const preview = renderCardPreview(item('Tap me'), open);
    const root = preview.firstElementChild as HTMLElement;
    root.click();
    expect(open).toHaveBeenCalledWith('https://site.test/a');
  });

  it.each([
    ['light', 'rgb(255, 255, 255)', 'rgb(31, 35, 40)'],
    ['dark', 'rgb(36, 39, 44)', 'rgb(230, 232, 235)'],
  ] as const)('draws the card in the %s scheme', (scheme, background, text) => {
    const preview = renderCardPreview(item('Tides', 'The Moon pulls.'), vi.fn(), {}, scheme);
    const root = preview.firstElementChild as HTMLElement;
    expect(root.style.backgroundColor).toBe(background);
    const title = [...preview.querySelectorAll<HTMLElement>('*')].find(
      (e) => e.textContent === 'Tides' && e.style.color !== '',
    );
    expect(title?.style.color).toBe(text);
  });

  it('speaks German with the German catalog', () => {
    useCatalog('de');
    expect(renderCardPreview(item('Gezeiten'), vi.fn()).textContent).toContain('Lesezeit 4 Min.');
  });

  it('is one keyboard stop that opens the page with Enter', () => {
    const open = vi.fn();
    const preview = renderCardPreview(item('Keys'), open);
    const stops = [...preview.querySelectorAll<HTMLElement>('*')].filter((e) => e.tabIndex >= 0);
    expect(stops).toHaveLength(1);
    stops[0]?.dispatchEvent(new KeyboardEvent('keypress', { code: 'Enter', bubbles: true }));
    expect(open).toHaveBeenCalledWith('https://site.test/a');
  });
});
