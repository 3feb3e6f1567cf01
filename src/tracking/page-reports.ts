// What a page (or one of its subframes) reports, applied to the tracker's state: a page loaded or
// a route settled (with how long it was already read), and the pages' heartbeats. The browser's
// own events are in tracker-run.ts.
import type { TabState, TrackerEvent, WindowFocusReport } from './engagement-types';
import { noteFrameMedia } from './frame-media';
import { SILENCE_LIMIT_MS } from './heartbeat';
import { takeBackHidden } from './hidden-late';
import { afterSilence, silenceOn } from './resume';
import { evidence, evidenceForActiveTab, type Step } from './run-step';

type PageLoaded = Extract<TrackerEvent, { type: 'page-loaded' }>;
type Signal = Extract<TrackerEvent, { type: 'page-signal' } | { type: 'frame-signal' }>;

/**
 * A page loaded (or a new route settled) in a tab. Its `attendedMs` backdates its reading, cut to
 * the silence limit and to the tracker's own last sight of absence; time the previous page or
 * another tab's open interval had past that moment is theirs no longer. A page that reports only
 * after it was left (`leftMs`: hidden while a busy machine read it) gets that span, closed.
 */
export function pageLoaded(step: Step, event: PageLoaded): void {
  const { s, now } = step;
  const key = String(event.tabId);
  const previous = s.tabs[key];
  // Read until now, or (hidden while it was being read, its report slowed by a busy machine)
  // until `leftMs` ago: within the silence limit, else nothing says when.
  const left = event.leftMs ?? null;
  const readUntil = left === null ? now : now - left;
  // The page was read since `readSince` (it reports once it is being read, or once a new
  // route has settled): that time is its own, not the previous page's.
  // Never before the tracker's own last sight of absence: a page's clock can span a sleep.
  const attended =
    left !== null && left > SILENCE_LIMIT_MS
      ? 0
      : Math.min(
          Math.max(event.attendedMs ?? 0, 0),
          SILENCE_LIMIT_MS,
          Math.max(0, readUntil - (s.absentUntil ?? -Infinity)),
        );
  const readSince = readUntil - attended;
  if (previous?.page && previous.page.appActivityId !== event.page.appActivityId) {
    // Navigation (or an SPA route change): the old page was read up to the change.
    if (s.interval?.tabId === event.tabId) {
      step.accrual.bank(Math.max(readSince, s.interval.since));
      s.interval = null;
    }
    // Whatever the tab's interval banked for the old page past that moment (before this report,
    // or as the reader switched away from the tab) is this page's: never counted twice.
    if (attended > 0) step.accrual.takeBack(previous.page, readSince, readUntil);
  }
  const other = s.interval;
  if (left !== null) {
    // No longer read: its span is banked, closed. Another tab's interval stays as it is: the
    // tracker counted that tab from when it opened, so this span ends there at the latest.
    const until =
      other && other.tabId !== event.tabId
        ? Math.min(readUntil, Math.max(readSince, other.openedAt ?? other.since))
        : readUntil;
    if (until > readSince) step.accrual.bankClosedSpan(event.page, readSince, until);
  } else if (attended > 0 && other && other.tabId !== event.tabId && event.focus?.focused) {
    // Another tab's interval is still open (the browser told of the switch late, or not
    // at all), but this page, in the focused window, was being read since `readSince`:
    // the other tab's time ends there, never overlapping this page's backdated time.
    step.accrual.bank(Math.max(readSince, other.since));
    s.interval = null;
  }
  if (attended > 0 && left === null) step.backdate = { tabId: event.tabId, since: readSince };
  // A page of its own: the frames that played were the previous page's. Not a page yet (a player
  // that started before its page reported): what they said is this page's.
  const samePage = !previous?.page || previous.page.appActivityId === event.page.appActivityId;
  const tab: TabState = {
    windowId: event.windowId,
    page: event.page,
    visible: event.visible,
    audible: previous?.audible ?? false,
    muted: event.tabMuted ?? previous?.muted ?? false,
    mediaPlaying: event.mediaPlaying ?? false,
    mediaSeen: event.mediaSeen ?? false,
    ...(samePage && previous?.frames ? { frames: previous.frames } : {}),
    lastEvidenceAt: now,
  };
  s.tabs[key] = tab;
  if (event.tabActive) s.activeTabByWindow[String(event.windowId)] = event.tabId;
  evidence(step, event.tabId);
  if (event.focus) reportedFocus(step, tab, event.focus);
}

/** Evidence from a tab's page or one of its subframes, maybe after it stopped running. */
export function pageSignal(step: Step, event: Signal): void {
  const { s, now } = step;
  const tab = s.tabs[String(event.tabId)];
  if (!tab) {
    // A subframe's player plays before its page has reported (Play pressed in its first
    // seconds): remember it, or idle would stop the video until the player's next heartbeat.
    if (event.type !== 'frame-signal' || !event.mediaPlaying || event.windowId === undefined) {
      return;
    }
    const waiting: TabState = {
      windowId: event.windowId,
      page: null,
      visible: false,
      audible: false,
      mediaPlaying: false,
      lastEvidenceAt: now,
    };
    noteFrameMedia(waiting, event, now);
    s.tabs[String(event.tabId)] = waiting;
    return;
  }
  // A silence dropped earlier (by a tick or other evidence) is settled before this signal banks
  // anything, one this signal's own bank drops right after it.
  const earlier = silenceOn(s, event.tabId);
  if (earlier) step.resume = afterSilence(s, step.accrual, now, earlier, event);
  step.accrual.bankIfOn(event.tabId);
  const dropped = earlier ? null : silenceOn(s, event.tabId);
  if (dropped) step.resume = afterSilence(s, step.accrual, now, dropped, event);
  if (event.type === 'page-signal') {
    // No longer read since (hidden, or its window lost focus): what its tab counted after that,
    // the switch heard late, is taken back.
    const leftAt = event.visible ? event.blurredAt : event.hiddenAt;
    if (leftAt !== undefined) takeBackHidden(step, event.tabId, leftAt);
    tab.visible = event.visible;
    tab.mediaPlaying = event.mediaPlaying;
    tab.mediaSeen = event.mediaSeen ?? false;
    if (event.focus) reportedFocus(step, tab, event.focus);
    if (event.routeLeft) {
      // Banked up to now above; the tab counts nothing more for that route (never to be taken
      // back when the new route reports: what the popup showed for it stays shown).
      step.accrual.closeIntervalIfOn(event.tabId);
      leavePage(tab);
    }
  } else {
    noteFrameMedia(tab, event, now);
  }
  tab.lastEvidenceAt = now;
}

/** The tab's page is left: its frames with it (a frame of the next page speaks for itself). */
export function leavePage(tab: TabState): void {
  tab.page = null;
  Reflect.deleteProperty(tab, 'frames');
}

/** What the browser said about a page's window when the page reported: trust it over events. */
function reportedFocus(step: Step, tab: TabState, { windowId, focused }: WindowFocusReport): void {
  const s = step.s;
  tab.windowId = windowId;
  if (!focused && s.focusedWindowId === windowId) {
    s.focusedWindowId = null;
  } else if (focused && s.focusedWindowId !== windowId) {
    s.focusedWindowId = windowId;
    evidenceForActiveTab(step, windowId);
  }
}
