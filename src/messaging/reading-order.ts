/**
 * What the worker passes to the reading path it injects into a tab (issue #13, kind 6): which
 * route it decided to read and the attention it saw there, so the page session starts from the
 * worker's exact moments. Set in the page's isolated world by a first `scripting.executeScript`
 * (`func`), read by the injected reading file. Times are epoch ms.
 */
export interface ReadingOrder {
  /** The route read (the address without its fragment), as the worker saw it in tabs.onUpdated. */
  url: string;
  /** Since when the route is attended without a break. */
  attendedSince: number;
  /** Attention on the route before that span (ms): switches away and back add up. */
  earlierMs: number;
  /** When the route was reached in-page; null: the route the document loaded with. */
  routeStartedAt: number | null;
}

/** The isolated-world global the order is put under, and the guard against a second start. */
export const READING_ORDER_KEY = '__readingTimelineOrder';

/**
 * The order as the page takes it: the worker's, and whether the document loaded as its route (its
 * address then, or a fix-up of it: the head is the route's own). False: the route was reached
 * in-page before the read, and the head may still describe an earlier route. Set as the order is
 * placed (src/background/injection/order-placement.ts).
 */
export interface PlacedOrder extends ReadingOrder {
  loadedAsRoute: boolean;
}

/** What the first injection leaves in the isolated world: the order, and whether it was taken. */
export interface ReadingOrderSlot {
  order: PlacedOrder;
  taken: boolean;
}

/**
 * The address of a route: the URL without its fragment (a #section is the same page). The worker
 * and the page must agree on it: an order is taken only where `routeOf(location.href)` is its url.
 */
export function routeOf(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}
