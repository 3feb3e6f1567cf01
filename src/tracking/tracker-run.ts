// One transition of the tracker: apply an event to what is known of the browser (focus, tabs,
// idle), then settle the open interval on whoever holds attention. What pages report is applied
// in page-reports.ts, the time arithmetic in accrual.ts; the public reducer is engagement.ts.
import type { ClosedTab, TrackerEvent } from './engagement-types';
import { attentionTab } from './attention';
import { forgetDeleted } from './deleted-engagements';
import { clampFrameTimes } from './frame-media';
import { SILENCE_LIMIT_MS } from './heartbeat';
import { forgetClosed, noteClosed } from './hidden-late';
import { leavePage, pageLoaded, pageSignal } from './page-reports';
import { evidence, evidenceForActiveTab, type Step } from './run-step';

/** Clock jumps backwards by more than this are treated as a discontinuity (system time change). */
const BACKWARDS_TOLERANCE_MS = 2_000;

/**
 * The clock went back past the tolerance (a system time change): what was banked stays, the
 * open interval restarts from now, and no tab's evidence is later than now.
 */
export function handleClockJump(step: Step): void {
  const { s, now } = step;
  if (now >= s.lastEventAt - BACKWARDS_TOLERANCE_MS) return;
  step.accrual.clockWentBack();
  for (const tab of Object.values(s.tabs)) {
    tab.lastEvidenceAt = Math.min(tab.lastEvidenceAt, now);
    clampFrameTimes(tab, now);
  }
  s.lastEventAt = now;
}

/** Applies one event to the step's state, banking what the change ends. */
export function apply(step: Step, event: TrackerEvent): void {
  const { s, now, accrual } = step;
  switch (event.type) {
    case 'window-focused':
      s.focusedWindowId = event.windowId;
      if (event.windowId !== null) evidenceForActiveTab(step, event.windowId);
      return;
    case 'window-removed':
      Reflect.deleteProperty(s.activeTabByWindow, String(event.windowId));
      if (s.focusedWindowId === event.windowId) s.focusedWindowId = null;
      return;
    case 'tab-activated': {
      s.activeTabByWindow[String(event.windowId)] = event.tabId;
      const tab = s.tabs[String(event.tabId)];
      if (tab) {
        tab.windowId = event.windowId;
        evidence(step, event.tabId);
      }
      return;
    }
    case 'tab-removed':
      accrual.closeIntervalIfOn(event.tabId);
      Reflect.deleteProperty(s.tabs, String(event.tabId));
      for (const [windowId, tabId] of Object.entries(s.activeTabByWindow)) {
        if (tabId === event.tabId) Reflect.deleteProperty(s.activeTabByWindow, windowId);
      }
      return;
    case 'tab-audible': {
      const tab = s.tabs[String(event.tabId)];
      if (!tab) return;
      // Bank before the change so the silence rule is judged with the media state that held.
      if (!event.audible) accrual.bankIfOn(event.tabId);
      tab.audible = event.audible;
      if (event.audible && tab.muted !== true) evidence(step, event.tabId);
      return;
    }
    case 'tab-muted': {
      const tab = s.tabs[String(event.tabId)];
      if (!tab) return;
      // As for sound: banked with the media state that held until now.
      accrual.bankIfOn(event.tabId);
      tab.muted = event.muted;
      // Unmuted while it makes sound: heard again from now.
      if (!event.muted && tab.audible) evidence(step, event.tabId);
      return;
    }
    case 'page-loaded':
      pageLoaded(step, event);
      return;
    case 'page-signal':
    case 'frame-signal':
      pageSignal(step, event);
      return;
    case 'page-left': {
      accrual.closeIntervalIfOn(event.tabId);
      const tab = s.tabs[String(event.tabId)];
      if (tab) leavePage(tab);
      return;
    }
    case 'engagements-deleted':
      forgetDeleted(step, event.deleted);
      return;
    case 'idle-state':
      if (event.state !== 'active') accrual.bank();
      else if (s.idle !== 'active') s.absentUntil = now;
      s.idle = event.state;
      if (event.state === 'active' && s.focusedWindowId !== null) {
        evidenceForActiveTab(step, s.focusedWindowId);
      }
      return;
    case 'paused':
      s.paused = event.paused;
      return;
    case 'tick':
      accrual.tick();
      return;
    case 'browser-started':
      // Everything in memory describes the previous run. An interval left open is closed at the
      // last moment that was banked (its last evidence): no phantom hours across the restart;
      // or where its tab was heard closing, if that transition was lost (a quit).
      closeAtQuit(step, event.closedTab);
      // No absentUntil here: a worker hears of the start when it first runs, often with the first
      // page's report, and no page can have been read before its browser started anyway.
      s.tabs = {};
      s.activeTabByWindow = {};
      s.focusedWindowId = null;
      return;
    case 'snapshot':
      s.focusedWindowId = event.focusedWindowId;
      s.activeTabByWindow = {};
      for (const { windowId, tabId } of event.activeTabs) {
        s.activeTabByWindow[String(windowId)] = tabId;
      }
      s.idle = event.idle;
      return;
  }
}

/** Close or open the interval so that it matches who holds attention now. */
export function settle(step: Step): void {
  const { s, now, accrual } = step;
  const target = attentionTab(s, now);
  const open = s.interval;
  if (open) {
    const tab = s.tabs[String(open.tabId)];
    if (target !== open.tabId || tab?.page?.appActivityId !== open.appActivityId) {
      accrual.closeInterval({ bank: true });
      noteClosed(s, open, now);
    }
  }
  if (s.silenced && target !== s.silenced.tabId) s.silenced = null;
  if (!s.interval && target !== null) {
    const tab = s.tabs[String(target)];
    // Media or not, an interval opens only on recent evidence (a playing page repeats it).
    if (tab?.page && now - tab.lastEvidenceAt <= SILENCE_LIMIT_MS) {
      const from = [step.backdate, step.resume].find((b) => b?.tabId === target);
      accrual.openInterval(target, tab, from?.since ?? now);
      forgetClosed(s, target);
    }
  }
}

/**
 * Closes the interval a previous run left open: at its last banked moment, or up to when its
 * tab was heard closing (the transition that would have banked that was not committed before
 * the browser exited). Counted as that transition would have: only within the silence limit of
 * the last evidence, never after now.
 */
function closeAtQuit(step: Step, closed: ClosedTab | undefined): void {
  const open = step.s.interval;
  if (open && closed?.tabId === open.tabId) {
    const { at } = closed;
    if (at > open.since && at - open.since <= SILENCE_LIMIT_MS && at <= step.now) {
      step.accrual.bank(at);
    }
  }
  step.accrual.closeInterval({ bank: false });
}
