/**
 * What the engagement tracker hears (engagement-types.ts re-exports these): the browser's and the
 * content scripts' events, with the page, idle state and window-focus shapes they carry. All
 * times are epoch milliseconds from an injected clock.
 */

export type IdleState = 'active' | 'idle' | 'locked';

/** The page a tab shows, as far as tracking cares. */
export interface TrackedPage {
  appActivityId: string;
  url: string;
  /**
   * The cleaned address the page was loaded at, when it differs from `url` (the page names a
   * canonical URL of its own): reading positions reported from it are this page's.
   */
  address?: string;
}

/**
 * The worker heard the tab holding the open interval close (`tabs.onRemoved`, or its window's
 * `windows.onRemoved`) at `at` (epoch ms), noted apart from the transition that closes the
 * interval. A quit closes every tab and then ends the worker, often before that transition is
 * committed (issue #13: 8.7 s read before a quit, 0 s recorded); this small note usually is, and
 * the next browser start closes the interval there, as the lost transition would have.
 */
export interface ClosedTab {
  tabId: number;
  at: number;
}

/**
 * An engagement the user deleted (docs/your-data.md, Delete, with undo) while the tracker may still
 * hold it: its GUID, and when the deletion was asked for (epoch ms, the scope's end): reading after
 * that moment is a new engagement's.
 */
export interface DeletedEngagement {
  id: string;
  askedAt: number;
}

/** A content script's window and whether the browser says it has focus. */
export interface WindowFocusReport {
  windowId: number;
  focused: boolean;
}

/**
 * Everything the reducer hears: browser events (windows, tabs, idle), the pages' and frames'
 * reports and signals, pause, deletions, the tick alarm and browser start; tab and window ids are
 * the browser's.
 */
