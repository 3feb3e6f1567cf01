// What a page that stopped running (frozen with the browser, the machine asleep) says about the
// silence the tracker dropped on it, once it runs again: issue #13, kind 4.
import type { Accrual } from './accrual';
import type { DroppedSilence, TrackerState } from './engagement-types';

/**
 * A page's signal reaches the worker within moments of the heartbeat that sent it (even one that
 * has to start the worker): a page that says it ran again longer ago than this is not believed
 * further, so no more of a dropped silence than this is ever given back on its word.
 */
export const MAX_RESUME_LAG_MS = 5_000;

/** Reading on a tab began at `since` (epoch ms), before the event that says so. */
export interface Backdate {
  tabId: number;
  since: number;
}

/** The silence dropped on `tabId` that attention has not left since, if any. */
export function silenceOn(s: TrackerState, tabId: number): DroppedSilence | null {
  return s.silenced?.tabId === tabId ? s.silenced : null;
}

/**
 * Banks what a page that ran again says about `silence`: it saw the reader until `presentUntil`,
 * and ran again from `resumedAt` (counting restarts there, not where the worker, waking up itself,
 * first heard of anything). The resume is never taken before the silence or the presence, nor
 * more than MAX_RESUME_LAG_MS back. Returns where an interval closed meanwhile must reopen from
 * (null: no resume, or the interval is still open and has taken it).
 */
export function afterSilence(
  s: TrackerState,
  accrual: Accrual,
  now: number,
  silence: DroppedSilence,
  { tabId, presentUntil, resumedAt }: { tabId: number; presentUntil?: number; resumedAt?: number },
): Backdate | null {
  if (presentUntil !== undefined) accrual.bankPresence(silence, presentUntil);
  if (resumedAt === undefined) return null;
  const from = Math.max(
    resumedAt,
    silence.since,
    presentUntil ?? -Infinity,
    now - MAX_RESUME_LAG_MS,
  );
  const banked = accrual.bankResume(silence, from);
  // No interval (a tick closed it, or the silence ended the engagement): it reopens where the page
  // ran again, or where the banked silence ended, not now.
  if (s.interval) return null;
  return { tabId, since: banked ? Math.max(from, silence.until) : from };
}
