import { describe, expect, it } from 'vitest';
import type { ReadingPosition } from '../activity/text-fragment';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { initialTrackerState } from '../tracking/engagement';
import type { BackgroundContext } from './context';
import { readingHandlers } from './reading-handlers';

const url = 'https://news.example/story';
const reading: ReadingPosition = { progress: 50, quote: { textStart: 'the river rose' } };

/** The worker with no tab showing the page: "Continue reading" opens a new one (tab 42). */
function setUp(resumePosition: boolean, tabGiven = true) {
  const openedTabId = tabGiven ? 42 : undefined;
  const opened: string[] = [];
  const remembered: [number, string, ReadingPosition][] = [];
  const context = {
    // The one record open-page reads (its URL and the position kept for it).
    db: { get: () => Promise.resolve({ metadata: { url }, reading }) },
    tracker: { current: initialTrackerState(0) },
    settings: () => ({ ...DEFAULT_SETTINGS, resumePosition }),
    browserState: {
      openTab: (address: string) =>
        Promise.resolve(void opened.push(address)).then(() => openedTabId),
    },
    pendingResumes: {
      remember: (tabId: number, id: string, position: ReadingPosition) =>
        Promise.resolve(void remembered.push([tabId, id, position])),
    },
  } as unknown as BackgroundContext;
  return { context, opened, remembered };
}

describe("open-page in a new tab (Firefox does not scroll an add-on's tab to its fragment)", () => {
  it.each([
    ['resumed: the position waits for the tab', true, true, [[42, url, reading]]],
    ['the quote switched off: progress alone', true, false, [[42, url, { progress: 50 }]]],
    ['opened, not resumed: nothing waits', false, true, []],
  ])('%s', async (_case, resume, resumePosition, expected) => {
    const { context, opened, remembered } = setUp(resumePosition);
    expect(await readingHandlers['open-page'](context, { appActivityId: url, resume })).toEqual({
      how: 'opened',
    });
    expect(opened).toHaveLength(1);
    expect(remembered).toEqual(expected);
  });

  it('remembers nothing when the browser gives no tab id', async () => {
    const { context, remembered } = setUp(true, false);
    await readingHandlers['open-page'](context, { appActivityId: url, resume: true });
    expect(remembered).toEqual([]);
  });
});
