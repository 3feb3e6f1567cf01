/**
 * Types of the engagement tracker: the pure state machine that decides which page is being read
 * and for how long. All times are epoch milliseconds from an injected clock.
 */

export type IdleState = 'active' | 'idle' | 'locked';

export interface TrackerSettings {
  /** chrome.idle detection threshold; also how long a page may stay silent before time stops. */
  idleThresholdSec: number;
  /** A return to the same page within this gap extends its engagement instead of starting one. */
  continuationGapSec: number;
  /** Engagements shorter than this are not reading and are never kept. */
  minEngagementSec: number;
}

export const DEFAULT_TRACKER_SETTINGS: TrackerSettings = {
  idleThresholdSec: 60,
  continuationGapSec: 5 * 60,
  minEngagementSec: 5,
};

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

export interface TabState {
  windowId: number;
  /** null until the content script reports a trackable page (never for chrome://, file://, …). */
  page: TrackedPage | null;
  visible: boolean;
  /** Chrome's tab.audible. */
  audible: boolean;
  /** A <video>/<audio> element playing in the page (may be muted). */
  mediaPlaying: boolean;
  /**
   * Last time a subframe (an embedded player) said its media was playing; null or absent when
   * none does. It holds for SILENCE_LIMIT_MS only: a frame repeats it while it plays.
   */
  frameMediaAt?: number | null;
  /** Last moment we had evidence that someone was there: input, heartbeat, activation, load. */
  lastEvidenceAt: number;
}

/** A period of engagement with one page: becomes one Graph activityHistoryItem. */
export interface Engagement {
  /** Client-generated GUID, reused on every write so a retry never duplicates. */
  id: string;
  appActivityId: string;
  url: string;
  startedAt: number;
  lastActiveAt: number;
  /** Sum of engaged intervals, never the wall-clock span. */
  activeMs: number;
}

/** The interval being accrued right now (at most one: only one tab can hold attention). */
export interface OpenInterval {
  tabId: number;
  engagementId: string;
  appActivityId: string;
  since: number;
  /**
   * When its engagement began counting this stretch (epoch ms, a late report's backdate
   * included): time from here on is this interval's. Absent in a state kept before it existed.
   */
  openedAt?: number;
}

/** Time banked for an engagement, from `from` to `to` (epoch ms). */
export interface BankedStretch {
  appActivityId: string;
  engagementId: string;
  from: number;
  to: number;
}

/** An interval closed `at` (epoch ms). */
export interface ClosedInterval extends OpenInterval {
  at: number;
}

/** A silence longer than the limit, dropped from the open interval's engagement. */
export interface DroppedSilence extends OpenInterval {
  until: number;
}

export interface TrackerState {
  /** null when no browser window has focus. */
  focusedWindowId: number | null;
  /** windowId (as string key) → active tabId. */
  activeTabByWindow: Record<string, number>;
  idle: IdleState;
  paused: boolean;
  /** tabId (as string key) → state. */
  tabs: Record<string, TabState>;
  interval: OpenInterval | null;
  /**
   * The last silence dropped (from `since` to `until`: the machine slept, the browser was frozen),
   * kept until attention moves: the frozen page's first signal after it runs again may arrive
   * after other events, and say when it last saw the reader (`presentUntil`).
   */
  silenced?: DroppedSilence | null;
  /**
   * The last moment the tracker itself knew nobody was reading (epoch ms): idle or a locked screen
   * ended. A page's report that it was read for a while (page-loaded's
   * attendedMs) is never backdated before it, whatever the page's own clock says (a machine that
   * slept while the page's read timer was pending). Absent in a state kept before it existed.
   */
  absentUntil?: number;
  /** appActivityId → its latest engagement, kept while a return could still extend it. */
  engagements: Record<string, Engagement>;
  /** What was banked lately, oldest first (banked-stretches.ts). Absent in an older state. */
  banked?: BankedStretch[];
  /**
   * Where the last interval was closed by the browser's events (hidden-late.ts), until an interval
   * opens on its tab again. Absent in an older state.
   */
  closedLately?: ClosedInterval | null;
  /** Time of the last event seen, to detect the clock going backwards. */
  lastEventAt: number;
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

/** A content script's window and whether the browser says it has focus. */
export interface WindowFocusReport {
  windowId: number;
  focused: boolean;
}

export type TrackerEvent =
  | { type: 'window-focused'; windowId: number | null }
  | { type: 'window-removed'; windowId: number }
  | { type: 'tab-activated'; windowId: number; tabId: number }
  | { type: 'tab-removed'; tabId: number }
  | { type: 'tab-audible'; tabId: number; audible: boolean }
  | {
      type: 'page-loaded';
      tabId: number;
      windowId: number;
      page: TrackedPage;
      visible: boolean;
      /** The tab's active flag as the sender saw it, so a worker that missed activation catches up. */
      tabActive?: boolean;
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
    }
  | {
      type: 'page-signal';
      tabId: number;
      visible: boolean;
      mediaPlaying: boolean;
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
    }
  | { type: 'page-left'; tabId: number }
  /**
   * A subframe of the tab (e.g. an embedded video player) saw input or plays media: evidence that
   * someone is there which the top frame's content script cannot see.
   */
  | {
      type: 'frame-signal';
      tabId: number;
      mediaPlaying: boolean;
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

export type TrackerEffect =
  /** The engagement changed and has reached the minimum: store (upsert) it. */
  | { type: 'save-engagement'; engagement: Engagement }
  /** Time taken back left it under the minimum: not reading, a stored copy goes (until saved). */
  | { type: 'drop-engagement'; engagement: Engagement }
  /** The engagement can no longer be extended: it is final (sync may treat it as complete). */
  | { type: 'engagement-ended'; engagement: Engagement; kept: boolean };

export interface TrackerContext {
  now: number;
  settings: TrackerSettings;
  newId: () => string;
}

export interface Transition {
  state: TrackerState;
  effects: TrackerEffect[];
}
