// What a page's events have said about its reader and its route, from the moment the worker injected
// the reading path (injected-notes.ts makes the first notes from the worker's order), noted by the
// page session (page-session.ts) through these functions on one object.
import { routeOf } from '../messaging/reading-order';
import { focusInFrame } from './page-document';
import { snapshotHead, type HeadSnapshot } from './route/head-snapshot';

/**
 * A page (or a route reached in-page) is read, and reported, once it has held attention this long:
 * under the 5 s minimum engagement, so nothing that could be kept is missed, and over the few
 * seconds of a page opened and left, which then costs only its listener. Also how long a new
 * route's title may take to arrive (a title that changes later is reported again).
 */
export const READ_AFTER_MS = 4_000;
/**
 * A read timer that fires this much after it was due did not fire on time because the page did not
 * run (the machine slept, the tab was frozen): more than a busy main thread's delay.
 */
export const LATE_TIMER_MS = 2_000;
/** When to look where focus went after the window's blur (ms): at once, and once it settled. */
const FOCUS_SETTLE_MS = [0, 250];
/** Input only a person makes (a page's script can scroll, or move nothing under a still pointer). */
const READER_INPUT = new Set(['wheel', 'keydown', 'pointerdown', 'touchstart']);

/** What the events of one document said so far. Times are epoch ms on the injected clock. */
export interface PageNotes {
  /** The window has focus (input other than a scroll implies it). */
  focused: boolean;
  /** Since when the page is attended (visible, and focused or a viewer); null while it is not. */
  attendedSince: number | null;
  /** Whether the reader's own input (wheel, key, touch, pointer press) has reached the page. */
  readerInput: boolean;
  /** The last input, focus or showing of the page. */
  lastInputAt: number;
  /** The route being read: the URL without its fragment. */
  route: string;
  /** When the route was reached in-page; null for the route the document loaded with. */
  routeStartedAt: number | null;
  /** The head as the current route left it: taken on its first press, or when it was read. */
  head: HeadSnapshot | null;
  /** The head of the route before an in-page route change (null on the first route). */
  previousHead: HeadSnapshot | null;
  /**
   * The route's last attended span that ended (the tab switched away, the window blurred), kept
   * until the route is reported: a report that comes after it (a read slowed by a busy machine)
   * still says the route was read. Null or absent: none.
   */
  endedSpan?: { since: number; until: number } | null;
  /**
   * When the worker's order found the route due to be read (epoch ms): READ_AFTER_MS after the
   * attention it saw began. The page's own attention may begin later (its first paint, from which
   * the report counts), but the worker has waited already: no second wait, and no read timer, for
   * the span the session starts in (issue #13: a timer task of its own cost each read ~0.3 ms).
   * Null or absent once that span ended, or the route changed.
   */
  orderDueAt?: number | null;
}

/** The document the notes are about, and the clock they are taken on. */
export interface NotedPage {
  readonly win: Window;
  readonly now: () => number;
  /** Whether the document is one the page cannot observe (page-document.ts isViewerDocument). */
  readonly isViewer: () => boolean;
}

const isAttended = (notes: PageNotes, page: NotedPage): boolean =>
  page.win.document.visibilityState === 'visible' && (notes.focused || page.isViewer());

/** Notes whether the page is attended now (an attended page keeps its start). */
export function noteAttention(notes: PageNotes, page: NotedPage): void {
  if (isAttended(notes, page)) {
    notes.attendedSince ??= page.now();
    return;
  }
  if (notes.attendedSince !== null) {
    notes.endedSpan = { since: notes.attendedSince, until: page.now() };
  }
  notes.attendedSince = null;
  notes.orderDueAt = null;
}

/**
 * Notes input: the reader's own, the head before the press that may change the route, and the
 * focus input implies. Attention is noted again when the input gave the window focus.
 */
export function noteInput(notes: PageNotes, event: Event, page: NotedPage): void {
  const { type } = event;
  notes.readerInput ||= READER_INPUT.has(type);
  notes.lastInputAt = page.now();
  // The head as the current route left it, before the click that may change the route.
  if (notes.head === null && (type === 'pointerdown' || type === 'keydown')) {
    notes.head = snapshotHead(page.win.document);
  }
  if (notes.focused || type === 'scroll') return;
  notes.focused = true;
  noteAttention(notes, page);
}

