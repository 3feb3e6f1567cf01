// The page-load path of the top frame (issue #13, kind 6): one listener that only notes what the
// reading module will need and could not learn later (attention, the reader's input, the head
// before a press, route changes), one timer, and no extension API: no message reaches the worker
// from a page nobody reads. Once the page has held attention for READ_AFTER_MS it imports the
// reading module, which takes over the notes and the listener.
import {
  noteAttention,
  noteInput,
  noteLeft,
  noteRoute,
  noteVisibility,
  noteWindowFocus,
  readDueAt,
  readTimerFired,
  routeChanged,
  settleFocus,
  startNotes,
  type NotedPage,
  type PageNotes,
} from './page-notes';
import type { RequestOf, ResponseOf } from '../messaging/contract';
import { startFramePresence } from './frame-presence';
import { isViewerDocument } from './page-document';
import { listenToPage, type PageEventHandlers, type PageFeed } from './page-events';

/**
 * Imports the reading module and starts the page session on `notes`, switching `feed.on` to it
 * before it resolves. In the product a dynamic import (page-load.iife.ts). Rejects when the module
 * cannot be loaded (the extension was reloaded or removed).
 */
export type TakeOver = (notes: PageNotes, feed: PageFeed, page: NotedPage) => Promise<void>;

export interface LoadPathDeps {
  win: Window;
  takeOver: TakeOver;
  now?: () => number;
}

/** What the load path has done so far (for its tests and the bench's sake, no control). */
export interface LoadPath {
  readonly notes: PageNotes;
  readonly feed: PageFeed;
  /** Whether the reading module has been asked for. */
  readonly importing: () => boolean;
}

/**
 * Starts the load path on `win` (the top frame): notes its events until the page has been attended
 * READ_AFTER_MS (counted from an in-page route change too), then hands over to `deps.takeOver`
 * once. Events during the import are noted and seen by the session it starts. If the import fails,
 * the listener is removed: a page that cannot be read is not watched.
 */
export function startLoadPath(deps: LoadPathDeps): LoadPath {
  const { win } = deps;
  let viewer: boolean | undefined;
  const page: NotedPage = {
    win,
    now: deps.now ?? (() => Date.now()),
    isViewer: () => (viewer ??= isViewerDocument(win.document)),
  };
  const notes = startNotes(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let importing = false;
  let stopped = false;

  function schedule(): void {
    clearTimeout(timer);
    const due = readDueAt(notes);
    if (due === null || importing || stopped) return;
    // Due already (the script ran long after the page loaded): judged from when it was set.
    const firesAt = Math.max(due, page.now());
    timer = setTimeout(() => {
      if (readTimerFired(notes, firesAt, page)) takeOver();
      else schedule();
    }, firesAt - page.now());
  }

  function takeOver(): void {
    importing = true;
    deps.takeOver(notes, feed, page).catch(() => {
      stopped = true;
      feed.stop();
    });
  }

  function attention(): void {
    feed.on.attention();
  }

  function route(): void {
    if (!routeChanged(notes, page)) return;
    noteRoute(notes, page);
    schedule();
  }

  const noting: PageEventHandlers = {
    input(event) {
      noteInput(notes, event, page);
      route();
      schedule();
    },
    visibility() {
      noteVisibility(notes, page);
      route();
      schedule();
    },
    windowFocus(focused) {
      const since = noteWindowFocus(notes, focused, page);
      schedule();
      // Through the feed: the session may have taken over by the time focus settles.
      if (!focused) settleFocus(notes, since, page, attention, () => stopped);
    },
    route,
    leave() {
      noteLeft(notes);
      schedule();
    },
    restored() {
      noteLeft(notes);
      noteAttention(notes, page);
      schedule();
    },
    attention: schedule,
  };
  const feed = listenToPage(win, noting);
  schedule();
  return { notes, feed, importing: () => importing };
}

/**
 * What the page-load script does in `win`: the load path in the top frame; in a subframe (an
 * embedded player, a comments widget) the presence evidence the top frame cannot see
 * (frame-presence.ts), sent through `frameSend`. Returns the load path, or null in a subframe.
 */
export function startPageScript(
  win: Window,
  takeOver: TakeOver,
  frameSend: (
    type: 'frame-signal',
    payload: RequestOf<'frame-signal'>,
  ) => Promise<ResponseOf<'frame-signal'> | undefined>,
  lifetime: AbortSignal,
): LoadPath | null {
  if (win === win.top) return startLoadPath({ win, takeOver });
  startFramePresence({ win, send: frameSend }, lifetime);
  return null;
}
