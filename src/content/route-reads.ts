// The page session's reads (page-session.ts): when the route is due to be read (READ_AFTER_MS of
// attention on it), reading it in idle time, reporting it with what the reader found, reading it
// again when its title settles later, and the report of a page left while the worker read it.
// Its state (which route was reported, the read under way) is its own; the session asks it.
import type { PageCapture } from '../activity/page-metadata';
import type { ContentContract, RequestOf, ResponseOf } from '../messaging/contract';
import { fallbackCapture } from './fallback-capture';
import { mediaPlaying, mediaSeen } from './page-document';
import {
  readDueAt,
  readSpan,
  readTimerFired,
  routeChanged,
  type NotedPage,
  type PageNotes,
} from './page-notes';
import type { Tracking } from './page-signals';
import { snapshotHead, type HeadSnapshot } from './route/head-snapshot';
import { watchTitle } from './route/title-watch';

type ContentType = 'page-loaded' | 'page-signal' | 'page-left';

/**
 * What reads the page: the worker, from its snapshot (snapshot-reader.ts). `previousHead` is what
 * the head said before an in-page route change (null on the first route), `headNow` what it says.
 */
export interface PageReader {
  readPage(
    doc: Document,
    pageUrl: string,
    previousHead: HeadSnapshot | null,
    headNow: HeadSnapshot,
  ): PageCapture | Promise<PageCapture>;
}

/** Sends the page's messages to the worker; resolves undefined when it cannot be reached. */
export type PageSend = <K extends ContentType & keyof ContentContract>(
  type: K,
  payload: RequestOf<K>,
) => Promise<ResponseOf<K> | undefined>;

/** What the route reads need: the noted page, its notes and the reader that extracts a route. */
export interface RouteReadsDeps {
  page: NotedPage;
  notes: PageNotes;
  reader: PageReader;
  send: PageSend;
  /** The route at `href` was reported; the worker tracks it or declined it (page-session.ts). */
  onReported?: (href: string, tracked: boolean) => void;
  /** Runs `work` when the page's main thread is idle. */
  whenIdle: (work: () => void) => void;
  /** The worker answered a report that was not a leave's: whether it tracks the page, and how. */
  tracking: (reply: Tracking | undefined) => void;
}

/** See createRouteReads. */
export interface RouteReads {
  /** Reads the current route when it is due (at once, or on a timer), unless it was reported. */
  readonly schedule: () => void;
  /** Reports the current route now (the worker declined it earlier, and someone reads now). */
  readonly reportNow: () => void;
  /** Whether the route being read is the one the worker was told of. */
  readonly reported: () => boolean;
  /** An in-page route change was noted: its late title is watched, its read scheduled. */
  routeStarted(): void;
  /**
   * The page is being left: a route the worker is reading and not yet reported is reported now,
   * as its address and title. Whether any route was reported (so the page-left must be sent).
   */
  leave(): boolean;
  /** Back from the back/forward cache: nothing is reported for this new visit yet. */
  forget(): void;
}

/**
 * Reads and reports the routes of one document (see the file's head); stops with `signal`.
 * Nothing is scheduled until `schedule` is called.
 */
