import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesFromOrder } from '../../content/injected-notes';
import { readPage } from '../../content/reader';
import { snapshotHead } from '../../content/route/head-snapshot';
import {
  READING_ORDER_KEY,
  type ReadingOrder,
  type ReadingOrderSlot,
} from '../../messaging/reading-order';
import { isLoadedRoute, markLoadedRoute, placeOrder, routeFactsOf } from './order-placement';

const world = globalThis as { [READING_ORDER_KEY]?: ReadingOrderSlot };

/**
 * Places an order for `href` in a page that is at `href` and loaded with `loadedWith`, as the
 * injector does (placeOrder in the page, the verdict in the worker, markLoadedRoute in the page).
 * Returns the page and the slot the reading file would find.
 */
function place(href: string, loadedWith: string, head = '', body = '<p>Text</p>') {
  const dom = new JSDOM(`<!doctype html><head>${head}</head><body>${body}</body>`, { url: href });
  const win = dom.window as unknown as Window;
  // jsdom has no Navigation Timing: the entry a browser gives, with the address the page loaded at.
  Object.defineProperty(win.performance, 'getEntriesByType', {
    value: (type: string) => (type === 'navigation' ? [{ name: loadedWith }] : []),
  });
  vi.stubGlobal('location', win.location);
  vi.stubGlobal('document', win.document);
  vi.stubGlobal('performance', win.performance);
  const order: ReadingOrder = {
    url: href.split('#')[0] ?? href,
    attendedSince: 0,
    earlierMs: 0,
    routeStartedAt: 1,
  };
  const outcome = placeOrder(order, READING_ORDER_KEY);
  const facts = routeFactsOf(outcome);
  if (facts && isLoadedRoute(facts, order.url)) markLoadedRoute(READING_ORDER_KEY, order.url);
  const slot = world[READING_ORDER_KEY];
  vi.unstubAllGlobals();
  return { win, outcome, slot };
}

afterEach(() => {
  vi.unstubAllGlobals();
  world[READING_ORDER_KEY] = undefined;
});

describe('placing a reading order', () => {
  it('places the order of the route the document loaded with, asking nothing more (a #fragment aside)', () => {
    const { outcome, slot } = place(
      'https://app.test/page?v=alpha#part-2',
      'https://app.test/page?v=alpha',
    );
    expect(outcome).toBe('placed');
    expect(slot?.order.loadedAsRoute).toBe(true);
  });

  it('places a route reached in-page as one, with the facts for the worker (spa-stale-head)', () => {
    const head =
      '<link rel="canonical" href="?v=alpha"><meta property="og:url" content="/page?v=alpha">';
    const { outcome, slot } = place(
      'https://app.test/page?v=bravo',
      'https://app.test/page?v=alpha',
      head,
    );
    expect(outcome).toEqual({
      placedIn: {
        loaded: 'https://app.test/page?v=alpha',
        canonical: '?v=alpha',
        ogUrl: '/page?v=alpha',
        base: 'https://app.test/page?v=bravo',
      },
    });
    expect(slot?.order.loadedAsRoute).toBe(false);
  });

  it('refuses a document on another route, and one already reading', () => {
    vi.stubGlobal('location', { href: 'https://app.test/b' });
    const order = {
      url: 'https://app.test/a',
      attendedSince: 0,
      earlierMs: 0,
      routeStartedAt: null,
    };
    expect(placeOrder(order, READING_ORDER_KEY)).toBe('refused');
    world[READING_ORDER_KEY] = { order: { ...order, loadedAsRoute: true }, taken: true };
    expect(placeOrder({ ...order, url: 'https://app.test/b' }, READING_ORDER_KEY)).toBe('reading');
  });

  // Review 9 F-frames-2: pages that fix their own address up while loading (news sites strip
  // ?utm_source=, ?smid=; CMSs add a trailing slash or drop ?page=1) are not in-page routes.
  it.each([
    ['tracking parameters stripped', '/story?utm_source=newsletter&smid=tw', '/story', ''],
    ['?page=1 dropped, canonical names the page', '/story?page=1', '/story', '/story'],
    ['a trailing slash added, og:url names the page', '/story', '/story/', ''],
    ['an in-page route whose app names it in the head', '/alpha', '/story', '/story'],
  ])('takes an address fix-up for the loaded route: %s', (_, loaded, now, canonical) => {
    const at = (path: string) => `https://news.test${path}`;
    const head =
      (canonical ? `<link rel="canonical" href="${canonical}">` : '') +
      (now.endsWith('/') ? `<meta property="og:url" content="${at(now)}">` : '');
    const { slot } = place(at(now), at(loaded), head);
    expect(slot?.order.loadedAsRoute).toBe(true);
  });

  it.each([
    ['another query (spa-stale-head)', 'https://app.test/page?v=alpha', '?v=alpha'],
    ['another path, no head', 'https://app.test/a', ''],
  ])('keeps an in-page route one: %s', (_, loaded, canonical) => {
    const head = canonical ? `<link rel="canonical" href="${canonical}">` : '';
    const { slot } = place('https://app.test/page?v=bravo', loaded, head);
    expect(slot?.order.loadedAsRoute).toBe(false);
  });

  it('keeps description, author and image of a page that cleaned its address during load', () => {
    const clean = 'https://news.test/2024/05/harbour-vote';
    const head = `<title>Harbour vote delayed | Harbor News</title>
      <link rel="canonical" href="${clean}">
      <meta property="og:title" content="Harbour vote delayed">
      <meta name="description" content="The council delayed the harbour vote to June.">
      <meta name="author" content="Ann Lee">
      <meta property="og:image" content="https://news.test/img/harbour.jpg">`;
    const body = '<article><h1>Harbour vote delayed</h1><p>Text of the story.</p></article>';
    const { win, slot } = place(clean, `${clean}?utm_source=newsletter`, head, body);
    if (!slot) throw new Error('no order placed');
    const page = { win, now: () => 10_000, isViewer: () => false };
    const notes = notesFromOrder(page, slot.order);

    const doc = win.document;
    const capture = readPage(doc, clean, notes?.previousHead ?? null, snapshotHead(doc));
    expect(capture).toMatchObject({
      description: 'The council delayed the harbour vote to June.',
      authors: [{ name: 'Ann Lee' }],
      image: 'https://news.test/img/harbour.jpg',
    });
  });

  it.each([null, 'placed', { placedIn: null }, { placedIn: { loaded: 3, base: 'x' } }])(
    'takes no facts from a result that has none: %j',
    (result) => {
      expect(routeFactsOf(result)).toBeNull();
    },
  );
});
