import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingPosition } from '../../activity/text-fragment';
import { BLOCKS_MIN_AGE_MS, TEXT_MIN_GAP_MS } from './article-watch';
import { SAMPLE_DELAY_MS, SETTLE_MS, startPositionSampler } from './position-sampler';

// The sampler driven through a real DOM (jsdom) on fake timers. jsdom has no layout, so each
// element's box comes from a simple page model: blocks of BLOCK_PX stacked from the article's
// top, and the document scrolled by `scrollY`.

const BLOCK_PX = 200;
const ARTICLE_TOP = 100;
const VIEWPORT = 800;
const PARAGRAPHS = [
  'The harbour wall was built in 1841 from granite cut on the island.',
  'Storms in the winter of 1903 broke it twice, and the town rebuilt it each spring.',
  'Fishermen still tell of the night the lamp failed and the boats came home by ear.',
  'A new light was lit in 1910, powered by paraffin and turned by clockwork.',
  'The keepers left in 1987, when the light became automatic.',
  'Today the wall is a walk, and the lamp room a small museum open on Sundays.',
  'Visitors climb the hundred and twelve steps for the view of the bay.',
  'On clear days the mainland hills are visible forty miles away.',
];

const SAILORS = 'Sailors still tell of the night the lamp failed.';

/** A ResizeObserver as the browser's: each target is reported once when observed. */
function resizeObserverOf(win: Window) {
  return class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(): void {
      win.setTimeout(() => {
        this.callback([], this as unknown as ResizeObserver);
      }, 0);
    }
    disconnect(): void {
      // nothing pending to drop in this model
    }
  };
}

function setUp({ resizeObserver = false, furnitureInArticle = false } = {}) {
  const dom = new JSDOM(
    `<!doctype html><title>The harbour</title><body>
      <nav><p>Home page of the harbour society</p><p>The harbour wall was built (menu)</p></nav>
      <article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${
        furnitureInArticle ? '<footer><p>Twelve comments: add yours below</p></footer>' : ''
      }</article>
      <footer><p>Copyright the harbour society</p></footer>`,
    { url: 'https://harbour.example/history', pretendToBeVisual: true },
  );
  const win = dom.window as unknown as Window;
  let scrollY = 0;
  let visibility: DocumentVisibilityState = 'visible';
  Object.defineProperty(win, 'innerHeight', { value: VIEWPORT });
  Object.defineProperty(win.document, 'visibilityState', { get: () => visibility });
  if (resizeObserver) Object.assign(win, { ResizeObserver: resizeObserverOf(win) });
  let rectReads = 0;
  // The page model's boxes, relative to the viewport; everything outside the article is above it.
  dom.window.Element.prototype.getBoundingClientRect = function (this: Element) {
    rectReads++;
    const article = win.document.querySelector('article');
    const blocks = [...win.document.querySelectorAll('article p')];
    const index = blocks.indexOf(this);
    const [top, height] =
      this === article
        ? [ARTICLE_TOP, blocks.length * BLOCK_PX]
        : index >= 0
          ? [ARTICLE_TOP + index * BLOCK_PX, BLOCK_PX]
          : [0, 50];
    const y = top - scrollY;
    return {
      x: 0,
      y,
      top: y,
      bottom: y + height,
      left: 0,
      right: 600,
      width: 600,
      height,
    } as DOMRect;
  };
  const reports: { url: string; position: ReadingPosition }[] = [];
  const controller = new dom.window.AbortController();
  let readerInput = false;
  startPositionSampler(
    {
      win,
      report: (url, position) => reports.push({ url, position }),
      readerInput: () => readerInput,
    },
    controller.signal,
  );
  return {
    win,
    reports,
    controller,
    rectReads: () => rectReads,
    /** The reader's own input (a wheel turn), then the scroll it causes. */
    readerScrollsTo(y: number) {
      readerInput = true;
      this.scrollTo(y);
    },
    /** A scroll with no input before it: the browser's or the page's script. */
    scrollTo(y: number) {
      scrollY = y;
      win.dispatchEvent(new dom.window.Event('scroll'));
    },
    hide() {
      visibility = 'hidden';
      win.document.dispatchEvent(new dom.window.Event('visibilitychange'));
    },
  };
}

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
