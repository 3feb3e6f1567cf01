// Who holds the reader's attention, as far as the tracker's state knows: pure functions of it.
import type { TabState, TrackerState } from './engagement-types';
import { SILENCE_LIMIT_MS } from './heartbeat';

/** Media plays in the tab: audible, a playing element in the page, or one in a subframe lately. */
export function hasMedia(tab: TabState, now: number): boolean {
  const frameMediaAt = tab.frameMediaAt ?? null;
  return (
    tab.audible ||
    tab.mediaPlaying ||
    (frameMediaAt !== null && now - frameMediaAt <= SILENCE_LIMIT_MS)
  );
}

/** The tab whose page holds the reader's attention in `s` (null: none), at `now`. */
export function attentionTab(s: TrackerState, now: number): number | null {
  if (s.paused || s.focusedWindowId === null || s.idle === 'locked') return null;
  const tabId = s.activeTabByWindow[String(s.focusedWindowId)];
  if (tabId === undefined) return null;
  const tab = s.tabs[String(tabId)];
  if (!tab?.page || !tab.visible) return null;
  if (s.idle === 'idle' && !hasMedia(tab, now)) return null;
  return tabId;
}
