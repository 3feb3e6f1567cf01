// Test helper for position-sampler.test.ts: the sampler driven through a real DOM (jsdom) on
// fake timers. jsdom has no layout, so each element's box comes from a simple page model: blocks
// of BLOCK_PX stacked from the article's top, and the document scrolled by `scrollY`.
import { JSDOM } from 'jsdom';
import type { ReadingPosition } from '../../../activity/text-fragment';
import { startPositionSampler } from '../position-sampler';

// The page model: block height, article top and viewport height (px), and the article.
export const BLOCK_PX = 200;
export const ARTICLE_TOP = 100;
export const VIEWPORT = 800;
export const PARAGRAPHS = [
  'The harbour wall was built in 1841 from granite cut on the island.',
  'Storms in the winter of 1903 broke it twice, and the town rebuilt it each spring.',
  'Fishermen still tell of the night the lamp failed and the boats came home by ear.',
  'A new light was lit in 1910, powered by paraffin and turned by clockwork.',
  'The keepers left in 1987, when the light became automatic.',
  'Today the wall is a walk, and the lamp room a small museum open on Sundays.',
  'Visitors climb the hundred and twelve steps for the view of the bay.',
  'On clear days the mainland hills are visible forty miles away.',
];

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

/**
 * A started sampler on the page model: its reports, abort controller, rect reads, and the
 * reader's and the page's scrolls and hiding.
 */
export function setUpSamplerPage({ resizeObserver = false, furnitureInArticle = false } = {}) {
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
