/**
 * Types of the engagement tracker: the pure state machine that decides which page is being read
 * and for how long. All times are epoch milliseconds from an injected clock.
 */
import type { IdleState, TrackedPage } from './tracker-events';

// The events and the shapes they carry live in tracker-events.ts; their importers take them here.
export type {
  ClosedTab,
  DeletedEngagement,
  IdleState,
  TrackedPage,
  TrackerEvent,
  WindowFocusReport,
} from './tracker-events';

/** The settings the reducer reads (settings.ts keeps them with the others). */
export interface TrackerSettings {
  /** chrome.idle detection threshold; also how long a page may stay silent before time stops. */
  idleThresholdSec: number;
  /** A return to the same page within this gap extends its engagement instead of starting one. */
  continuationGapSec: number;
  /** Engagements shorter than this are not reading and are never kept. */
  minEngagementSec: number;
}

/** Idle after 60 s, a return within 5 min continues the reading, 5 s is the least kept. */
export const DEFAULT_TRACKER_SETTINGS: TrackerSettings = {
  idleThresholdSec: 60,
  continuationGapSec: 5 * 60,
  minEngagementSec: 5,
};

/**
 * What the tracker knows of one tab: its window, the page it tracks, and the evidence of a reader
 * (visibility, sound, media, the last evidence), times in epoch ms.
 */
export interface TabState {
  windowId: number;
  /** null until the content script reports a trackable page (never for chrome://, file://, …). */
  page: TrackedPage | null;
  visible: boolean;
  /** The browser's tab.audible (true in a muted tab too: the tab makes sound nobody hears). */
  audible: boolean;
  /**
   * The user muted the tab (`tab.mutedInfo.muted`): only media seen count. Absent in a state kept
   * before it existed: not muted.
   */
  muted?: boolean;
  /** A <video>/<audio> element playing in the page, heard or seen (page-signal's mediaPlaying). */
  mediaPlaying: boolean;
  /** Of it, a video of the reader's showing its picture (page-signal's mediaSeen). */
  mediaSeen?: boolean;
  /**
   * The subframes (an embedded player, an ad frame) whose media play, by their own last word, keyed
   * by frameId (`runtime.MessageSender.frameId`, as a string): each frame's word is its own
   * (frame-media.ts). Cleared when the tab's page changes or is left. Absent: none.
   */
  frames?: Record<string, FrameMedia>;
  /** Last moment we had evidence that someone was there: input, heartbeat, activation, load. */
  lastEvidenceAt: number;
}

/**
 * What one subframe last said of its media (epoch ms): playing at `playingAt`, and its video of the
 * reader's showing its picture at `seenAt` (absent: not seen, only heard). Each holds for
 * SILENCE_LIMIT_MS only: a frame repeats it every heartbeat while it plays.
 */
export interface FrameMedia {
  playingAt: number;
  seenAt?: number;
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

/**
 * The tracker's whole state, plain JSON (stored after every transition, so it survives a killed
 * worker): windows, tabs, the open interval and the engagements in progress; times in epoch ms.
 */
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
 * What a transition asks the worker to do (store, drop, end an engagement); the reducer does no
 * I/O.
 */
export type TrackerEffect =
  /** The engagement changed and has reached the minimum: store (upsert) it. */
  | { type: 'save-engagement'; engagement: Engagement }
  /** Time taken back left it under the minimum: not reading, a stored copy goes (until saved). */
  | { type: 'drop-engagement'; engagement: Engagement }
  /** The engagement can no longer be extended: it is final (sync may treat it as complete). */
  | { type: 'engagement-ended'; engagement: Engagement; kept: boolean };

/** What a transition may read besides the state: the time (epoch ms), the settings, new ids. */
export interface TrackerContext {
  now: number;
  settings: TrackerSettings;
  newId: () => string;
}

/** The reducer's answer to one event: the next state and the effects to carry out, in order. */
export interface Transition {
  state: TrackerState;
  effects: TrackerEffect[];
}
