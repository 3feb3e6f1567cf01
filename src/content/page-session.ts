import type { PageCapture } from '../activity/page-metadata';
import type { ContentContract, RequestOf, ResponseOf } from '../messaging/contract';
import { createPresenceClock } from './presence-clock';
import { watchPresence } from './presence-watch';
import { listenToPage } from './page-events';
import { focusInFrame, isViewerDocument, loadedAt, mediaPlaying, routeOf } from './page-document';
import { snapshotHead, type HeadSnapshot } from './route/head-snapshot';
import { watchTitle } from './route/title-watch';

type ContentType = 'page-loaded' | 'page-signal' | 'page-left';

/** The lazily loaded reader (reader.ts): what the page-load path never pays for. */
export interface PageReader {
  readPage(
    doc: Document,
    pageUrl: string,
    previousHead: HeadSnapshot | null,
    headNow: HeadSnapshot,
  ): PageCapture;
}

export interface PageSessionDeps {
  win: Window;
  /** Loads the reader (a dynamic import in the product) the first time a page is being read. */
  loadReader: () => Promise<PageReader>;
  /** Resolves undefined when the worker cannot be reached (e.g. the extension was reloaded). */
  send: <K extends ContentType & keyof ContentContract>(
    type: K,
    payload: RequestOf<K>,
  ) => Promise<ResponseOf<K> | undefined>;
  now?: () => number;
  /** Runs `work` when the page's main thread is idle (requestIdleCallback, 1 s at most). */
  whenIdle?: (work: () => void) => void;
  /**
   * The route at `href` was reported to the worker, which tracks it or declined it (paused,
   * excluded): reading positions held for it can go, or must not (reading-position/position-relay).
   */
  onReported?: (href: string, tracked: boolean) => void;
}

/** Input is reported at most this often; the worker only needs to know someone is there. */
export const INPUT_THROTTLE_MS = 5_000;
/**
 * A page (or a route reached in-page) is read, and reported, once it has held attention this long:
 * under the 5 s minimum engagement, so nothing that could be kept is missed, and over the few
 * seconds of a page opened and left, which then costs only its listeners. Also how long a new
 * route's title may take to arrive (a title that changes later is reported again).
 */
export const READ_AFTER_MS = 4_000;
/** When to look where focus went after the window's blur (ms): at once, and once it settled. */
const FOCUS_SETTLE_MS = [0, 250];

/** Input only a person makes (a page's script can scroll, or move nothing under a still pointer). */
const READER_INPUT = new Set(['wheel', 'keydown', 'pointerdown', 'touchstart']);
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended'];

