import { describe, expect, it } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import type { TabState } from '../tracking/engagement-types';
import { planResume } from './resume-plan';

const url = 'https://example.test/story';
const tab = (appActivityId: string, windowId = 1): TabState => ({
  windowId,
  page: { appActivityId, url: appActivityId },
  visible: true,
  audible: false,
  mediaPlaying: false,
  lastEvidenceAt: 0,
});

describe('planResume', () => {
  const quote = { textStart: 'the river rose' };
  it('switches to a tab already showing the page and scrolls there', () => {
    const state = { ...initialTrackerState(0), tabs: { '7': tab('other'), '9': tab(url, 2) } };
    expect(planResume(state, url, url, { progress: 40, quote })).toEqual({
      kind: 'switch',
      tabId: 9,
      windowId: 2,
      position: { progress: 40, quote },
      url: `${url}#:~:text=the%20river%20rose`,
    });
  });

  it('switches to the tab showing the page even with no position kept, without scrolling', () => {
    const state = { ...initialTrackerState(0), tabs: { '9': tab(url, 2) } };
    expect(planResume(state, url, url, undefined)).toEqual({
      kind: 'switch',
      tabId: 9,
      windowId: 2,
      url,
    });
  });

  it('picks the tab any opening of the page picks: the focused window first', () => {
    const state = {
      ...initialTrackerState(0),
      focusedWindowId: 3,
      tabs: { '4': tab(url, 1), '12': tab(url, 3) },
    };
    expect(planResume(state, url, url, { progress: 40 })).toMatchObject({ tabId: 12 });
  });

  it.each([
    [{ progress: 40, quote }, `${url}#:~:text=the%20river%20rose`],
    [{ progress: 40 }, url],
    [undefined, url],
  ])('opens a new tab at %j → %s', (position, expected) => {
    expect(planResume(initialTrackerState(0), url, url, position)).toEqual({
      kind: 'open',
      url: expected,
    });
  });
});
