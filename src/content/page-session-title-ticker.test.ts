// Review 10 F-offx-1: a title that ticks while the worker reads the page is read again once, not
// for ever (a clock, a countdown, an unread counter faster than a read takes).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READ_AFTER_MS } from './page-notes';
import { setUp } from './testing/page-session-fixture';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a page whose title ticks', () => {
  it.each([
    [1000, 300],
    [500, 300],
    [250, 300],
  ])(
    'title changes every %i ms, a read takes %i ms: at most 2 reads in 60 s',
    async (periodMs, readMs) => {
      const session = setUp({ readMs });
      let n = 0;
      const tick = setInterval(() => {
        session.win.document.title = `Timer ${String(n++)}`;
      }, periodMs);
      await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 60_000);
      clearInterval(tick);
      const loaded = session.sent.filter((s) => s.type === 'page-loaded').length;
      expect(session.reads.length).toBeLessThanOrEqual(2);
      expect(loaded).toBeLessThanOrEqual(2);
    },
  );
});