/** What the content script can ask of a running page session. */
export interface PageSession {
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
 * still there. The page-load path only adds listeners; the reader is loaded and run in idle time
 * once the page has held attention for READ_AFTER_MS. A heartbeat runs only while the page is
 * visible and was used recently (or plays media), so an idle page costs nothing.
 */
export function startPageSession(deps: PageSessionDeps, signal: AbortSignal): PageSession {
  const { win } = deps;
  const doc = win.document;
  const now = deps.now ?? (() => Date.now());
  const whenIdle =
    deps.whenIdle ??
    ((work: () => void) => {
      if ('requestIdleCallback' in win) win.requestIdleCallback(work, { timeout: 1_000 });
      else setTimeout(work, 0);
    });
  const listen = { capture: true, passive: true, signal } as const;

  let tracked = false;
  let heartbeatMs = 15_000;
  let idleThresholdMs = 60_000;
  let lastInputAt = now();
  let readerInput = false;
  let lastSentAt = 0;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let reader: Promise<PageReader> | undefined;
  let viewer: boolean | undefined;
  const presence = createPresenceClock(now);

  // Attention: the page is visible and its window has focus (input implies focus).
  let focused = doc.hasFocus();
  let attendedSince: number | null = null;
  // The route being read: reported once, then again only when it (or its title) changes.
  let route = routeOf(win.location.href);
  let routeStartedAt: number | null = null;
  let reportedRoute: string | null = null;
  let reportedTitle = '';
  let reporting = false;
  let head: HeadSnapshot | null = null;
  let previousHead: HeadSnapshot | null = null;

  const visible = () => doc.visibilityState === 'visible';
  // Used lately, as the heartbeat judges it (in a viewer, input never reaches this document).
  const recentlyUsed = () => isViewer() || now() - lastInputAt < idleThresholdMs;
  // Media events and the presence watch matter once the page is tracked: until then (a page
  // nobody reads) they cost nothing, and what played before is asked of the document then.
  const watch = watchPresence(doc, presence.seen, recentlyUsed, signal);
  let mediaHeard = false;
  const isViewer = () => (viewer ??= isViewerDocument(doc));
  // A title that arrives after the route was reported is its title: report it again.
  const titleWatch = watchTitle(
    win,
    () => {
      if (reportedRoute === route && doc.title !== reportedTitle) {
        reportedRoute = null;
        scheduleRead();
      }
    },
    signal,
  );

  function updateAttention(): void {
    const attended = visible() && (focused || isViewer());
    if (attended) attendedSince ??= now();
    if (!attended) attendedSince = null;
    scheduleRead();
  }

  /** When the current route is due to be read: READ_AFTER_MS of attention on it. */
  function scheduleRead(): void {
    clearTimeout(readTimer);
    readTimer = undefined;
    if (reportedRoute === route || attendedSince === null || signal.aborted) return;
    const from = Math.max(attendedSince, routeStartedAt ?? attendedSince);
    readTimer = setTimeout(
      () => {
        whenIdle(() => void report());
      },
      Math.max(0, from + READ_AFTER_MS - now()),
    );
  }

  /** The current route's metadata, noted as reported; undefined when the route moved on. */
  function readRoute(
    reading: PageReader,
  ): { href: string; metadata: PageCapture; attendedMs: number } | undefined {
    const href = win.location.href;
    if (routeOf(href) !== route) return undefined;
    const headNow = snapshotHead(doc);
    const metadata = reading.readPage(doc, href, previousHead, headNow);
    head = headNow;
    const since = Math.max(attendedSince ?? now(), routeStartedAt ?? -Infinity);
    const attendedMs = attendedSince === null ? 0 : Math.max(0, now() - since);
    reportedRoute = route;
    reportedTitle = doc.title;
    lastInputAt = now();
    return { href, metadata, attendedMs };
  }

  async function report(): Promise<void> {
    if (reporting || signal.aborted) return;
    reporting = true;
    try {
      const reading = await (reader ??= deps.loadReader());
      // Read in an idle callback of its own, not in the task that evaluated the reader's module:
      // two short tasks, each where the page has time to spare.
      const read = await new Promise<ReturnType<typeof readRoute>>((resolve) => {
        whenIdle(() => {
          resolve(readRoute(reading));
        });
      });
      if (read === undefined) return; // the route changed meanwhile: its own timer reports
      const { href, metadata, attendedMs } = read;
      const reply = await deps.send('page-loaded', {
        metadata,
        visible: visible(),
        attendedMs,
        viewer: isViewer(),
        // A player started before the page was read: its own 'playing' came while untracked.
        mediaPlaying: mediaPlaying(doc),
      });
      tracked = reply?.tracked ?? false;
      deps.onReported?.(href, tracked);
      if (tracked && !mediaHeard) {
        mediaHeard = true;
        for (const type of MEDIA_EVENTS) doc.addEventListener(type, onMedia, listen);
      }
      if (reply) {
        heartbeatMs = reply.heartbeatMs;
        idleThresholdMs = reply.idleThresholdSec * 1000;
      }
      lastSentAt = now();
      updateHeartbeat();
    } finally {
      reporting = false;
    }
  }

  function onMedia(): void {
    void sendSignal();
  }

  /** `at`: when the focus, blur or visibility change it reports happened (epoch ms). */
  function sendSignal(at?: number): Promise<unknown> {
    if (!tracked || reportedRoute !== route) return Promise.resolve();
    const presentUntil = presence.takeGap();
    // Only a page whose heartbeat ran late by far can have been frozen; the worker needs the
    // moment only then (it drops a silence over twice the heartbeat).
    const sentAt = now();
    const quiet = heartbeat !== undefined && sentAt - lastSentAt > heartbeatMs * 1.5;
    lastSentAt = sentAt;
    return deps.send('page-signal', {
      visible: visible(),
      mediaPlaying: mediaPlaying(doc),
      focused,
      ...(at === undefined ? {} : { at }),
      // The overdue heartbeat runs as soon as the page runs again: that is when it resumed.
      ...(quiet && presentUntil !== undefined ? { presentUntil, resumedAt: sentAt } : {}),
    });
  }

  function updateHeartbeat(): void {
    const wanted = tracked && visible() && !signal.aborted;
    watch.want(wanted);
    if (wanted && heartbeat === undefined) {
      heartbeat = setInterval(onHeartbeat, heartbeatMs);
    } else if (!wanted && heartbeat !== undefined) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  }

  function onHeartbeat(): void {
    // In a viewer, input never reaches this document: chrome.idle alone says whether anyone is
    // there, and the worker stops counting when it says idle.
    if (recentlyUsed() || mediaPlaying(doc)) {
      if (now() - lastSentAt >= heartbeatMs / 2) void sendSignal();
    }
  }

  /**
   * An in-page route change (pushState, popstate, a new query): the new route is its own page.
   * The time read on it counts from now; it is reported once read and its title has had time to
   * settle; until then the previous route gets no more evidence.
   */
  function checkRoute(): void {
    const next = routeOf(win.location.href);
    if (next === route) return;
    // Bank the previous route up to this moment, while it is still the one reported.
    void sendSignal();
    previousHead = head ?? snapshotHead(doc);
    head = null;
    route = next;
    routeStartedAt = now();
    titleWatch.start();
    scheduleRead();
  }

  function onInput(event: Event): void {
    presence.seen();
    readerInput ||= READER_INPUT.has(event.type);
    lastInputAt = now();
    watch.kick();
    // The head as the current route left it, before the click that may change the route.
    if (head === null && (event.type === 'pointerdown' || event.type === 'keydown')) {
      head = snapshotHead(doc);
    }
    if (!focused && event.type !== 'scroll') {
      focused = true;
      updateAttention();
    }
    checkRoute();
    if (reportedRoute !== route) return;
    if (!tracked && visible()) {
      // The worker declined earlier (paused); ask again now that someone is reading.
      if (now() - lastSentAt >= INPUT_THROTTLE_MS) void report();
      return;
    }
    const wait = lastSentAt + INPUT_THROTTLE_MS - now();
    if (wait <= 0) {
      void sendSignal();
    } else if (trailing === undefined) {
      // Input inside the throttle window is still evidence: say so once the window ends, so the
      // last moments of reading are banked even if nothing else happens afterwards.
      trailing = setTimeout(() => {
        trailing = undefined;
        if (lastInputAt > lastSentAt) void sendSignal();
      }, wait);
    }
  }

  // When an event happened, on the clock `now` reads: its age on the monotonic clock (which
  // timeOrigin + timeStamp alone would compare with the wall clock, and they drift apart).
  // An event from the future (a clock that is not the monotonic one) happened now.
  const happenedAt = (event: Event): number =>
    now() - Math.max(0, win.performance.now() - event.timeStamp);
  listenToPage(
    win,
    {
      input: onInput,
      visibility(event) {
        if (visible()) lastInputAt = now();
        updateAttention();
        void sendSignal(happenedAt(event));
        updateHeartbeat();
        checkRoute();
      },
      // Switching to another application blurs the page. Chrome does not always report that as
      // a window focus change, so say it from here at once: the worker asks which window has focus.
      windowFocus(focus, event) {
        // Attended since when, before the blur forgets it (a click on an embedded player gives it
        // back).
        const since = attendedSince;
        focused = focus;
        if (focused) lastInputAt = now();
        updateAttention();
        void sendSignal(happenedAt(event));
        if (focused) return;
        // Where focus went is known once the blur is over (a frame of another site hears of it
        // through the browser, a moment later): into one of this page's frames, the reader is
        // still here, and has been all along.
        for (const delay of FOCUS_SETTLE_MS) {
          setTimeout(() => {
            if (focused || signal.aborted || !focusInFrame(doc)) return;
            focused = true;
            attendedSince = since;
            updateAttention();
          }, delay);
        }
      },
      route: checkRoute,
      leave() {
        if (reportedRoute !== null) void deps.send('page-left', {});
        tracked = false;
        attendedSince = null;
        scheduleRead();
        updateHeartbeat();
      },
      restored() {
        // Back from the back/forward cache: a new visit of the same page.
        reportedRoute = null;
        attendedSince = null;
        updateAttention();
      },
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    clearInterval(heartbeat);
    clearTimeout(readTimer);
    clearTimeout(trailing);
  });

  // The script runs at document_idle, a while after the page was shown on a busy machine: a page
  // attended now was attended since it loaded (never before; the moment a reader first sees it).
  if (visible() && (focused || isViewer())) attendedSince = Math.min(now(), loadedAt(win) ?? now());
  updateAttention();
  return {
    async reportEvidence() {
      if (lastInputAt <= lastSentAt) return;
      clearTimeout(trailing);
      trailing = undefined;
      await sendSignal();
    },
    readerInputSeen: () => readerInput,
  };
}
