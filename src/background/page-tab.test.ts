import { describe, expect, it } from 'vitest';
import type { TabState } from '../tracking/engagement-types';
import { tabShowing } from './page-tab';

const tab = (windowId: number, appActivityId: string | null): TabState => ({
  windowId,
  page: appActivityId === null ? null : { appActivityId, url: appActivityId },
  visible: true,
  audible: false,
  mediaPlaying: false,
  lastEvidenceAt: 0,
});

const A = 'https://example.test/a';

describe('tabShowing', () => {
  it.each([
    ['no tab shows it', { '1': tab(1, 'https://example.test/b'), '2': tab(1, null) }, 1, null],
    [
      'one tab shows it',
      { '3': tab(1, 'https://example.test/b'), '7': tab(2, A) },
      1,
      { tabId: 7, windowId: 2 },
    ],
    ['the focused window wins', { '3': tab(1, A), '9': tab(2, A) }, 2, { tabId: 9, windowId: 2 }],
    [
      'else the lowest tab id',
      { '12': tab(1, A), '4': tab(2, A) },
      null,
      { tabId: 4, windowId: 2 },
    ],
  ])('%s', (_name, tabs, focusedWindowId, expected) => {
    expect(tabShowing({ tabs, focusedWindowId }, A)).toEqual(expected);
  });
});
