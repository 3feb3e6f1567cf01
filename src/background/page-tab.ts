import type { TrackerState } from '../tracking/engagement-types';

/**
 * A tab that shows this page now, as the tracker knows it (each tab's content script reports its
 * page, and navigating away reports the next one or clears it). Prefers the tab of the focused
 * window, then the lowest tab id, so the answer does not depend on key order. Null when none.
 * Why the tracker and not `tabs.query({ url })`: the query needs the "tabs" permission (or host
 * permissions) to match URLs, and the tracker already knows which tab shows which page.
 */
export function tabShowing(
  state: Pick<TrackerState, 'tabs' | 'focusedWindowId'>,
  appActivityId: string,
): { tabId: number; windowId: number } | null {
  const showing = Object.entries(state.tabs)
    .filter(([, tab]) => tab.page?.appActivityId === appActivityId)
    .map(([id, tab]) => ({ tabId: Number(id), windowId: tab.windowId }))
    .sort(
      (a, b) =>
        Number(b.windowId === state.focusedWindowId) -
          Number(a.windowId === state.focusedWindowId) || a.tabId - b.tabId,
    );
  return showing[0] ?? null;
}
