// When the worker injects the reading path into a tab (issue #13, kind 6): a pure planner. The
// worker hears which tab is attended (tabs.onActivated, windows.onFocusChanged, idle.onStateChanged)
// and which document and route each tab holds (tabs.onUpdated); a route that has held attention
// READ_AFTER_MS in all (switches away and back add up) is read: the planner orders one injection
// into that document, carrying the attention the worker saw, so the page session starts from it.
// No declared script runs in a page nobody reads. The state is plain data: the glue keeps it in
// storage.session, so a worker killed mid-wait decides again on its next event from the same state.
import { canonicalizeUrl } from '../../activity/canonical-url';
import { hearOutcome } from './injection-retry';
import type {
  InjectionEvent,
  InjectionPlan,
  InjectionState,
  PlannedDocument,
} from './injection-types';

export type * from './injection-types';

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

/**
 * How long an order waits at most for the tab to complete a load of the same address (ms;
 * PlannedDocument.loadingSince): as long as a new address waits anyway, and a tab that never
 * completes (a frame loading again and again, a stopped load) is still read.
 */
export const COMMIT_WAIT_MS = INJECT_AFTER_MS;

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
      // them): the attention span goes on. It may also be a reload: the order waits until the tab
      // completes (the new document has committed by then; loadingSince), the page's guard
      // refuses it where a session already runs (a subframe's load), and a new document clamps
      // the order's start to its own time origin (injected-notes.ts): no time is counted twice.
      // Review 9 F-frames-1.
      // So is an address that only gains or loses tracking parameters (an analytics script's
      // `?utm_…` by replaceState, which Chromium reports as loading too): the same page.
      const same =
        previous !== undefined &&
        (previous.url === event.url || sameCanonical(previous.url, event.url));
      state.documents[String(event.tabId)] = {
        url: event.url,
        document: (previous?.document ?? 0) + 1,
        routeStartedAt: same ? previous.routeStartedAt : null,
        eligible: event.eligible,
        earlierMs: same ? previous.earlierMs : 0,
        attendedSince: same ? previous.attendedSince : null,
        injected: false,
        // The first load not yet completed since the last order: loads again and again (an ad)
        // never push it on, and a document already ordered gives the next load its own wait.
        loadingSince: same ? ((previous.injected ? null : previous.loadingSince) ?? now) : null,
      };
      break;
    }
    case 'loaded': {
      const doc = state.documents[String(event.tabId)];
      if (doc) doc.loadingSince = null;
      break;
    }
    case 'injection-result': {
      const doc = state.documents[String(event.tabId)];
      if (doc?.document === event.document) hearOutcome(doc, event.outcome, now);
      break;
    }
    case 'route-changed': {
      const doc = state.documents[String(event.tabId)];
      if (!doc || doc.url === event.url) break;
      const samePage = sameCanonical(doc.url, event.url);
      doc.url = event.url;
      // An address that only gains or loses what says how the reader came (an analytics script's
      // `?utm_…` added by replaceState after load) is the same page: its attention goes on.
      if (samePage) break;
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

/** Whether two routes name the same page (canonical-url.ts: tracking parameters aside). */
function sameCanonical(a: string, b: string): boolean {
  const canonical = canonicalizeUrl(a);
  return canonical !== null && canonical === canonicalizeUrl(b);
}

/** Whether `doc` may still get an order (eligible, not done with, none on its way). */
function waiting(doc: PlannedDocument): boolean {
  return doc.eligible && !doc.injected && doc.ordered !== true;
}

/**
 * When `doc`, attended since `attendedSince`, is due: its 4 s of attention, after any retry wait
 * and any same-address load not yet completed (COMMIT_WAIT_MS at most).
 */
function dueTime(doc: PlannedDocument, attendedSince: number): number {
  const loading = doc.loadingSince ?? null;
  return Math.max(
    attendedSince + INJECT_AFTER_MS - doc.earlierMs,
    doc.retryAt ?? -Infinity,
    loading === null ? -Infinity : loading + COMMIT_WAIT_MS,
  );
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