/** Notes that the document was shown or hidden. */
export function noteVisibility(notes: PageNotes, page: NotedPage): void {
  if (page.win.document.visibilityState === 'visible') notes.lastInputAt = page.now();
  noteAttention(notes, page);
}

/**
 * Notes that the window gained or lost focus. Returns since when the page was attended before
 * (for settleFocus: a click on an embedded player blurs the window, not the reader).
 */
export function noteWindowFocus(notes: PageNotes, focused: boolean, page: NotedPage) {
  const since = notes.attendedSince;
  notes.focused = focused;
  if (focused) notes.lastInputAt = page.now();
  noteAttention(notes, page);
  return since;
}

/**
 * After a blur, looks where focus went, once at once and once it settled (a frame of another site
 * hears of it through the browser, a moment later): into one of this page's frames, the reader is
 * still here, and has been since `since`. Calls `settled` when that changed the notes; nothing
 * once `stopped()`.
 */
export function settleFocus(
  notes: PageNotes,
  since: number | null,
  page: NotedPage,
  settled: () => void,
  stopped: () => boolean,
): void {
  for (const delay of FOCUS_SETTLE_MS) {
    setTimeout(() => {
      if (notes.focused || stopped() || !focusInFrame(page.win.document)) return;
      notes.focused = true;
      notes.attendedSince = since;
      noteAttention(notes, page);
      settled();
    }, delay);
  }
}

/** Whether the document's address names another route than the one noted. */
export function routeChanged(notes: PageNotes, page: NotedPage): boolean {
  return routeOf(page.win.location.href) !== notes.route;
}

/**
 * Notes an in-page route change (pushState, popstate, a new query): the new route is its own page,
 * read from now, and the head as the previous route left it describes that one.
 */
export function noteRoute(notes: PageNotes, page: NotedPage): void {
  notes.previousHead = notes.head ?? snapshotHead(page.win.document);
  notes.head = null;
  notes.route = routeOf(page.win.location.href);
  notes.routeStartedAt = page.now();
  notes.endedSpan = null;
  notes.orderDueAt = null;
}

/** Notes that the document was left, or came back from the back/forward cache (not attended). */
export function noteLeft(notes: PageNotes): void {
  notes.attendedSince = null;
  notes.endedSpan = null;
  notes.orderDueAt = null;
}

/**
 * How long the route was read, for its report at `now`: since its current span began (never
 * before the route was reached), or, when it is no longer attended (hidden or blurred while it was
 * being read), its last span, which ended `leftMs` before now. A route not attended since it was
 * reached was not read: 0.
 */
export function readSpan(notes: PageNotes, now: number): { attendedMs: number; leftMs?: number } {
  const from = (since: number) => Math.max(since, notes.routeStartedAt ?? -Infinity);
  if (notes.attendedSince !== null)
    return { attendedMs: Math.max(0, now - from(notes.attendedSince)) };
  const span = notes.endedSpan ?? null;
  if (span === null) return { attendedMs: 0 };
  const attendedMs = Math.max(0, span.until - from(span.since));
  return attendedMs > 0 ? { attendedMs, leftMs: Math.max(0, now - span.until) } : { attendedMs: 0 };
}

/**
 * When the current route is due to be read (epoch ms): READ_AFTER_MS of attention on it, or as the
 * worker's order said (`orderDueAt`) if that is sooner. Null while the page is not attended.
 */
export function readDueAt(notes: PageNotes): number | null {
  if (notes.attendedSince === null) return null;
  const own =
    Math.max(notes.attendedSince, notes.routeStartedAt ?? notes.attendedSince) + READ_AFTER_MS;
  return Math.min(own, notes.orderDueAt ?? own);
}

/**
 * Whether the route is due to be read now that its read timer fired (`due`: when the timer was
 * set to fire, epoch ms). A timer that fired more than LATE_TIMER_MS late says the page did not run since `due`
 * (a sleep, a frozen tab): nothing was noted meanwhile, so nothing says the reader was there. The
 * attention then restarts now (a route is due READ_AFTER_MS later) and this returns false; the
 * time before `due` counted no more than the reader's absence, which the worker never sees.
 */
export function readTimerFired(notes: PageNotes, due: number, page: NotedPage): boolean {
  if (page.now() - due <= LATE_TIMER_MS) return true;
  notes.attendedSince = null;
  notes.orderDueAt = null;
  noteAttention(notes, page);
  return false;
}