export function createRouteReads(deps: RouteReadsDeps, signal: AbortSignal): RouteReads {
  const { page, notes, whenIdle } = deps;
  const { win, now } = page;
  const doc = win.document;
  // The route reported: once, then again only when it (or its title) changes.
  let reportedRoute: string | null = null;
  let reportedTitle = '';
  // The route already read again for a title that changed during its read: a title that ticks (a
  // clock, a countdown, an unread counter) faster than a read takes would loop for ever
  // (review F-offx-1). After a route change, the title watch follows a settling title.
  let rereadForTitle: string | null = null;
  let reporting = false;
  // The read under way (its route, address and title as it began), until its report is sent.
  let inFlight: { route: string; href: string; title: string } | null = null;
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  let readQueued = false;
  const visible = () => doc.visibilityState === 'visible';
  // A title that arrives after the route was reported is its title: report it again.
  const titleWatch = watchTitle(
    win,
    () => {
      if (reportedRoute === notes.route && doc.title !== reportedTitle) {
        reportedRoute = null;
        scheduleRead();
      }
    },
    signal,
  );

  /** When the current route is due to be read: READ_AFTER_MS of attention on it. */
  function scheduleRead(): void {
    clearTimeout(readTimer);
    const due = readDueAt(notes);
    if (reportedRoute === notes.route || due === null || signal.aborted) return;
    // Due already when the session starts (the worker waited for it: orderDueAt): no timer.
    if (due <= now()) read();
    else {
      readTimer = setTimeout(() => {
        if (readTimerFired(notes, due, page)) read();
        else scheduleRead();
      }, due - now());
    }
  }

  /** Reads and reports the route in idle time (once, however often it is asked meanwhile). */
  function read(): void {
    if (readQueued) return;
    readQueued = true;
    whenIdle(() => {
      readQueued = false;
      if (reportedRoute !== notes.route) void report();
    });
  }

  async function report(): Promise<void> {
    if (reporting || signal.aborted || routeChanged(notes, page)) return;
    reporting = true;
    try {
      const href = win.location.href;
      const headNow = snapshotHead(doc);
      const title = doc.title;
      const route = notes.route;
      const pending = { route, href, title };
      inFlight = pending;
      const metadata = await deps.reader.readPage(doc, href, notes.previousHead, headNow);
      // Left meanwhile, the page was reported then (leave()); this read is no longer its report.
      const reportedOnLeave = inFlight !== pending;
      inFlight = null;
      // The route changed while the worker read it: that read is not this route's. (The session
      // may also have stopped meanwhile, which TypeScript's narrowing cannot see.)
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (reportedOnLeave || signal.aborted || notes.route !== route || routeChanged(notes, page))
        return;
      notes.head = headNow;
      await sendLoaded(metadata, href, title);
    } finally {
      reporting = false;
      // A route reached, or a title settled, while the worker read the page: read it again (for
      // a title, once per route).
      const route = notes.route;
      if (reportedRoute === route && doc.title !== reportedTitle && rereadForTitle !== route) {
        rereadForTitle = route;
        reportedRoute = null;
      }
      if (reportedRoute !== notes.route) scheduleRead();
    }
  }

  /**
   * Reports the current route as read, with `metadata`, and takes the worker's answer. `leaving`:
   * sent as the page is left, so its reading ends now, whatever the order in which the worker
   * takes this and the page-left that follows.
   */
  async function sendLoaded(
    metadata: PageCapture,
    href: string,
    title: string,
    leaving = false,
  ): Promise<void> {
    const at = now();
    const span = readSpan(notes, at);
    if (leaving && span.attendedMs > 0) span.leftMs ??= 0;
    reportedRoute = notes.route;
    reportedTitle = title;
    notes.lastInputAt = at;
    const reply = await deps.send('page-loaded', {
      metadata,
      visible: !leaving && visible(),
      // Read since attendedMs ago, or (no longer attended: hidden while it was read) for
      // attendedMs up to leftMs ago. When measured (at): the worker counts back from here.
      ...span,
      at,
      viewer: page.isViewer(),
      // A player started before the page was read: its own 'playing' came while untracked.
      mediaPlaying: mediaPlaying(doc),
      mediaSeen: mediaSeen(doc),
      // Left while the worker read it: its address and title only, until that read completes it.
      ...(leaving ? { partial: true } : {}),
    });
    deps.onReported?.(href, reply?.tracked ?? false);
    // A page left is tracked no more (leave() untracked it): its answer must not start it again.
    if (!leaving) deps.tracking(reply);
  }

  signal.addEventListener('abort', () => {
    clearTimeout(readTimer);
  });
  // A route changed during the handover has its late title still to come.
  if (notes.routeStartedAt !== null) titleWatch.start();
  return {
    schedule: scheduleRead,
    reportNow: () => void report(),
    reported: () => reportedRoute === notes.route,
    routeStarted() {
      titleWatch.start();
      scheduleRead();
    },
    leave() {
      // Left while the worker was reading it (a tab closed on a busy machine): the page is
      // reported now, as its address and title, or the reply would find it gone and the read
      // be lost. The page-left the session sends then ends it.
      if (inFlight && inFlight.route === notes.route && reportedRoute !== notes.route) {
        const { href, title } = inFlight;
        inFlight = null;
        void sendLoaded(fallbackCapture(href, title), href, title, true);
      }
      return reportedRoute !== null;
    },
    forget() {
      reportedRoute = null;
    },
  };
}
