// A page hidden before the tracker heard of it (issue #13, iframe-player-late's +0.92 s). A tab
// switch reaches a busy or waking worker late and carries no time of its own, so the page's
// interval closes when the worker hears of it; the page's own word on when it went hidden comes
// after (or is applied no earlier than the switch: event-time.ts). A hidden page is never read,
// media or not (attention.ts: only a visible tab holds attention), so what its tab counted after
// that moment is taken back. Likewise a page blurred as its window lost focus or its tab stopped
// being the active one (only the focused window's active tab holds attention).
import type { OpenInterval, TrackerState } from './engagement-types';
import { MAX_EVENT_LAG_MS } from './event-time';
import type { Step } from './run-step';

/** settle() closed `open` at `now` (epoch ms): remembered until an interval opens on its tab. */
export function noteClosed(s: TrackerState, open: OpenInterval, now: number): void {
  s.closedLately = { ...open, at: now };
}

/** An interval opens on `tabId`: what was noted of its tab's last close is over. */
export function forgetClosed(s: TrackerState, tabId: number): void {
  if (s.closedLately?.tabId === tabId) s.closedLately = null;
}

/**
 * The page of `tabId` says it went hidden (or was left: see above) at `hiddenAt` (epoch ms,
 * untrusted): what its tab counted for it after that moment is taken back, from the open interval
 * (banked up to now already) or from the one closed on that tab since. Believed at most MAX_EVENT_LAG_MS before
 * now, and never before that interval began on this tab; nothing is taken while another tab
 * counts the same page (its time since may be reading too).
 */
export function takeBackHidden(step: Step, tabId: number, hiddenAt: number): void {
  const { s, now } = step;
  const page = s.tabs[String(tabId)]?.page;
  const open = s.interval;
  const counted =
    open?.tabId === tabId
      ? { ...open, at: now }
      : s.closedLately?.tabId === tabId
        ? s.closedLately
        : null;
  if (!page || counted?.appActivityId !== page.appActivityId) return;
  if (s.engagements[page.appActivityId]?.id !== counted.engagementId) return;
  if (open && open.tabId !== tabId && open.appActivityId === page.appActivityId) return;
  // An interval kept before openedAt existed: where it began is not known, so nothing is taken.
  const began = counted.openedAt ?? counted.at;
  const from = Math.max(hiddenAt, now - MAX_EVENT_LAG_MS, began);
  if (from < counted.at) step.accrual.takeBack(page, from, counted.at);
  forgetClosed(s, tabId);
}
