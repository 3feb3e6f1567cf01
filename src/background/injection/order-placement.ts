// How the worker puts its reading order in a page (injector.ts): two functions that run in the
// page's isolated world (serialised by `scripting.executeScript`: self-contained, no imports), and
// the worker's own verdict on a page whose address is not the one it loaded with. The verdict
// needs the URL canonicaliser (canonical-url.ts and its secret rules, about 6.6 KB), which the
// worker holds anyway: the reading file the page runs goes without it.
import { canonicalizeUrl, headNamesRoute } from '../../activity/canonical-url';
import type { ReadingOrder, ReadingOrderSlot } from '../../messaging/reading-order';

/**
 * What a page whose address differs from the one its document loaded with (Navigation Timing's
 * entry name, fragments aside) says about which page it is: that address, and the head's
 * canonical link and `og:url` as written, with the base they resolve against.
 */
export interface RouteFacts {
  loaded: string;
  canonical: string | null;
  ogUrl: string | null;
  base: string;
}

/**
 * What placeOrder did: `placed` (the document loaded as the order's route), `reading` (the document
 * already reads), `refused` (another route than the order's), or `{ placedIn }`: placed as a route
 * reached in-page, with the facts for the worker to decide whether it is one (isLoadedRoute).
 */
export type PlaceOutcome = 'placed' | 'reading' | 'refused' | { placedIn: RouteFacts };

/**
 * Puts `order` in the page's isolated world under `key` for the reading file injected next. The
 * common case is decided here by one string comparison: the address is the one the document loaded
 * with, so the head is the route's own (`loadedAsRoute`). Otherwise the order is placed as an
 * in-page route, and the facts go back to the worker. Runs in the page.
 */
export function placeOrder(order: ReadingOrder, key: string): PlaceOutcome {
  const world = globalThis as unknown as Record<string, ReadingOrderSlot | undefined>;
  if (world[key]?.taken) return 'reading';
  const route = location.href.split('#')[0];
  if (route !== order.url) return 'refused';
  let loaded = '';
  try {
    loaded = performance.getEntriesByType('navigation')[0]?.name.split('#')[0] ?? '';
  } catch {
    // No Navigation Timing: nothing says the document loaded with another address.
  }
  const loadedAsRoute = loaded === '' || loaded === route;
  world[key] = { order: { ...order, loadedAsRoute }, taken: false };
  if (loadedAsRoute) return 'placed';
  const named = (selector: string, name: string): string | null =>
    document.querySelector(selector)?.getAttribute(name) ?? null;
  return {
    placedIn: {
      loaded,
      canonical: named('link[rel~="canonical" i]', 'href'),
      ogUrl: named('meta[property="og:url" i]', 'content'),
      base: document.baseURI,
    },
  };
}

/**
 * Marks the order placed under `key` for `url`, not yet taken, as the route the document loaded
 * with (the worker's isLoadedRoute said so). Runs in the page.
 */
export function markLoadedRoute(key: string, url: string): void {
  const world = globalThis as unknown as Record<string, ReadingOrderSlot | undefined>;
  const slot = world[key];
  if (slot && !slot.taken && slot.order.url === url) slot.order.loadedAsRoute = true;
}

/**
 * Whether `route` (the document's address now) is still the page the document loaded as, so its
 * head describes it: the address it loaded with less tracking parameters (a news page's
 * `history.replaceState` removing `?utm_source=`), or an address the head's canonical link or
 * `og:url` names as this route (a trailing-slash or `?page=1` fix-up, or an app that keeps its
 * head up to date). A relative canonical resolves against the document's base URL, which follows
 * the address: spa-stale-head's `page.html?v=alpha` does not name `?v=bravo`. Review 9 F-frames-2.
 */
export function isLoadedRoute(facts: RouteFacts, route: string): boolean {
  const here = canonicalizeUrl(route);
  if (here === null) return false;
  if (canonicalizeUrl(facts.loaded) === here) return true;
  return headNamesRoute([facts.canonical, facts.ogUrl], facts.base, route);
}

/** The facts of a placeOrder result from the page, or null when it is not such a result. */
export function routeFactsOf(outcome: unknown): RouteFacts | null {
  const facts = (outcome as { placedIn?: Partial<RouteFacts> | null } | null)?.placedIn;
  if (typeof facts !== 'object' || facts === null || typeof facts.loaded !== 'string') return null;
  if (typeof facts.base !== 'string') return null;
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    loaded: facts.loaded,
    canonical: text(facts.canonical),
    ogUrl: text(facts.ogUrl),
    base: facts.base,
  };
}
