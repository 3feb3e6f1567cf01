import { seedPastReads } from '../harness/history-seed';
import { COLOR_SCHEMES, openExtensionPage } from '../harness/screenshots';
import { expect, test } from './fixtures/extension';
import { widestGap } from './fixtures/pixels';

// A cut site name or title ends in "…" right after its last visible letter: the popup's info line
// drew "ne…" and then the rest of its box, empty, before " · 12 min read", and a cut at a space
// kept the space ("cut …"). Read off the pixels, as a reader sees it: the widest blank run
// between two inked columns of a line.

test('a cut site or time read ends in "…" on its last letter, the next part right after', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  await seedPastReads(extensionPage, [
    // Its host is cut to the site's 3 em floor ("ne…").
    {
      url: 'https://news-from-a-rather-long-named-site.example/a',
      title: 'Twelve times',
      hoursAgo: 2,
      sessions: 12,
    },
    { url: 'https://short.example/b', title: 'Short', hoursAgo: 3 },
  ]);
  for (const scheme of COLOR_SCHEMES) {
    const popup = await openExtensionPage(context, extensionId, 'popup', scheme);
    const cut = popup.locator('#activities li', { hasText: 'Twelve times' }).locator('.meta-line');
    const whole = popup.locator('#activities li', { hasText: 'Short' }).locator('.meta-line');
    // The uncut line's widest gap is a " · " separator's; a cut part's "…" is followed by no more.
    const separator = await widestGap(popup, whole);
    const gap = await widestGap(popup, cut);
    expect(gap, `${scheme}: widest gap in the cut line vs. a separator's`).toBeLessThanOrEqual(
      separator + 1,
    );
    await popup.screenshot({ path: test.info().outputPath(`popup-${scheme}.png`) });
    await popup.close();
  }
});

test('a cut search result title, its match marked, ends in "…" on a letter, never after a space', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  // Two-letter words: wherever a narrow row cuts them, one cut in three lands on a space, where
  // the browser's own ellipsis draws "ab cd …". The match ("cooking") is marked in each title.
  const words = 'ab cd ef gh ij kl mn op qr st uv wx yz'.split(' ');
  await seedPastReads(
    extensionPage,
    words.map((_, i) => ({
      url: `https://cut.example/${String(i)}`,
      title: `Cooking ${[...words.slice(i), ...words.slice(0, i)].join(' ')} ${'x'.repeat(i)} end`,
      hoursAgo: i + 1,
    })),
  );
  for (const scheme of COLOR_SCHEMES) {
    const page = await openExtensionPage(context, extensionId, 'history', scheme);
    await page.setViewportSize({ width: 420, height: 900 });
    await page.locator('#search').fill('cooking');
    await expect(page.locator('#list .row .title mark')).toHaveCount(words.length);
    // What is drawn before each cut title's "…": the last character wholly left of the room the
    // ellipsis takes at the box's end (CSS Overflow 3, text-overflow), found from the layout.
    const befores = await page.locator('#list .row .title').evaluateAll((titles) =>
      titles.flatMap((title) => {
        if (title.scrollWidth <= title.clientWidth) return [];
        const probe = document.createElement('span');
        probe.textContent = '…';
        title.after(probe);
        const ellipsis = probe.getBoundingClientRect().width;
        probe.remove();
        const edge = title.getBoundingClientRect().right - ellipsis;
        const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let last = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node as Text;
          for (let i = 0; i < text.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            if (range.getBoundingClientRect().right <= edge + 0.5) last = text.data.charAt(i);
          }
        }
        return [last];
      }),
    );
    expect(befores.length, `${scheme}: cut titles`).toBeGreaterThan(5);
    expect(
      befores.filter((c) => /\s/.test(c)),
      `${scheme}: a space before "…"`,
    ).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`history-search-cut-${scheme}.png`) });
    await page.close();
  }
});
