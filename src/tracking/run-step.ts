// What one transition of the tracker works on, shared by the browser's events (tracker-run.ts)
// and the pages' reports (page-reports.ts): the cloned state, its clock, its banking, and where
// settle() must open an interval from when the event said reading began earlier than now.
import { Accrual } from './accrual';
import type { TrackerContext, TrackerState } from './engagement-types';
import type { Backdate } from './resume';

/**
 * One transition in progress. `s` is the caller's clone and is mutated; `now` (epoch ms) is the
 * context's clock, fixed for the transition.
 */
export interface Step {
  readonly s: TrackerState;
  readonly now: number;
  readonly accrual: Accrual;
  /** Reading on this tab began before now: a page that reported only once it was being read. */
  backdate: Backdate | null;
  /** This tab's page ran again from `since` after a dropped silence (see resume.ts). */
  resume: Backdate | null;
}

/** A step over `s` (already cloned by the caller) at the context's `now`. */
export function newStep(s: TrackerState, ctx: TrackerContext): Step {
  return { s, now: ctx.now, accrual: new Accrual(s, ctx), backdate: null, resume: null };
}

/** Evidence of the reader on `tabId` now: bank its open interval, if any, and note the moment. */
export function evidence(step: Step, tabId: number): void {
  const tab = step.s.tabs[String(tabId)];
  if (!tab) return;
  step.accrual.bankIfOn(tabId);
  tab.lastEvidenceAt = step.now;
}

/** Evidence on the active tab of `windowId`, if the tracker knows one. */
export function evidenceForActiveTab(step: Step, windowId: number): void {
  const tabId = step.s.activeTabByWindow[String(windowId)];
  if (tabId !== undefined) evidence(step, tabId);
}
