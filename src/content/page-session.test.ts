import { describe, expect, it, vi } from 'vitest';
import { READ_AFTER_MS } from './page-notes';
import { INPUT_THROTTLE_MS } from './page-signals';
import { HEARTBEAT_MS, loaded, settle, setUp, useFakeClock } from './testing/page-session-fixture';

// What the worker learns from a page, driven through a real DOM (jsdom) on fake timers, from the
// worker's injection on (injected-notes.ts): nothing until the page has been read a while, then
// the page once, a read still in flight when the page is hidden or left, pending input on request,
// and leaving stops everything. In-page routes: page-session-routes.test.ts; signals and the
// heartbeat: page-session-signals.test.ts.

useFakeClock();

describe('page session', () => {
  it('says nothing of a page left within a few seconds', async () => {
    const session = setUp();
    await vi.advanceTimersByTimeAsync(3_000);
    session.win.dispatchEvent(new session.dom.window.Event('pagehide'));
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_MS);
    expect(session.sent).toEqual([]);
  });

  it('reports the page once it has been read a while, with the time read so far', async () => {
    const session = setUp();
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1);
    expect(session.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(session.sent).toHaveLength(1);
    expect(session.sent[0]).toMatchObject({
      type: 'page-loaded',
      payload: {
        metadata: { url: 'https://news.example/a', title: 'First' },
        visible: true,
        attendedMs: READ_AFTER_MS,
        // Measured now: the worker counts the time read back from here, not from when it hears.
        at: Date.now(),
      },
    });
    // Reading on extracts nothing more.
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_MS);
    expect(session.reads).toHaveLength(1);
  });

  it('waits for a page opened in the background until it is shown', async () => {
    const session = setUp();
    session.setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(10 * READ_AFTER_MS);
    expect(session.sent).toEqual([]);
    session.setVisibility('visible');
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    expect(loaded(session.sent)).toHaveLength(1);
  });

  // A busy machine: the read (the worker reads the page's snapshot) ends after the reader switched
  // to another tab. The report still says the page was read, and until when (session 12: the
  // Firefox e2e's tides, read 6 s, was missing from the popup).
  it('reports the time read when the page was hidden while it was being read', async () => {
    const session = setUp({ readMs: 3_000 });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 1_500);
    session.setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(loaded(session.sent)[0]?.payload).toMatchObject({
      visible: false,
      attendedMs: READ_AFTER_MS + 1_500,
      leftMs: 1_500,
      at: Date.now(),
    });
  });

  // A tab closed while the worker reads its snapshot (a busy machine): the reply would find the
  // page gone. The page is reported as it leaves, as its address and title, then left.
  it('reports a page closed while the worker reads it, as its address and title', async () => {
    const session = setUp({ readMs: 5_000 });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 2_000);
    expect(loaded(session.sent)).toEqual([]);
    session.setVisibility('hidden');
    session.win.dispatchEvent(new session.dom.window.Event('pagehide'));
    expect(session.types().slice(-2)).toEqual(['page-loaded', 'page-left']);
    expect(loaded(session.sent)[0]?.payload).toMatchObject({
      metadata: { url: 'https://news.example/a', title: 'First', type: 'WebPage' },
      visible: false,
      attendedMs: READ_AFTER_MS + 2_000,
      // The worker completes it with its read (background/snapshot/left-reads.ts).
      partial: true,
    });
    // The worker's late answer reports nothing more.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loaded(session.sent)).toHaveLength(1);
  });

  // A link followed while the worker reads the page: still visible at pagehide, but its reading
  // ends there (the worker may take the page-left first: nothing may stay open after it).
  it('reports a page navigated away from while the worker reads it as read until it was left', async () => {
    const session = setUp({ readMs: 5_000 });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 1_000);
    session.win.dispatchEvent(new session.dom.window.Event('pagehide'));
    expect(loaded(session.sent)[0]?.payload).toMatchObject({
      visible: false,
      attendedMs: READ_AFTER_MS + 1_000,
      leftMs: 0,
    });
    // Still visible while it unloads: the worker's answer must not start its heartbeat again.
    const count = session.sent.length;
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_MS);
    expect(session.sent).toHaveLength(count);
  });

  it('says pending input at once when the worker asks, and nothing when there is none', async () => {
    const session = setUp();
    await settle();
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    session.input('pointermove');
    await vi.advanceTimersByTimeAsync(1_000);
    session.input('pointermove');
    expect(session.signals()).toHaveLength(1);
    // The popup opens inside the throttle window: the second input is said now, not 4 s later.
    await session.session.reportEvidence();
    expect(session.signals()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    expect(session.signals()).toHaveLength(2);
    await session.session.reportEvidence();
    expect(session.signals()).toHaveLength(2);
  });

  it('says on blur that the page has lost focus, and on focus that it has it again', async () => {
    const session = setUp();
    await settle();
    session.win.dispatchEvent(new session.dom.window.FocusEvent('blur'));
    session.win.dispatchEvent(new session.dom.window.FocusEvent('focus'));
    expect(session.signals().map((s) => (s.payload as { focused: boolean }).focused)).toEqual([
      false,
      true,
    ]);
  });

  it('sends no signal for a page the worker declined, and asks again once someone reads', async () => {
    const session = setUp({ tracked: false });
    await settle();
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
    expect(session.types()).toEqual(['page-loaded']);
    // The pause ended: the next input asks the worker again instead of signalling.
    session.answerTracked(true);
    session.input();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.types()).toEqual(['page-loaded', 'page-loaded']);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(session.signals()).toHaveLength(1);
  });

  it('treats an unreachable worker as not tracking, without throwing', async () => {
    const session = setUp({ reachable: false });
    await settle();
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
    expect(session.signals()).toEqual([]);
  });

  it('says the page was left on pagehide and then stops beating', async () => {
    const session = setUp();
    await settle();
    session.win.dispatchEvent(new session.dom.window.Event('pagehide'));
    expect(session.types().at(-1)).toBe('page-left');
    const count = session.sent.length;
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_MS);
    expect(session.sent).toHaveLength(count);
  });

  it('stops listening and beating when aborted', async () => {
    const session = setUp();
    await settle();
    session.controller.abort();
    const count = session.sent.length;
    session.input();
    session.setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_MS);
    expect(session.sent).toHaveLength(count);
  });
});
