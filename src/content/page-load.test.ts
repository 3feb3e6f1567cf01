import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentContract } from '../messaging/contract';
import type { PageEventHandlers } from './page-events';
import { startLoadPath, startPageScript, type TakeOver } from './page-load';
import { READ_AFTER_MS } from './page-notes';
import { startPageSession } from './page-session';

// The page-load path on a real DOM (jsdom) and fake timers: what it notes before a page is read,
// that it imports nothing and sends nothing on a page left early, and how it hands over to the
// reading module's session while events keep coming during the import.

const HEAD = `<title>Alpha</title><link rel="canonical" href="/a">
  <meta property="og:title" content="Alpha headline">`;

function page(html = `<!doctype html><head>${HEAD}</head><p>Text</p>`) {
  const dom = new JSDOM(html, { url: 'https://news.example/a', pretendToBeVisual: true });
  const win = dom.window as unknown as Window;
  let visibility: DocumentVisibilityState = 'visible';
  Object.defineProperty(win.document, 'visibilityState', { get: () => visibility });
  Object.defineProperty(win.document, 'hasFocus', { value: () => true });
  return {
    dom,
    win,
    fire(type: string) {
      const event =
        type === 'focus' || type === 'blur'
          ? new dom.window.FocusEvent(type)
          : type === 'pagehide'
            ? new dom.window.PageTransitionEvent(type)
            : new dom.window.Event(type);
      win.dispatchEvent(event);
    },
    hide() {
      visibility = 'hidden';
      win.document.dispatchEvent(new dom.window.Event('visibilitychange'));
    },
    /** An in-page route change as a single-page app makes it (its head left as it was). */
    goTo(path: string) {
      win.history.pushState({}, '', path);
      win.dispatchEvent(new dom.window.PopStateEvent('popstate'));
    },
  };
}

