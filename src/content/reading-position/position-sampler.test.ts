import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCKS_MIN_AGE_MS, TEXT_MIN_GAP_MS } from './article-watch';
import { SAMPLE_DELAY_MS, SETTLE_MS } from './position-sampler';
import {
  ARTICLE_TOP,
  BLOCK_PX,
  PARAGRAPHS,
  setUpSamplerPage as setUp,
  VIEWPORT,
} from './testing/sampler-page';

// The sampler driven through a real DOM on fake timers (testing/sampler-page.ts: the page model).

const SAILORS = 'Sailors still tell of the night the lamp failed.';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('position sampler', () => {
  it('notes progress and the quote of the block at the top of the viewport, once per delay', async () => {
    const page = setUp();
    // Scrolled so that the third paragraph is the first whose bottom is below the top.
    page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX + 10);
    page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX + 20);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS - 1);
    expect(page.reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // Seen: the viewport's bottom (520 + 800 px) less the article's top (100), of 1600 px: 76 %.
    const progress = 76;
    expect(page.reports).toEqual([
      {
        url: 'https://harbour.example/history',
        position: { progress, quote: { textStart: 'Fishermen still tell of' } },
      },
    ]);
  });

  it.each([
    // Seen: 800 px less the article's top (100) of 1600 px: 44 %.
    ['the top of the article', 0, 44, 'The harbour wall was built in'],
    ['the end of the article', 10_000, 100, undefined],
  ])('at %s', async (_name, y, progress, textStart) => {
    const page = setUp();
    page.readerScrollsTo(y);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    const position = page.reports[0]?.position;
    expect(position?.progress).toBe(progress);
    // Never a quote from the navigation, which repeats the article's opening words.
    expect(position?.quote?.textStart).toBe(textStart);
  });

  it('ignores scrolling before any input: the browser bringing a resumed passage into view', async () => {
    const page = setUp();
    page.scrollTo(ARTICLE_TOP + 4 * BLOCK_PX);
    await vi.advanceTimersByTimeAsync(10 * SAMPLE_DELAY_MS);
    expect(page.reports).toEqual([]);
    expect(page.rectReads()).toBe(0);
  });

  it('reads no layout while the reader does not scroll, and reports an unchanged position once', async () => {
    const page = setUp();
    page.readerScrollsTo(ARTICLE_TOP + BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    const reads = page.rectReads();
    await vi.advanceTimersByTimeAsync(60 * SAMPLE_DELAY_MS);
    expect(page.rectReads()).toBe(reads);
    page.readerScrollsTo(ARTICLE_TOP + BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    expect(page.reports).toHaveLength(1);
  });

  it('says the last position again when the page is hidden, even unchanged', async () => {
    const page = setUp();
    page.readerScrollsTo(ARTICLE_TOP + 3 * BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    page.hide();
    expect(page.reports).toHaveLength(2);
    expect(page.reports[1]).toEqual(page.reports[0]);
  });

  it('stops when aborted', async () => {
    const page = setUp();
    page.readerScrollsTo(ARTICLE_TOP + BLOCK_PX);
    page.controller.abort();
    await vi.advanceTimersByTimeAsync(10 * SAMPLE_DELAY_MS);
    expect(page.reports).toEqual([]);
  });

  it('once the blocks are measured (idle time), a sample reads one rect', async () => {
    const page = setUp({ resizeObserver: true });
    page.readerScrollsTo(ARTICLE_TOP + BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    const reads = page.rectReads();
    page.readerScrollsTo(ARTICLE_TOP + 5 * BLOCK_PX + 10);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    expect(page.rectReads() - reads).toBe(1);
    expect(page.reports.at(-1)?.position.quote?.textStart).toBe('Today the wall is');
  });

  it('gives an in-page route its own position, from its own article', async () => {
    const page = setUp({ resizeObserver: true });
    page.readerScrollsTo(ARTICLE_TOP + BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    const { document, history } = page.win;
    history.pushState(null, '', '/lighthouse');
    const paragraphs = [
      'The lighthouse keeper wrote a diary for forty years.',
      'His entries were short and mostly about weather.',
    ].map((text) => Object.assign(document.createElement('p'), { textContent: text }));
    document.querySelector('article')?.replaceChildren(...paragraphs);
    page.readerScrollsTo(ARTICLE_TOP + BLOCK_PX + 10);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    expect(page.reports.at(-1)).toEqual({
      url: 'https://harbour.example/lighthouse',
      position: { progress: 100, quote: { textStart: 'His entries were short' } },
    });
  });

  it('reads the article again after its elements changed, no sooner than once a minute', async () => {
    const page = setUp({ resizeObserver: true });
    page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    expect(page.reports.at(-1)?.position.quote?.textStart).toBe('Fishermen still tell of');
    const third = page.win.document.querySelectorAll('article p')[2];
    const replacement = page.win.document.createElement('p');
    replacement.textContent = 'Sailors still tell of the night the lamp failed.';
    third?.replaceWith(replacement);
    page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX + 10);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    // The blocks read a moment ago still serve (reading a busy page each time would cost).
    expect(page.reports.at(-1)?.position.quote?.textStart).toBe('Fishermen still tell of');
    await vi.advanceTimersByTimeAsync(BLOCKS_MIN_AGE_MS);
    page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX + 20);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    expect(page.reports.at(-1)?.position.quote?.textStart).toBe('Sailors still tell of');
  });

  it.each([
    ['its text node edited', (p: Element) => p.firstChild && (p.firstChild.nodeValue = SAILORS)],
    ['its text replaced', (p: Element) => (p.textContent = SAILORS)],
  ])(
    'reads a block edited in place (%s) again in idle time, at most once a few seconds',
    async (_, edit) => {
      const page = setUp({ resizeObserver: true });
      page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX);
      await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
      expect(page.reports.at(-1)?.position.quote?.textStart).toBe('Fishermen still tell of');
      const [third, fourth] = [...page.win.document.querySelectorAll('article p')].slice(2, 4);
      if (!third || !fourth) throw new Error('page model');
      edit(third);
      page.readerScrollsTo(ARTICLE_TOP + 2 * BLOCK_PX + 10);
      await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
      // Long before the article would be read again in full (BLOCKS_MIN_AGE_MS).
      expect(page.reports.at(-1)?.position.quote?.textStart).toBe('Sailors still tell of');
      // A second edit soon after waits for TEXT_MIN_GAP_MS since the first was read.
      if (fourth.firstChild) fourth.firstChild.nodeValue = 'A brighter light was lit in 1910.';
      page.readerScrollsTo(ARTICLE_TOP + 3 * BLOCK_PX);
      await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS / 2);
      page.hide();
      expect(page.reports.at(-1)?.position.quote?.textStart).toBe('A new light was');
      await vi.advanceTimersByTimeAsync(TEXT_MIN_GAP_MS);
      page.readerScrollsTo(ARTICLE_TOP + 3 * BLOCK_PX + 10);
      await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
      expect(page.reports.at(-1)?.position.quote?.textStart).toBe('A brighter light was');
    },
  );

  it('notes nothing while the reader scrolls on, then where they stop', async () => {
    const page = setUp({ resizeObserver: true });
    for (let y = 0; y < 30; y++) {
      page.readerScrollsTo(y * 40);
      await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    }
    expect(page.reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
    // Stopped at 1160 px: the sixth paragraph (1100–1300 px) is at the top.
    expect(page.reports).toHaveLength(1);
    expect(page.reports[0]?.position.quote?.textStart).toBe('Today the wall is');
  });

  it('notes where a reader who scrolled on is when they leave', async () => {
    const page = setUp();
    page.readerScrollsTo(ARTICLE_TOP + 3 * BLOCK_PX);
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    page.hide();
    expect(page.reports).toHaveLength(1);
    expect(page.reports[0]?.position.quote?.textStart).toBe('A new light was');
  });

  it.each([
    ['measured offsets', true],
    ['rects while measuring', false],
  ])(
    'counts progress to the end of the prose, not the footer inside the article (%s)',
    async (_name, resizeObserver) => {
      const page = setUp({ resizeObserver, furnitureInArticle: true });
      page.readerScrollsTo(0);
      await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
      // The last paragraph's bottom (100 + 8 × 200 px) at the window's bottom: all prose seen,
      // with the article's footer (another 200 px) still below.
      page.readerScrollsTo(ARTICLE_TOP + PARAGRAPHS.length * BLOCK_PX - VIEWPORT);
      await vi.advanceTimersByTimeAsync(SAMPLE_DELAY_MS);
      expect(page.reports.at(-1)?.position.progress).toBe(100);
    },
  );
});
