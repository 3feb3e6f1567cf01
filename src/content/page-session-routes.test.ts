import { describe, expect, it, vi } from 'vitest';
import type { PageCapture } from '../activity/page-metadata';
import { READ_AFTER_MS } from './page-notes';
import { HEARTBEAT_MS, loaded, settle, setUp, useFakeClock } from './testing/page-session-fixture';

// In-page route changes, driven through a real DOM (jsdom) on fake timers: a route is reported
// as its own page once read, with the title the app sets late, counting from the change; a read
// the route changed under is never reported as the new route; a #fragment is the same page.

useFakeClock();

describe('page session routes', () => {
  it('reports an in-page route once read, with its late title, counting from the route change', async () => {
    const session = setUp();
    await settle();
    await vi.advanceTimersByTimeAsync(20_000);
    session.input('pointerdown');
    session.win.history.pushState({}, '', '/b');
    session.win.dispatchEvent(new session.dom.window.PopStateEvent('popstate'));
    // The app sets its title 1.5 s after the route change.
    await vi.advanceTimersByTimeAsync(1_500);
    session.win.document.title = 'Second';
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1_500 - 1);
    expect(loaded(session.sent)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(loaded(session.sent)[1]?.payload).toMatchObject({
      metadata: { url: 'https://news.example/b', title: 'Second', type: 'Route' },
      attendedMs: READ_AFTER_MS,
    });
  });

  it('never reports a read the route changed under, and reads the new route once due', async () => {
    const session = setUp({ readMs: 500 });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 100);
    expect(session.reads).toEqual(['https://news.example/a']);
    // The route changes while the worker reads /a's snapshot: that read is not /b's.
    session.input('pointerdown');
    session.win.history.pushState({}, '', '/b');
    session.win.dispatchEvent(new session.dom.window.PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(400);
    expect(loaded(session.sent)).toEqual([]);
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 500);
    expect(
      loaded(session.sent).map((s) => (s.payload as { metadata: PageCapture }).metadata.url),
    ).toEqual(['https://news.example/b']);
  });

  it('reports a route again when its title arrives after it was reported', async () => {
    const session = setUp();
    await settle();
    session.win.history.pushState({}, '', '/b');
    session.win.dispatchEvent(new session.dom.window.PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    session.win.document.title = 'Second, late';
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    expect(
      loaded(session.sent).map((s) => (s.payload as { metadata: PageCapture }).metadata.title),
    ).toEqual(['First', 'First', 'Second, late']);
  });

  it('says which address each report was for and whether the worker tracks it', async () => {
    const session = setUp({ tracked: false });
    await settle();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    session.answerTracked(true);
    session.input();
    await vi.advanceTimersByTimeAsync(0);
    session.win.history.pushState({}, '', '/b#part-2');
    session.win.dispatchEvent(new session.dom.window.PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1);
    // Reading positions of /b wait for this (position-relay.ts).
    expect(session.reported).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(session.reported).toEqual([
      ['https://news.example/a', false],
      ['https://news.example/a', true],
      ['https://news.example/b#part-2', true],
    ]);
  });

  it('treats a #fragment as the same page', async () => {
    const session = setUp();
    await settle();
    session.win.location.hash = '#comments';
    session.win.dispatchEvent(new session.dom.window.HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(3 * READ_AFTER_MS);
    expect(loaded(session.sent)).toHaveLength(1);
  });
});
