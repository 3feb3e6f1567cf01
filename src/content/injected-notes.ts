// The notes a reading path injected by the worker starts from (issue #13, kind 6): no script ran in
// the page before, so what it would have noted comes from the worker's order (the attention it saw
// in tabs, windows and idle events; the in-page route change it saw in tabs.onUpdated).
import { routeOf, type PlacedOrder } from '../messaging/reading-order';
import { firstShownAt, isViewerDocument } from './page-document';
import { listenToPage, type PageEventHandlers, type PageFeed } from './page-events';
import { noteAttention, READ_AFTER_MS, type NotedPage, type PageNotes } from './page-notes';
import { snapshotHead } from './route/head-snapshot';

/**
 * The page's notes as the injected reading path starts, or null when the document is not the one
 * the worker decided on (it navigated to another route meanwhile: nothing the worker saw is about
 * this one, and a later order will come for it).
 * - Attention: the page attended now was attended since the worker's `attendedSince`, less the
 *   attention it saw earlier on the route (`earlierMs`), so the first report's time is exact.
 *   Attention that began with this document (a new page) counts from when it first showed its
 *   content (firstShownAt: the first contentful paint), never from navigation start; attention
 *   that began before it (a reload of the page being read: the old document stays on screen until
 *   the new one paints) goes on from this document's time origin, never before it. The route is
 *   due to be read at once all the same (`orderDueAt`): the worker waited for its attention. A
 *   viewer (the PDF viewer) still waits READ_AFTER_MS of its own: its tab's title names it.
 * - A route reached in-page before the read (the address is not the one the document loaded
 *   with, by Navigation Timing, and not a fix-up of it: `loadedAsRoute`, decided as the worker
 *   placed the order, src/background/injection/order-placement.ts): the head, as it is now, is
 *   taken as the previous route's (`previousHead`). An app that never updates its head
 *   (spa-stale-head) then gets no head value trusted for the new route; one that did but names
 *   the route nowhere loses only its head values for that route, and is read from its address,
 *   title and body. Nothing ran to see the head before the change.
 */
export function notesFromOrder(page: NotedPage, order: PlacedOrder): PageNotes | null {
  const { win, now } = page;
  const route = routeOf(win.location.href);
  if (route !== order.url) return null;
  const loadedWithRoute = order.loadedAsRoute;
  const notes: PageNotes = {
    focused: win.document.hasFocus(),
    attendedSince: null,
    readerInput: false,
    lastInputAt: now(),
    route,
    // The worker took a server redirect or an address fix-up during the load for an in-page
    // route: the document loaded as this route, so it has no in-page start and its head is its own.
    routeStartedAt: loadedWithRoute ? null : order.routeStartedAt,
    head: null,
    previousHead: loadedWithRoute ? null : snapshotHead(win.document),
  };
  noteAttention(notes, page);
  if (notes.attendedSince !== null) {
    // Never before this document existed: the worker keeps a span across a same-address load
    // (a subframe's, or a reload whose first document already counted the time before it).
    const began = order.attendedSince - Math.max(0, order.earlierMs);
    const origin = timeOrigin(win);
    const since = began < origin ? origin : Math.max(began, firstShownAt(win));
    notes.attendedSince = Math.min(notes.attendedSince, since);
    // The worker waited READ_AFTER_MS of the attention it saw (the page's may begin later). Not
    // in a viewer: it is named by its tab, whose title the browser sets once it has parsed the
    // document, which may be well after it first painted (seconds, on a busy machine).
    if (!page.isViewer()) notes.orderDueAt = began + READ_AFTER_MS;
  }
  return notes;
}

/** When `win`'s document began (epoch ms, High Resolution Time's timeOrigin); -Infinity unknown. */
function timeOrigin(win: Window): number {
  const origin = win.performance.timeOrigin;
  return Number.isFinite(origin) && origin > 0 ? origin : -Infinity;
}

/** Until the session takes the feed over, in the same task: nothing to do. */
const NOT_YET: PageEventHandlers = {
  input: () => undefined,
  visibility: () => undefined,
  windowFocus: () => undefined,
  route: () => undefined,
  leave: () => undefined,
  restored: () => undefined,
  attention: () => undefined,
};

/**
 * Starts reading `win`'s document as the worker ordered: notes from the order, the page's one
 * listener, and `start` (reading.ts takeOver: the page session, which takes the listener's feed
 * over in the same task). Returns what `start` returns, or null, doing nothing, when the document
 * is no longer on the route the worker decided on.
 */
export function startOrderedReading<T>(
  win: Window,
  order: PlacedOrder,
  start: (notes: PageNotes, feed: PageFeed, page: NotedPage) => T,
  now: () => number = () => Date.now(),
): T | null {
  let viewer: boolean | undefined;
  const page: NotedPage = {
    win,
    now,
    isViewer: () => (viewer ??= isViewerDocument(win.document)),
  };
  const notes = notesFromOrder(page, order);
  if (!notes) return null;
  return start(notes, listenToPage(win, NOT_YET), page);
}
