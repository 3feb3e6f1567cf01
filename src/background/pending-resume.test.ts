import { describe, expect, it } from 'vitest';
import {
  PENDING_RESUME_LIMITS,
  parsePendingResumes,
  rememberResume,
  takeResume,
  type PendingResumes,
} from './pending-resume';

const story = 'https://news.example/story';
const half = { progress: 50, quote: { textStart: 'the river rose' } };
const { ttlMs, maxTabs } = PENDING_RESUME_LIMITS;

describe('rememberResume', () => {
  it('keeps the position for the tab, replacing an earlier one', () => {
    const once = rememberResume({}, 7, story, { progress: 10 }, 1_000);
    expect(rememberResume(once, 7, story, half, 2_000)).toEqual({
      '7': { appActivityId: story, position: half, at: 2_000 },
    });
  });

  it('drops expired entries and keeps the newest tabs within the bound', () => {
    let pending: PendingResumes = rememberResume({}, 1, story, half, 0);
    for (let tab = 2; tab <= maxTabs + 3; tab++) {
      pending = rememberResume(pending, tab, story, half, ttlMs + tab);
    }
    const tabs = Object.keys(pending).map(Number);
    expect(tabs).toHaveLength(maxTabs);
    expect(Math.min(...tabs)).toBe(4);
    expect(tabs).not.toContain(1);
  });
});

describe('takeResume', () => {
  const pending = rememberResume(rememberResume({}, 7, story, half, 1_000), 8, story, half, 1_000);
  it.each([
    ['the tab reports the page it was opened for', 7, story, 2_000, half],
    ['the tab has navigated to another page', 7, 'https://news.example/other', 2_000, null],
    ['another tab reports the page', 9, story, 2_000, null],
    ['the position has expired', 7, story, 1_000 + ttlMs, null],
  ])('%s', (_case, tabId, page, now, expected) => {
    const taken = takeResume(pending, tabId, page, now);
    expect(taken.position).toEqual(expected);
    // The tab's entry is used up whatever it reported: a reload does not scroll again.
    expect(Object.keys(taken.pending)).not.toContain(String(tabId));
    if (now < 1_000 + ttlMs) expect(Object.keys(taken.pending)).toContain('8');
  });

  it('scrolls a tab only once', () => {
    const first = takeResume(pending, 7, story, 2_000);
    expect(takeResume(first.pending, 7, story, 2_100).position).toBeNull();
  });
});

describe('parsePendingResumes', () => {
  it.each([
    ['nothing stored', undefined, {}],
    ['not an object', 'garbage', {}],
    ['an array', [1, 2], {}],
    [
      'malformed entries left out',
      {
        '7': { appActivityId: story, position: half, at: 5 },
        x: { appActivityId: story, position: half, at: 5 },
        '8': { appActivityId: 3, position: half, at: 5 },
        '9': { appActivityId: story, position: { progress: 'half' }, at: 5 },
        '10': { appActivityId: story, position: half, at: Number.NaN },
        '11': null,
      },
      { '7': { appActivityId: story, position: half, at: 5 } },
    ],
  ])('%s', (_case, raw, expected) => {
    expect(parsePendingResumes(raw)).toEqual(expected);
  });
});
