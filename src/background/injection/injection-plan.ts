// When the worker injects the reading path into a tab (issue #13, kind 6): a pure planner. The
// worker hears which tab is attended (tabs.onActivated, windows.onFocusChanged, idle.onStateChanged)
// and which document and route each tab holds (tabs.onUpdated); a route that has held attention
// READ_AFTER_MS in all (switches away and back add up) is read: the planner orders one injection
// into that document, carrying the attention the worker saw, so the page session starts from it.
// No declared script runs in a page nobody reads. The state is plain data: the glue keeps it in
// storage.session, so a worker killed mid-wait decides again on its next event from the same state.
import type { ReadingOrder } from '../../messaging/reading-order';
import type { IdleState } from '../../tracking/engagement-types';

/**
 * How long a route must hold attention, in all, before it is read (ms): under the 5 s minimum
 * engagement, so nothing that could be kept is missed; over the few seconds of a page opened and
 * left, which then costs the page nothing at all.
 */
export const INJECT_AFTER_MS = 4_000;

/**
 * How late past the attended route's due time an event may come and the wait still count as
 * attention (ms): a timer delayed by a busy machine. Later, the machine slept or was frozen (or the
 * worker was stopped) somewhere in the wait: only the attention up to the last event heard (and
 * this much after it) counts, and the span starts again at the late event (issue #13 kind 4: no
 * counted time across a gap without evidence).
 */
export const LATE_MS = 1_500;

