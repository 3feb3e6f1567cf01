// The page session: reports one document's life to the worker once it is being read. It starts in
// the reading module when the load path (page-load.ts) hands over, on the notes the load path took
// so far, and takes over the load path's listener (page-events.ts).
import type { PageCapture } from '../activity/page-metadata';
import { fallbackCapture } from './fallback-capture';
import type { ContentContract, RequestOf, ResponseOf } from '../messaging/contract';
import { mediaPlaying } from './page-document';
import type { PageEventHandlers } from './page-events';
import {
  noteAttention,
  noteInput,
  noteLeft,
  noteRoute,
  noteVisibility,
  noteWindowFocus,
  readDueAt,
  readSpan,
  readTimerFired,
  routeChanged,
  settleFocus,
  type NotedPage,
  type PageNotes,
} from './page-notes';
import { startPageSignals } from './page-signals';
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

export interface PageSessionDeps {
  /** The document, its clock and whether it is a viewer, as the load path noted it. */
  page: NotedPage;
  /** What the load path noted so far: the session carries on noting on this very object. */
  notes: PageNotes;
  reader: PageReader;
  /** Resolves undefined when the worker cannot be reached (e.g. the extension was reloaded). */
  send: <K extends ContentType & keyof ContentContract>(
    type: K,
    payload: RequestOf<K>,
  ) => Promise<ResponseOf<K> | undefined>;
  /** Runs `work` when the page's main thread is idle (requestIdleCallback, 1 s at most). */
  whenIdle?: (work: () => void) => void;
  /**
   * The route at `href` was reported to the worker, which tracks it or declined it (paused,
   * excluded): reading positions held for it can go, or must not (reading-position/position-relay).
   */
  onReported?: (href: string, tracked: boolean) => void;
}

/** What the content script can ask of a running page session. */
export interface PageSession {
  /** What the session does on each page event: the load path's feed is switched to these. */
  readonly handlers: PageEventHandlers;
  /**
   * Says now what input the page has seen since its last signal (normally said at the end of the
   * throttle window); resolves once the worker has taken it. Nothing is sent without such input.
   */
  reportEvidence(): Promise<void>;
  /** Whether the reader's own input (wheel, key, touch, pointer press) has reached the page. */
  readerInputSeen(): boolean;
}

/**
 * Reports one document's life to the worker: what the page is, once it is being read (and again
 * for each in-page route, once its title has settled), when it is visible, and that someone is
 * still there (page-signals.ts). The route due when the session starts is read in idle time.
 */
export function startPageSession(deps: PageSessionDeps, signal: AbortSignal): PageSession {
  const { page, notes } = deps;
  const { win, now } = page;
  const doc = win.document;
  const whenIdle =
    deps.whenIdle ??
    ((work: () => void) => {
      if ('requestIdleCallback' in win) win.requestIdleCallback(work, { timeout: 1_000 });
      else setTimeout(work, 0);
    });
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
  const signals = startPageSignals(
    {
      page,
      notes,
      send: deps.send,
      reported: () => reportedRoute === notes.route,
      askAgain: () => void report(),
    },
    signal,
  );
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
      // Left while the worker read it: its address and title only, until that read completes it.
      ...(leaving ? { partial: true } : {}),
    });
    deps.onReported?.(href, reply?.tracked ?? false);
    // A page left is tracked no more (leave() untracked it): its answer must not start it again.
    if (!leaving) signals.tracking(reply);
  }

  /**
   * An in-page route change (pushState, popstate, a new query): the new route is its own page.
   * The time read on it counts from now; it is reported once read and its title has had time to
   * settle; until then the previous route gets no more evidence.
   */
  function checkRoute(): void {
    if (!routeChanged(notes, page)) return;
    // Bank the previous route up to this moment, while it is still the one reported.
    void signals.send();
    noteRoute(notes, page);
    titleWatch.start();
    scheduleRead();
  }

  // When an event happened, on the clock `now` reads: its age on the monotonic clock (which
  // timeOrigin + timeStamp alone would compare with the wall clock, and they drift apart).
  // An event from the future (a clock that is not the monotonic one) happened now.
  const happenedAt = (event: Event): number =>
    now() - Math.max(0, win.performance.now() - event.timeStamp);
  const handlers: PageEventHandlers = {
    input(event) {
      const wasFocused = notes.focused;
      noteInput(notes, event, page);
      signals.seen();
      if (!wasFocused && notes.focused) scheduleRead();
      checkRoute();
      signals.input();
    },
    visibility(event) {
      noteVisibility(notes, page);
      scheduleRead();
      void signals.send(happenedAt(event));
      signals.update();
      checkRoute();
    },
    // Switching to another application blurs the page. Chrome does not always report that as
    // a window focus change, so say it from here at once: the worker asks which window has focus.
    windowFocus(focused, event) {
      const since = noteWindowFocus(notes, focused, page);
      scheduleRead();
      void signals.send(happenedAt(event));
      if (!focused) settleFocus(notes, since, page, scheduleRead, () => signal.aborted);
    },
    route: checkRoute,
    leave() {
      // Left while the worker was reading it (a tab closed on a busy machine): the page is
      // reported now, as its address and title, or the reply would find it gone and the read
      // be lost. The page-left below then ends it.
      if (inFlight && inFlight.route === notes.route && reportedRoute !== notes.route) {
        const { href, title } = inFlight;
        inFlight = null;
        void sendLoaded(fallbackCapture(href, title), href, title, true);
      }
      if (reportedRoute !== null) void deps.send('page-left', {});
      signals.untrack();
      noteLeft(notes);
      scheduleRead();
    },
    restored() {
      // Back from the back/forward cache: a new visit of the same page.
      reportedRoute = null;
      noteLeft(notes);
      noteAttention(notes, page);
      scheduleRead();
    },
    attention: scheduleRead,
  };
  signal.addEventListener('abort', () => {
    clearTimeout(readTimer);
  });
  // A route changed during the handover has its late title still to come.
  if (notes.routeStartedAt !== null) titleWatch.start();
  scheduleRead();
  return {
    handlers,
    reportEvidence: () => signals.flush(),
    readerInputSeen: () => notes.readerInput,
  };
}
