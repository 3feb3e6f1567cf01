import { withTextFragment, type ReadingPosition } from '../activity/text-fragment';
import type { TrackerState } from '../tracking/engagement-types';

/** How to bring the reader back to a page: to the tab showing it, or a new tab at the passage. */
export type ResumePlan =
  | {
      kind: 'switch';
      tabId: number;
      windowId: number;
      position: ReadingPosition;
      /** What to open should the tab be gone by the time it is switched to. */
      url: string;
    }
  | { kind: 'open'; url: string };

/**
 * Decides how to resume a page (pure). A tab whose tracked page is this one is switched to and
 * scrolled; otherwise the page opens at its URL with a text fragment for the quote, or plain when
 * there is none (the quote was never kept, or the resume-position switch is off).
 */
export function planResume(
  state: TrackerState,
  appActivityId: string,
  url: string,
  position: ReadingPosition | undefined,
): ResumePlan {
  const target = position?.quote ? withTextFragment(url, position.quote) : url;
  for (const [tabId, tab] of Object.entries(state.tabs)) {
    if (tab.page?.appActivityId === appActivityId && position) {
      return {
        kind: 'switch',
        tabId: Number(tabId),
        windowId: tab.windowId,
        position,
        url: target,
      };
    }
  }
  return { kind: 'open', url: target };
}