/** What the worker knows of one tab's document and route. Times are epoch ms. */
export interface PlannedDocument {
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
   * Whether this document is done with: the order was placed, the document already reads (a
   * second order into it is refused by the page's guard), or the privacy rules declined it.
   */
  injected: boolean;
  /** Whether an order is on its way (sent, no outcome heard yet): not ordered twice at once. */
  ordered?: boolean;
  /** Orders refused so far (the URL not committed, the tab busy or gone, a restricted page). */
  attempts?: number;
  /** Not ordered again before this (epoch ms): a refused order waits, never a tight loop. */
  retryAt?: number | null;
}

/** The planner's state: who has attention, and each tab's document. Plain data (storage.session). */
export interface InjectionState {
  focusedWindowId: number | null;
  /** The active tab of each window, by window id. */
  activeTabByWindow: Record<string, number>;
  idle: IdleState;
  /** Tabs playing sound count as attended while the machine is idle (a video watched). */
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
  /** The document's address changed in-page (pushState, a new query): a new route. */
  | { type: 'route-changed'; tabId: number; url: string }
  /** What became of an order (`injected` in the glue): only heard for the document it was for. */
  | { type: 'injection-result'; tabId: number; document: number; outcome: InjectionOutcome }
  /** A timer, or a worker started again (it may have been killed mid-wait): time passed. */
  | { type: 'tick' };

/**
 * What became of an order. `placed`: the reading path was given it. `reading`: the document
 * already reads (a same-URL `loading` was a subframe's). `declined`: the privacy rules said no
 * (may-read.ts), not asked again until the tab navigates. `refused`: the order could not be made
 * (the document is on another route, the tab is gone or busy, a page that cannot be scripted):
 * ordered again after RETRY_MS, doubling, at most MAX_ATTEMPTS times in all.
 */
export type InjectionOutcome = 'placed' | 'reading' | 'declined' | 'refused';

/** How long a refused order waits before it is made again (ms); each refusal doubles it. */
export const RETRY_MS = 1_000;

/** Orders made into one document at most (1 + 2 + 4 + 8 s of waits between them). */
export const MAX_ATTEMPTS = 5;

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

/** The state of a worker that has heard nothing yet. */
export function emptyInjectionState(): InjectionState {
  return {
    focusedWindowId: null,
    activeTabByWindow: {},
    idle: 'active',
    audibleTabs: [],
    documents: {},
    lastHeardAt: null,
  };
}

/** The tab whose document holds attention in `state` (null: none). */
export function attendedTab(state: InjectionState): number | null {
  if (state.focusedWindowId === null || state.idle === 'locked') return null;
  const tabId = state.activeTabByWindow[String(state.focusedWindowId)];
  if (tabId === undefined) return null;
  if (state.idle === 'idle' && !state.audibleTabs.includes(tabId)) return null;
  return tabId;
}

/**
 * Applies `event`, heard at `now` (epoch ms), to `state` (not mutated) and says which injections
 * are due. Attention is the focused window's active tab while the machine is in use (or the tab
 * plays sound); a route's attention adds up over its spans until it reaches INJECT_AFTER_MS. A
 * new document or route starts from zero (the same address loading again keeps its span); a
 * document is read once, whatever its routes do afterwards (the reading path follows them itself);
 * a refused order is made again later (RETRY_MS), never into a document that changed since.
 */
export function planInjection(
  state: InjectionState,
  event: InjectionEvent,
  now: number,
): InjectionPlan {
  const heard = structuredClone(state);
  restartAfterGap(heard, now);
  const next = applyEvent(heard, event, now);
  next.lastHeardAt = now;
  const after = attendedTab(next);
  // Close the span of the tab that lost attention; open one for the tab that gained it.
  for (const [key, doc] of Object.entries(next.documents)) {
    const attended = Number(key) === after;
    if (!attended && doc.attendedSince !== null) {
      doc.earlierMs += Math.max(0, now - doc.attendedSince);
      doc.attendedSince = null;
    } else if (attended && doc.attendedSince === null) {
      doc.attendedSince = now;
    }
  }
  return { state: next, ...due(next, now) };
}

/**
 * When `now` is more than LATE_MS past the attended route's due time, its span is closed where
 * the evidence ends (the last event heard plus LATE_MS, at most the due time) and opened again at
 * `now`: the frozen or sleeping time in between is never carried into the session's start.
 */
function restartAfterGap(state: InjectionState, now: number): void {
  const tabId = attendedTab(state);
  const doc = tabId === null ? undefined : state.documents[String(tabId)];
  if (!doc || !waiting(doc) || doc.attendedSince === null) return;
  const dueAt = dueTime(doc, doc.attendedSince);
  if (now <= dueAt + LATE_MS) return;
  const heard = Math.max(doc.attendedSince, state.lastHeardAt ?? doc.attendedSince);
  doc.earlierMs += Math.min(dueAt, heard + LATE_MS) - doc.attendedSince;
  doc.attendedSince = now;
}

function applyEvent(state: InjectionState, event: InjectionEvent, now: number): InjectionState {
  switch (event.type) {
    case 'window-focused':
      state.focusedWindowId = event.windowId;
      break;
    case 'tab-activated':
      state.activeTabByWindow[String(event.windowId)] = event.tabId;
      break;
    case 'tab-removed':
      state.documents = Object.fromEntries(
        Object.entries(state.documents).filter(([key]) => key !== String(event.tabId)),
      );
      state.audibleTabs = state.audibleTabs.filter((id) => id !== event.tabId);
      break;
    case 'tab-audible':
      state.audibleTabs = state.audibleTabs.filter((id) => id !== event.tabId);
      if (event.audible) state.audibleTabs.push(event.tabId);
      break;
    case 'idle-state':
      state.idle = event.state;
      break;
    case 'navigated': {
      const previous = state.documents[String(event.tabId)];
      // The same address loading again is most often a subframe (Chromium's tab status covers
      // them): the attention span goes on. It may also be a reload: the order is sent again, the
      // page's guard refuses it where a session already runs, and a new document clamps the
      // order's start to its own time origin (injected-notes.ts): no time is counted twice.
      const same = previous?.url === event.url;
      state.documents[String(event.tabId)] = {
        url: event.url,
        document: (previous?.document ?? 0) + 1,
        routeStartedAt: same ? previous.routeStartedAt : null,
        eligible: event.eligible,
        earlierMs: same ? previous.earlierMs : 0,
        attendedSince: same ? previous.attendedSince : null,
        injected: false,
      };
      break;
    }
    case 'injection-result': {
      const doc = state.documents[String(event.tabId)];
      if (doc?.document !== event.document || !doc.ordered) break;
      doc.ordered = false;
      if (event.outcome !== 'refused') {
        doc.injected = true;
        break;
      }
      doc.attempts = (doc.attempts ?? 0) + 1;
      doc.injected = doc.attempts >= MAX_ATTEMPTS;
      doc.retryAt = now + RETRY_MS * 2 ** (doc.attempts - 1);
      break;
    }
    case 'route-changed': {
      const doc = state.documents[String(event.tabId)];
      if (!doc || doc.url === event.url) break;
      doc.url = event.url;
      doc.routeStartedAt = now;
      doc.earlierMs = 0;
      doc.attendedSince = null;
      break;
    }
    case 'tick':
      break;
  }
  return state;
}

/** Whether `doc` may still get an order (eligible, not done with, none on its way). */
function waiting(doc: PlannedDocument): boolean {
  return doc.eligible && !doc.injected && doc.ordered !== true;
}

/** When `doc`, attended since `attendedSince`, is due: its 4 s of attention, after any retry wait. */
function dueTime(doc: PlannedDocument, attendedSince: number): number {
  return Math.max(attendedSince + INJECT_AFTER_MS - doc.earlierMs, doc.retryAt ?? -Infinity);
}

/**
 * The state of a worker started again (storage.session kept it): an order that was on its way
 * when the old worker stopped has no outcome coming, so it is made again on the next event (a
 * document that did get it refuses the second one: `reading`, so it reads exactly once).
 */
export function afterWorkerStart(state: InjectionState): InjectionState {
  const next = structuredClone(state);
  for (const doc of Object.values(next.documents)) doc.ordered = false;
  return next;
}

/** The attended route's order if it is due at `now`, else when it will be. */
function due(state: InjectionState, now: number): Omit<InjectionPlan, 'state'> {
  const tabId = attendedTab(state);
  const doc = tabId === null ? undefined : state.documents[String(tabId)];
  if (tabId === null || !doc || !waiting(doc) || doc.attendedSince === null) {
    return { orders: [], wakeAt: null };
  }
  const dueAt = dueTime(doc, doc.attendedSince);
  if (dueAt > now) return { orders: [], wakeAt: dueAt };
  // One order at a time: its outcome (injection-result) says whether it is made again.
  doc.ordered = true;
  return {
    orders: [
      {
        tabId,
        document: doc.document,
        url: doc.url,
        attendedSince: doc.attendedSince,
        earlierMs: doc.earlierMs,
        routeStartedAt: doc.routeStartedAt,
      },
    ],
    wakeAt: null,
  };
}
