// Who holds the reader's attention, as far as the tracker's state knows: pure functions of it.
import type { TabState, TrackerState } from './engagement-types';
import { framePlays } from './frame-media';

/**
 * Media plays in the tab for someone: audible, a playing element in the page, or one in any of its
 * subframes, by that frame's own word (frame-media.ts). In a muted tab (`tab.muted`) nothing is heard: only a video of the reader's showing its
 * picture counts, in the page or a subframe, exactly as a muted video does in a tab with sound
 * (docs/reading-time.md; review F-track-7: a podcast played on, unheard, and counted).
 */
export function hasMedia(tab: TabState, now: number): boolean {
  if (tab.muted) return tab.mediaSeen === true || framePlays(tab, now, true);
  return tab.audible || tab.mediaPlaying || framePlays(tab, now, false);
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
