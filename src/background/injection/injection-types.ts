// The injection planner's data (injection-plan.ts): what the worker knows of each tab's document,
// the events it hears, and the orders it makes. Plain data: the glue keeps the state in
// storage.session.
import type { ReadingOrder } from '../../messaging/reading-order';
import type { IdleState } from '../../tracking/engagement-types';
import type { InjectionOutcome, OrderProgress } from './injection-retry';

/** What the worker knows of one tab's document and route. Times are epoch ms. */
export interface PlannedDocument extends OrderProgress {
  /** The route's address (without its fragment). */
  url: string;
  /** Which committed navigation of the tab this is (counts up, from the glue's `navigated`). */
  document: number;
  /** When the current route was reached in-page; null for the route the document loaded with. */
  routeStartedAt: number | null;
  /** Whether the page may be read at all (http(s), not a never-record or sign-in page). */
  eligible: boolean;
  /** Attention on this route before the current span (ms). */
  earlierMs: number;
  /** Since when the route is attended without a break; null while it is not. */
  attendedSince: number | null;
  /**
   * When a load of the same address began that the tab has not yet completed (null: none). A
   * reload's `loading` comes at navigation start, while the old document (which already reads)
   * is still the tab's: an order then would land in it, and the new document would never be
   * read. So the order waits for the tab's `complete` (`loaded`), or COMMIT_WAIT_MS at most.
   */
  loadingSince?: number | null;
}

/** The planner's state: who has attention, and each tab's document. Plain data (storage.session). */
export interface InjectionState {
  focusedWindowId: number | null;
  /** The active tab of each window, by window id. */
  activeTabByWindow: Record<string, number>;
  idle: IdleState;
  /**
   * Tabs playing sound someone hears (audible, not muted) count as attended while the machine is
   * idle (a video watched).
   */
  audibleTabs: number[];
  /** By tab id. */
  documents: Record<string, PlannedDocument>;
  /** When the planner last heard an event (epoch ms); null (or absent) before the first. */
  lastHeardAt?: number | null;
}

/** Browser events as the planner needs them (the glue maps tabs/windows/idle events to these). */
export type InjectionEvent =
  | { type: 'window-focused'; windowId: number | null }
  | { type: 'tab-activated'; windowId: number; tabId: number }
  | { type: 'tab-removed'; tabId: number }
  | { type: 'tab-audible'; tabId: number; audible: boolean }
  | { type: 'idle-state'; state: IdleState }
  /** A new document committed in the tab (tabs.onUpdated `status: 'loading'` with a new page). */
  | { type: 'navigated'; tabId: number; url: string; eligible: boolean }
  /** The tab finished loading (tabs.onUpdated `status: 'complete'`): its document is committed. */
  | { type: 'loaded'; tabId: number }
  /** The document's address changed in-page (pushState, a new query): a new route. */
  | { type: 'route-changed'; tabId: number; url: string }
  /** What became of an order (`injected` in the glue): only heard for the document it was for. */
  | { type: 'injection-result'; tabId: number; document: number; outcome: InjectionOutcome }
  /** A timer, or a worker started again (it may have been killed mid-wait): time passed. */
  | { type: 'tick' };

/** One injection to make: the reading order, into `tabId`, only if it still holds `document`. */
export interface InjectionOrder extends ReadingOrder {
  tabId: number;
  document: number;
}

/** What to do after an event: the new state, injections to make now, and when to look again. */
export interface InjectionPlan {
  state: InjectionState;
  orders: InjectionOrder[];
  /** When the attended route is due (epoch ms), for one timer; null: nothing is due. */
  wakeAt: number | null;
}
