import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PlacedOrder } from '../messaging/reading-order';
import { notesFromOrder } from './injected-notes';
import { readDueAt, type NotedPage } from './page-notes';

const NOW = 100_000;
const HEAD = `<link rel="canonical" href="/alpha"><meta property="og:title" content="Alpha">`;

/** A page that loaded at `loadedWith` and is now at `href`, visible and focused unless told. */
function pageAt(
  href: string,
  {
    loadedWith = href,
    focused = true,
    visible = true,
    timeOrigin = NOW - 60_000,
    paints = [] as { name: string; startTime: number }[],
    head = HEAD,
    body = '<p>Text</p>',
  } = {},
) {
  const dom = new JSDOM(`<!doctype html><head>${head}</head><body>${body}</body>`, {
    url: href,
  });
  const win = dom.window as unknown as Window;
  Object.defineProperty(win.document, 'hasFocus', { value: () => focused });
  Object.defineProperty(win.document, 'visibilityState', {
    get: () => (visible ? 'visible' : 'hidden'),
  });
  // jsdom has no Navigation Timing: the entry a browser gives, with the address the page loaded at.
  Object.defineProperty(win.performance, 'getEntriesByType', {
    value: (type: string) =>
      type === 'navigation' ? [{ name: loadedWith }] : type === 'paint' ? paints : [],
  });
  Object.defineProperty(win.performance, 'timeOrigin', { value: timeOrigin });
  const page: NotedPage = { win, now: () => NOW, isViewer: () => false };
  return page;
}

const order = (over: Partial<PlacedOrder> = {}): PlacedOrder => ({
  url: 'https://app.test/page?v=alpha',
  attendedSince: NOW - 4_000,
  earlierMs: 0,
  routeStartedAt: null,
  loadedAsRoute: true,
  ...over,
});

describe('notesFromOrder', () => {
  it('starts attention at the moment the worker saw it begin, less earlier spans', () => {
    const page = pageAt('https://app.test/page?v=alpha#intro');
    expect(notesFromOrder(page, order())).toMatchObject({
      attendedSince: NOW - 4_000,
      route: 'https://app.test/page?v=alpha',
      previousHead: null,
    });
    expect(
      notesFromOrder(page, order({ attendedSince: NOW - 1_000, earlierMs: 3_000 })),
    ).toMatchObject({ attendedSince: NOW - 4_000 });
  });

  it.each([
    ['hidden', { visible: false }],
    ['in a window without focus', { focused: false }],
  ])('starts with no attention on a page %s now', (_, state) => {
    const page = pageAt('https://app.test/page?v=alpha', state);
    expect(notesFromOrder(page, order())?.attendedSince).toBeNull();
  });

  it('does not start in a document on another route than the one the worker decided on', () => {
    expect(notesFromOrder(pageAt('https://app.test/page?v=bravo'), order())).toBeNull();
  });

  it('distrusts the head of a route reached in-page before the read (spa-stale-head)', () => {
    const page = pageAt('https://app.test/page?v=bravo', {
      loadedWith: 'https://app.test/page?v=alpha',
    });
    const notes = notesFromOrder(
      page,
      order({
        url: 'https://app.test/page?v=bravo',
        routeStartedAt: NOW - 4_000,
        loadedAsRoute: false,
      }),
    );
    expect(notes).toMatchObject({
      routeStartedAt: NOW - 4_000,
      previousHead: { canonical: '/alpha', ogTitle: 'Alpha' },
    });
  });

  it('trusts the head of the route the document loaded with (the worker says so)', () => {
    const page = pageAt('https://app.test/page?v=alpha#part-2', {
      loadedWith: 'https://app.test/page?v=alpha',
    });
    expect(notesFromOrder(page, order())).toMatchObject({
      routeStartedAt: null,
      previousHead: null,
    });
  });

  it.each<[string, Partial<PlacedOrder>, number]>([
    // [case, the order, the document's time origin]: attention starts at the later of the two.
    [
      'a reload 1 s ago after 10 s on the same address',
      { attendedSince: NOW - 10_000 },
      NOW - 1_000,
    ],
    ['earlier spans shifted before the document began', { earlierMs: 30_000 }, NOW - 2_000],
  ])('never starts attention before the document existed: %s', (_, over, timeOrigin) => {
    const page = pageAt('https://app.test/page?v=alpha', { timeOrigin });
    expect(notesFromOrder(page, order(over))?.attendedSince).toBe(timeOrigin);
  });

  it.each<[string, { name: string; startTime: number }[], number]>([
    // [case, the document's paint entries, when reading starts]; navigation began 4.5 s ago, the
    // worker saw attention begin 4 s ago (as it heard the navigation).
    [
      'its first contentful paint',
      [
        { name: 'first-paint', startTime: 700 },
        { name: 'first-contentful-paint', startTime: 900 },
      ],
      NOW - 4_500 + 900,
    ],
    [
      'its first paint, without a contentful one',
      [{ name: 'first-paint', startTime: 800 }],
      NOW - 3_700,
    ],
    [
      'the worker’s moment, when the page painted before it',
      [{ name: 'first-paint', startTime: 100 }],
      NOW - 4_000,
    ],
    ['the worker’s moment, without Paint Timing', [], NOW - 4_000],
  ])('reads a new page from when it first showed its content: %s', (_, paints, since) => {
    const page = pageAt('https://app.test/page?v=alpha', { timeOrigin: NOW - 4_500, paints });
    expect(notesFromOrder(page, order())?.attendedSince).toBe(since);
  });

  it('is due to be read at once, though the page first painted after the worker’s moment', () => {
    const page = pageAt('https://app.test/page?v=alpha', {
      timeOrigin: NOW - 4_500,
      paints: [{ name: 'first-contentful-paint', startTime: 1_500 }],
    });
    const notes = notesFromOrder(page, order());
    expect(notes?.attendedSince).toBe(NOW - 3_000);
    expect(notes && readDueAt(notes)).toBe(NOW);
    // A viewer is named by its tab's title, which may come well after the first paint: it waits.
    const viewer = notesFromOrder({ ...page, isViewer: () => true }, order());
    expect(viewer && readDueAt(viewer)).toBe(NOW + 1_000);
    // Not attended now: nothing is due until it is, and then after READ_AFTER_MS of it.
    const hidden = notesFromOrder(
      pageAt('https://app.test/page?v=alpha', { visible: false }),
      order(),
    );
    expect(hidden && readDueAt(hidden)).toBeNull();
  });

  it('goes on from a reloaded document’s time origin, not its first paint', () => {
    // Read for 10 s before the reload: the old document was on screen until the new one painted.
    const page = pageAt('https://app.test/page?v=alpha', {
      timeOrigin: NOW - 1_000,
      paints: [{ name: 'first-contentful-paint', startTime: 400 }],
    });
    expect(notesFromOrder(page, order({ attendedSince: NOW - 10_000 }))?.attendedSince).toBe(
      NOW - 1_000,
    );
  });

  it('reads a route the worker took for in-page, but the document loaded with, as loaded (a redirect)', () => {
    // The worker heard the start address, then the redirect's as a new url: an in-page route. The
    // page's Navigation Timing says it loaded with this address (order-placement.ts).
    const page = pageAt('https://app.test/page?v=alpha');
    expect(notesFromOrder(page, order({ routeStartedAt: NOW - 3_500 }))).toMatchObject({
      routeStartedAt: null,
      previousHead: null,
    });
  });
});