export type TrackerEvent =
  | { type: 'window-focused'; windowId: number | null }
  | { type: 'window-removed'; windowId: number }
  | { type: 'tab-activated'; windowId: number; tabId: number }
  | { type: 'tab-removed'; tabId: number }
  | { type: 'tab-audible'; tabId: number; audible: boolean }
  /**
   * The user muted or unmuted the tab itself (tab strip, its menu: `tabs.Tab.mutedInfo.muted`,
   * Chromium and Firefox, heard in `tabs.onUpdated`). Its page's media still say they play with
   * sound: in a muted tab only what is seen counts (see `mediaSeen`).
   */
  | { type: 'tab-muted'; tabId: number; muted: boolean }
  | {
      type: 'page-loaded';
      tabId: number;
      windowId: number;
      page: TrackedPage;
      visible: boolean;
      /** The tab's active flag as the sender saw it, so a worker that missed activation catches up. */
      tabActive?: boolean;
      /**
       * Whether the tab is muted, as the browser said with the report (`sender.tab.mutedInfo`): a
       * tab muted before its page reported was not yet known to the tracker. Absent: unchanged.
       */
      tabMuted?: boolean;
      /** Whether the sender's window has focus, as the browser says (see page-signal). */
      focus?: WindowFocusReport;
      /**
       * How long (ms) the page had held the reader's attention (visible, its window focused) when
       * it reported: the content script reports only once a page is being read (or a new route
       * has settled), and the time before the report belongs to this page. Capped at the silence
       * limit; 0 or absent: from now.
       */
      attendedMs?: number;
      /**
       * The page was no longer attended when it reported (hidden or blurred while it was being
       * read, the report slowed by a busy machine): its `attendedMs` ended this long (ms) before
       * now. That span is banked as the page's, closed; nothing is opened. Absent: read until now.
       */
      leftMs?: number;
      /**
       * A <video>/<audio> element already plays when the page reports (a player started in the
       * seconds before it is read): as a page-signal's, so idle does not stop a video watched.
       */
      mediaPlaying?: boolean;
      /** As a page-signal's. */
      mediaSeen?: boolean;
    }
  | {
      type: 'page-signal';
      tabId: number;
      visible: boolean;
      /** A <video>/<audio> element plays, heard or seen (content/page-document.ts perceivable). */
      mediaPlaying: boolean;
      /**
       * Of what plays, a video of the reader's shows its picture (content/page-document.ts
       * seenByReader): presence even in a muted tab, where nothing is heard. Absent: none.
       */
      mediaSeen?: boolean;
      /**
       * Whether the sender's window has focus, as the browser says when the signal arrives. Chrome
       * does not always fire windows.onFocusChanged(WINDOW_ID_NONE) when the user switches to
       * another application, but the page's blur always sends a signal: this corrects the focus.
       */
      focus?: WindowFocusReport;
      /**
       * The page stopped running for a while (frozen, the machine asleep) and saw the reader
       * (input, media playing) last at this moment before. Across a silence longer than the
       * limit, time up to here still counts; the silence itself never does.
       */
      presentUntil?: number;
      /**
       * Sent with `presentUntil`: when the page ran again (its first overdue heartbeat, epoch ms).
       * Counting restarts there, not when the signal reaches the worker (which may be busy
       * waking up itself); never before the silence, nor more than the silence limit back.
       */
      resumedAt?: number;
      /**
       * Sent with `visible: false`: when the page went hidden (its visibilitychange, epoch ms;
       * untrusted). Time its tab counted after that, closed by an event heard late, is taken back
       * (hidden-late.ts).
       */
      hiddenAt?: number;
      /**
       * The page blurred, and the browser says its window lost focus or its tab is no longer the
       * active one (not focus moving into one of its iframes): when the blur happened (epoch ms;
       * untrusted). As `hiddenAt`: time its tab counted after that, closed by a window focus or
       * tab change heard late, is taken back.
       */
      blurredAt?: number;
      /**
       * The page's route changed in place (pushState, popstate): the page the tab reported is
       * left here, as with page-left, after this signal's evidence. The new route reports itself
       * once read, with the time since the change: nothing counted in between is taken back.
       */
      routeLeft?: boolean;
    }
  | { type: 'page-left'; tabId: number }
  /**
   * A subframe of the tab (e.g. an embedded video player) saw input or plays media: evidence that
   * someone is there which the top frame's content script cannot see.
   */
  | {
      type: 'frame-signal';
      tabId: number;
      /**
       * Which frame of the tab speaks (`runtime.MessageSender.frameId`, as the browser says: never
       * 0, the top frame's): what it says of its media is about that frame alone.
       * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/runtime/MessageSender
       */
      frameId: number;
      /** Whether that frame's media play: false ends only its own word, not the other frames'. */
      mediaPlaying: boolean;
      /** As a page-signal's. */
      mediaSeen?: boolean;
      /** As a page-signal's. */
      presentUntil?: number;
      /** As a page-signal's. */
      resumedAt?: number;
      /**
       * The tab's window: a player may start before its page has reported (a page reports once
       * read, seconds in); that it plays is then kept for the page to take over.
       */
      windowId?: number;
    }
  /**
   * The user deleted these engagements (applied once the deletion's undo window passed): never
   * saved or ended again; what was banked for one after its `askedAt`, and the reading of its page
   * that goes on, belong to a new engagement (deleted-engagements.ts).
   */
  | { type: 'engagements-deleted'; deleted: readonly DeletedEngagement[] }
  | { type: 'idle-state'; state: IdleState }
  | { type: 'paused'; paused: boolean }
  /** Periodic check (alarm): closes silent intervals and expired engagements. */
  | { type: 'tick' }
  /** The browser (not just the worker) started: anything left open is from a previous run. */
  | {
      type: 'browser-started';
      /**
       * The last time the previous run's worker heard the tab being read close (see ClosedTab):
       * its own transition may not have been committed before the browser exited.
       */
      closedTab?: ClosedTab;
    }
  /** What the browser says right now, after a start, to re-seed focus and active tabs. */
  | {
      type: 'snapshot';
      focusedWindowId: number | null;
      activeTabs: { windowId: number; tabId: number }[];
      idle: IdleState;
    };
