// The page session: reports one document's life to the worker once it is being read. It starts in
// the reading module when the load path (page-load.ts) hands over, on the notes the load path took
// so far, and takes over the load path's listener (page-events.ts).
import type { PageEventHandlers } from './page-events';
import {
  noteAttention,
  noteInput,
  noteLeft,
  noteRoute,
  noteVisibility,
  noteWindowFocus,
  routeChanged,
  settleFocus,
  type NotedPage,
  type PageNotes,
} from './page-notes';
import { startPageSignals } from './page-signals';
import { watchReaderMedia } from './reader-media';
import { createRouteReads, type PageReader, type PageSend } from './route-reads';

export type { PageReader } from './route-reads';

/** What a page's reading session needs: the page as noted at load, its notes, its channel. */
export interface PageSessionDeps {
  /** The document, its clock and whether it is a viewer, as the load path noted it. */
  page: NotedPage;
  /** What the load path noted so far: the session carries on noting on this very object. */
  notes: PageNotes;
  reader: PageReader;
  /** Resolves undefined when the worker cannot be reached (e.g. the extension was reloaded). */
  send: PageSend;
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
  const whenIdle =
    deps.whenIdle ??
    ((work: () => void) => {
      if ('requestIdleCallback' in win) win.requestIdleCallback(work, { timeout: 1_000 });
      else setTimeout(work, 0);
    });
  const reads = createRouteReads(
    {
      page,
      notes,
      reader: deps.reader,
      send: deps.send,
      whenIdle,
      ...(deps.onReported ? { onReported: deps.onReported } : {}),
      tracking: (reply) => {
        signals.tracking(reply);
      },
    },
    signal,
  );
  const scheduleRead = reads.schedule;
  // Whose the page's videos are (a muted one is presence only if the reader's), noted before the
  // signals read them: from the reader's presses, and what already played when the session began.
  const readerMedia = watchReaderMedia(win.document, signal);
  const signals = startPageSignals(
    {
      page,
      notes,
      send: deps.send,
      reported: reads.reported,
      askAgain: reads.reportNow,
    },
    signal,
  );

  /**
   * An in-page route change (pushState, popstate, a new query): the new route is its own page.
   * The time read on it counts from now; it is reported once read and its title has had time to
   * settle; until then no route of this page is counted (issue #13: the tab kept counting the
   * previous route, and taking that back when the new one reported lowered what the popup showed).
   */
  function checkRoute(): void {
    if (!routeChanged(notes, page)) return;
    // Bank the previous route up to this moment, while it is still the one reported, and end it.
    void signals.send(undefined, true);
    noteRoute(notes, page);
    reads.routeStarted();
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
      readerMedia.press(event);
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
      // A route the worker was still reading is reported as it is left (route-reads.ts).
      if (reads.leave()) void deps.send('page-left', {});
      signals.untrack();
      noteLeft(notes);
      scheduleRead();
    },
    restored() {
      // Back from the back/forward cache: a new visit of the same page.
      reads.forget();
      noteLeft(notes);
      noteAttention(notes, page);
      scheduleRead();
    },
    attention: scheduleRead,
  };
  scheduleRead();
  return {
    handlers,
    reportEvidence: () => signals.flush(),
    readerInputSeen: () => notes.readerInput,
  };
}
