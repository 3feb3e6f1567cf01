import type { ReadingPosition } from '../../activity/text-fragment';
import { routeOf } from '../../messaging/reading-order';

/** Routes whose latest position is held at most while not yet reported; the oldest goes first. */
export const MAX_HELD_ROUTES = 8;

/**
 * Between the sampler and the worker: the worker keeps a position only for the route its tab
 * tracks, and a single-page app's new route is tracked only once the page session has read and
 * reported it (page-session.ts, some seconds after the route changed). Positions of a route not
 * yet reported are held here (the latest per route, MAX_HELD_ROUTES routes at most, in the
 * content script's memory only) and sent once the route is reported and tracked; a route the
 * worker declined (paused or excluded browsing) has its positions dropped, never sent later.
 */
export interface PositionRelay {
  /** A position sampled at `url`: sent now when its route is the tracked one, else held. */
  report(url: string, position: ReadingPosition): void;
  /**
   * The page session reported the route of `href` to the worker, which tracks it (`tracked`) or
   * declined it: a position held for it is sent, or dropped.
   */
  routeReported(href: string, tracked: boolean): void;
}

/** A PositionRelay that hands positions to `send` (the worker message in the product). */
export function createPositionRelay(
  send: (url: string, position: ReadingPosition) => void,
): PositionRelay {
  let reported: { route: string; tracked: boolean } | undefined;
  const held = new Map<string, { url: string; position: ReadingPosition }>();
  return {
    report(url, position) {
      const route = routeOf(url);
      if (reported?.route === route) {
        if (reported.tracked) send(url, position);
        return;
      }
      // Map order is insertion order: re-inserting makes this route the newest.
      held.delete(route);
      held.set(route, { url, position });
      if (held.size > MAX_HELD_ROUTES) {
        const oldest = held.keys().next();
        if (!oldest.done) held.delete(oldest.value);
      }
    },
    routeReported(href, tracked) {
      const route = routeOf(href);
      reported = { route, tracked };
      const waiting = held.get(route);
      held.delete(route);
      if (waiting && tracked) send(waiting.url, waiting.position);
    },
  };
}
