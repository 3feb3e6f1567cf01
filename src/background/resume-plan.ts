import { withTextFragment, type ReadingPosition } from '../activity/text-fragment';
import type { TrackerState } from '../tracking/engagement-types';
import { tabShowing } from './page-tab';

/** How to bring the reader back to a page: to the tab showing it, or a new tab at the passage. */
export type ResumePlan =
  | {
      kind: 'switch';
      tabId: number;
      windowId: number;
      /** Where to scroll once switched; absent when no position is kept (nothing to scroll to). */
      position?: ReadingPosition;
      /** What to open should the tab be gone by the time it is switched to. */
      url: string;
    }
  | { kind: 'open'; url: string };

/**
 * Decides how to resume a page (pure). The tab that shows it (the same one any opening of the page switches to:
 * page-tab.ts) is switched to and scrolled; otherwise the page opens at its URL with a text
 * fragment for the quote, or plain when there is none (the quote was never kept, or the
 * resume-position switch is off).
 */
export function planResume(
  state: Pick<TrackerState, 'tabs' | 'focusedWindowId'>,
  appActivityId: string,
  url: string,
  position: ReadingPosition | undefined,
): ResumePlan {
  const target = position?.quote ? withTextFragment(url, position.quote) : url;
  const tab = tabShowing(state, appActivityId);
  if (!tab) return { kind: 'open', url: target };
  return { kind: 'switch', ...tab, ...(position ? { position } : {}), url: target };
}
