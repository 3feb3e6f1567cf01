// Who holds the reader's attention, as far as the tracker's state knows: pure functions of it.
import type { TabState, TrackerState } from './engagement-types';
import { SILENCE_LIMIT_MS } from './heartbeat';

/**
 * Media plays in the tab for someone: audible, a playing element in the page, or one in a subframe
 * lately. In a muted tab (`tab.muted`) nothing is heard: only a video of the reader's showing its
 * picture counts, in the page or a subframe, exactly as a muted video does in a tab with sound
 * (docs/reading-time.md; review F-track-7: a podcast played on, unheard, and counted).
 */
export function hasMedia(tab: TabState, now: number): boolean {
  const lately = (at: number | null | undefined) =>
    at !== null && at !== undefined && now - at <= SILENCE_LIMIT_MS;
  if (tab.muted) return tab.mediaSeen === true || lately(tab.frameSeenAt);
  return tab.audible || tab.mediaPlaying || lately(tab.frameMediaAt);
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
