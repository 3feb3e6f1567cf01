import { describe, expect, it, vi } from 'vitest';
import { READ_AFTER_MS } from './page-notes';
import { loaded, setUp, useFakeClock } from './testing/page-session-fixture';

// The session's first read, as the worker's injection starts it (injected-notes.ts): the worker
// injects once it has seen READ_AFTER_MS of attention, so the page is read at once (in idle time),
// with no read timer of its own, though its own attention began later, at its first paint.

useFakeClock();

describe('page session start', () => {
  it('reads at once a page the worker found due, counting from its first paint', async () => {
    const session = setUp({ firstPaintMs: 1_500 });
    // No timer in between: the read (idle time: at once here) is under way as the session starts.
    expect(session.reads).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(loaded(session.sent)).toHaveLength(1);
    expect(loaded(session.sent)[0]?.payload).toMatchObject({
      attendedMs: READ_AFTER_MS - 1_500,
      at: Date.now(),
    });
  });

  it('waits READ_AFTER_MS on a route reached in-page after the start, whatever the order said', async () => {
    const session = setUp({ firstPaintMs: 1_500 });
    await vi.advanceTimersByTimeAsync(0);
    // A route reached in-page is its own page: READ_AFTER_MS of attention on it, whatever the order.
    session.win.history.pushState(null, '', '/b');
    session.input();
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1);
    expect(session.reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(session.reads).toEqual(['https://news.example/a', 'https://news.example/b']);
  });
});