/** An import that resolves when the test says so. */
function slowImport() {
  let finish: () => void = () => undefined;
  const handlers: PageEventHandlers = {
    input: vi.fn(),
    visibility: vi.fn(),
    windowFocus: vi.fn(),
    route: vi.fn(),
    leave: vi.fn(),
    restored: vi.fn(),
    attention: vi.fn(),
  };
  const takeOver = vi.fn<TakeOver>(
    (_notes, feed) =>
      new Promise<void>((resolve) => {
        finish = () => {
          feed.on = handlers;
          resolve();
        };
      }),
  );
  return {
    takeOver,
    handlers,
    finish: () => {
      finish();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('page-load path', () => {
  it.each<[string, (p: ReturnType<typeof page>) => void]>([
    [
      'left within the read delay',
      (p) => {
        p.fire('pagehide');
      },
    ],
    [
      'hidden within the read delay',
      (p) => {
        p.hide();
      },
    ],
    [
      'its window blurred within the read delay',
      (p) => {
        p.fire('blur');
      },
    ],
  ])('imports nothing and sends nothing on a page %s', async (_label, leave) => {
    const p = page();
    const { takeOver } = slowImport();
    const send = vi.fn();
    startPageScript(p.win, takeOver, send, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1_000);
    leave(p);
    await vi.advanceTimersByTimeAsync(10 * READ_AFTER_MS);
    expect(takeOver).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('imports the reading module once the page has held attention READ_AFTER_MS', async () => {
    const p = page();
    const { takeOver } = slowImport();
    startLoadPath({ win: p.win, takeOver });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1);
    expect(takeOver).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(takeOver).toHaveBeenCalledTimes(1);
    // Attention that comes and goes during the import asks for it no second time.
    p.fire('blur');
    p.fire('focus');
    await vi.advanceTimersByTimeAsync(10 * READ_AFTER_MS);
    expect(takeOver).toHaveBeenCalledTimes(1);
  });

  it('notes the reader input, the head before the press, and a route change before the read', async () => {
    const p = page();
    const { takeOver } = slowImport();
    const { notes } = startLoadPath({ win: p.win, takeOver });
    p.fire('scroll');
    expect(notes.readerInput).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    p.fire('pointerdown');
    // The app changes route, then (in vain) the title; its head still describes the first route.
    p.goTo('/b');
    p.win.document.title = 'Bravo';
    expect(notes).toMatchObject({
      readerInput: true,
      route: 'https://news.example/b',
      routeStartedAt: Date.now(),
      previousHead: { canonical: '/a', ogTitle: 'Alpha headline' },
      head: null,
    });
    // The new route is read READ_AFTER_MS after it was reached, not after the page loaded.
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 1);
    expect(takeOver).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(takeOver).toHaveBeenCalledTimes(1);
  });

  it('hands over without losing an event that arrives during the import', async () => {
    const p = page();
    const { takeOver, handlers, finish } = slowImport();
    const { notes } = startLoadPath({ win: p.win, takeOver });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    // During the import: noted by the load path.
    p.fire('keydown');
    p.goTo('/b');
    expect(notes).toMatchObject({ readerInput: true, route: 'https://news.example/b' });
    expect(handlers.input).not.toHaveBeenCalled();
    finish();
    await vi.advanceTimersByTimeAsync(0);
    // After it: the session's own.
    p.fire('wheel');
    p.fire('blur');
    expect(handlers.input).toHaveBeenCalledTimes(1);
    expect(handlers.windowFocus).toHaveBeenCalledWith(false, expect.anything());
  });

  it('gives the session what happened during the import: it reports the route reached meanwhile', async () => {
    const p = page();
    const sent: { type: keyof ContentContract; payload: unknown }[] = [];
    let finish: () => void = () => undefined;
    const takeOver = vi.fn<TakeOver>(
      (notes, feed, noted) =>
        new Promise<void>((resolve) => {
          finish = () => {
            const session = startPageSession(
              {
                page: noted,
                notes,
                reader: {
                  readPage: (doc, url, previousHead) => ({
                    url,
                    title: doc.title,
                    type: previousHead ? 'Route' : 'Article',
                    authors: [],
                    keywords: [],
                  }),
                },
                send: (type: keyof ContentContract, payload: unknown) => {
                  sent.push({ type, payload });
                  return Promise.resolve({
                    tracked: true,
                    heartbeatMs: 15_000,
                    idleThresholdSec: 60,
                  });
                },
                whenIdle: (work) => {
                  work();
                },
              },
              new p.dom.window.AbortController().signal,
            );
            feed.on = session.handlers;
            resolve();
          };
        }),
    );
    startLoadPath({ win: p.win, takeOver });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    p.fire('pointerdown');
    p.goTo('/b');
    await vi.advanceTimersByTimeAsync(500);
    finish();
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    // The route reached during the import, read READ_AFTER_MS after it was reached, as a route
    // (its head was the first route's) with the time read on it alone.
    expect(sent).toEqual([
      {
        type: 'page-loaded',
        payload: expect.objectContaining({
          metadata: expect.objectContaining({
            url: 'https://news.example/b',
            type: 'Route',
          }) as unknown,
          attendedMs: READ_AFTER_MS,
        }) as unknown,
      },
    ]);
  });

  it('stops listening when the reading module cannot be loaded', async () => {
    const p = page();
    const takeOver = vi.fn<TakeOver>(() =>
      Promise.reject(new Error('Extension context invalidated')),
    );
    const { notes } = startLoadPath({ win: p.win, takeOver });
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    p.fire('pointerdown');
    p.goTo('/b');
    await vi.advanceTimersByTimeAsync(10 * READ_AFTER_MS);
    expect(takeOver).toHaveBeenCalledTimes(1);
    expect(notes).toMatchObject({ readerInput: false, route: 'https://news.example/a' });
  });

  it('in a subframe, reports media playing there and never loads the reading module', async () => {
    const top = new JSDOM(`<!doctype html><iframe src="about:blank"></iframe>`, {
      url: 'https://news.example/a',
      pretendToBeVisual: true,
    });
    const frame = top.window.document.querySelector('iframe')?.contentWindow as unknown as Window;
    const video = frame.document.createElement('video');
    Object.defineProperties(video, {
      paused: { value: false },
      ended: { value: false },
      readyState: { value: 4 },
    });
    frame.document.body.append(video);
    const { takeOver } = slowImport();
    const send = vi.fn(() => Promise.resolve(null));
    // jsdom accepts only the frame's own AbortSignal in addEventListener options.
    const { AbortController: FrameAbortController } = frame as Window & typeof globalThis;
    const path = startPageScript(frame, takeOver, send, new FrameAbortController().signal);
    await vi.advanceTimersByTimeAsync(10 * READ_AFTER_MS);
    expect(path).toBeNull();
    expect(takeOver).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('frame-signal', { mediaPlaying: true });
  });
});
