import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentContract } from '../messaging/contract';
import { startOrderedReading } from './injected-notes';
import { LATE_TIMER_MS, READ_AFTER_MS } from './page-notes';
import { startPageSession } from './page-session';

// A machine that sleeps (or a tab the browser freezes) while a page's read timer is pending: the
// timer fires late, on a clock that spans the sleep. The reader was not there meanwhile, so the
// report never claims that time (review 7 F-load-3; issue #13's "a gap is never counted").

const SLEEP_MS = 10 * 60_000;

/**
 * A visible, focused page whose session the worker started as attended `attendedAgoMs` ago, and
 * what it sends.
 */
function readPage(attendedAgoMs = 0) {
  const dom = new JSDOM('<!doctype html><head><title>A</title></head><p>x</p>', {
    url: 'https://news.example/a',
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Window;
  Object.defineProperty(win.document, 'visibilityState', { get: () => 'visible' });
  Object.defineProperty(win.document, 'hasFocus', { value: () => true });
  // The document began before the worker saw it attended (the session never starts before it).
  Object.defineProperty(win.performance, 'timeOrigin', { value: Date.now() - attendedAgoMs - 500 });
  const reports: { at: number; attendedMs: number; url: string }[] = [];
  const order = {
    url: 'https://news.example/a',
    attendedSince: Date.now() - attendedAgoMs,
    earlierMs: 0,
    routeStartedAt: null,
    loadedAsRoute: true,
  };
  startOrderedReading(win, order, (notes, feed, noted) => {
    const session = startPageSession(
      {
        page: noted,
        notes,
        reader: {
          readPage: (doc, url) => ({
            url,
            title: doc.title,
            type: 'Article',
            authors: [],
            keywords: [],
          }),
        },
        send: (type: keyof ContentContract, payload: unknown) => {
          if (type === 'page-loaded') {
            const { attendedMs, metadata } = payload as ContentContract['page-loaded']['request'];
            reports.push({ at: Date.now(), attendedMs: attendedMs ?? 0, url: metadata.url });
          }
          return Promise.resolve({ tracked: true, heartbeatMs: 15_000, idleThresholdSec: 60 });
        },
        whenIdle: (work) => {
          work();
        },
      },
      new dom.window.AbortController().signal,
    );
    feed.on = session.handlers;
  });
  return { win, dom, reports };
}

/** The machine sleeps `ms`: the wall clock jumps, no timer runs meanwhile. */
const sleep = (ms: number) => {
  vi.setSystemTime(Date.now() + ms);
};

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a page whose read timer fires late', () => {
  // 2 s attended, then the gap; the timer, due at 4 s, fires 2 s after waking. A late timer
  // restarts attention there: the page is read READ_AFTER_MS later, with that time only.
  it.each([
    {
      what: 'asleep 10 min',
      gapMs: SLEEP_MS,
      reportedAfter: 2_000 + READ_AFTER_MS,
      attendedMs: 4_000,
    },
    {
      what: 'asleep just over a late timer',
      gapMs: LATE_TIMER_MS + 1,
      reportedAfter: 6_000,
      attendedMs: 4_000,
    },
    // A main thread busy that long (not asleep) is the page's own time: all of it counts.
    {
      what: 'busy as long as a late timer',
      gapMs: LATE_TIMER_MS,
      reportedAfter: 2_000,
      attendedMs: 6_000,
    },
  ])('$what in its first seconds: counts no time it did not run', async (c) => {
    const { reports } = readPage();
    await vi.advanceTimersByTimeAsync(2_000);
    sleep(c.gapMs);
    const wokeAt = Date.now();
    await vi.advanceTimersByTimeAsync(3 * READ_AFTER_MS);
    expect(reports.map((r) => [r.at - wokeAt, r.attendedMs])).toEqual([
      [c.reportedAfter, c.attendedMs],
    ]);
  });

  it('asleep while an in-page route waits to be read: its report counts from when its timer fired', async () => {
    const { win, dom, reports } = readPage();
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    win.history.pushState({}, '', '/b');
    win.dispatchEvent(new dom.window.PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(1_000);
    sleep(SLEEP_MS);
    const wokeAt = Date.now();
    await vi.advanceTimersByTimeAsync(2 * READ_AFTER_MS);
    expect(reports.map((r) => [r.url, r.at - wokeAt, r.attendedMs])).toEqual([
      ['https://news.example/a', -SLEEP_MS - 1_000, READ_AFTER_MS],
      // Its timer, due 3 s after waking, fired then: read READ_AFTER_MS later.
      ['https://news.example/b', 3_000 + READ_AFTER_MS, READ_AFTER_MS],
    ]);
  });

  // The worker injects once the page is due, maybe late (a busy worker): attention counts from
  // when the worker saw it begin, so the page is due at once, which is no late timer.
  it('reads at once a page the worker saw attended long before the session started', async () => {
    const { reports } = readPage(10_000);
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    expect(reports.map((r) => r.attendedMs)).toEqual([10_000]);
  });
});
