// A page session driven through a real DOM (jsdom) on fake timers, started as the worker's
// injection starts it (injected-notes.ts startOrderedReading), on an order whose attention began
// as the page loaded. Test support for the page-session*.test.ts files only.
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, vi } from 'vitest';
import type { PageCapture } from '../../activity/page-metadata';
import type { ContentContract } from '../../messaging/contract';
import { startOrderedReading } from '../injected-notes';
import { READ_AFTER_MS } from '../page-notes';
import { startPageSession, type PageReader, type PageSession } from '../page-session';

export const HEARTBEAT_MS = 15_000;
export const IDLE_SEC = 60;

export type Sent = { type: keyof ContentContract; payload: unknown };

/**
 * A page at https://news.example/a, visible and focused, whose worker answers as told; `readMs`:
 * how long the worker takes to read the page's snapshot (0: the answer is there at once).
 * `firstPaintMs`: the worker ordered the read once it had seen READ_AFTER_MS of attention, which
 * began as the page navigated, and the page first painted this long after that (unset: the order
 * comes as attention begins, and the page has no Paint Timing).
 */
export function setUp({
  tracked = true,
  reachable = true,
  readMs = 0,
  firstPaintMs = undefined as number | undefined,
} = {}) {
  const dom = new JSDOM('<!doctype html><title>First</title><p>Text</p>', {
    url: 'https://news.example/a',
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Window;
  let visibility: DocumentVisibilityState = 'visible';
  Object.defineProperty(win.document, 'visibilityState', { get: () => visibility });
  Object.defineProperty(win.document, 'hasFocus', { value: () => true });
  const navigatedAt = Date.now() - (firstPaintMs === undefined ? 0 : READ_AFTER_MS);
  if (firstPaintMs !== undefined) {
    const paint = { name: 'first-contentful-paint', startTime: firstPaintMs };
    Object.defineProperty(win.performance, 'timeOrigin', { value: navigatedAt });
    Object.defineProperty(win.performance, 'getEntriesByType', {
      value: (type: string) => (type === 'paint' ? [paint] : []),
    });
  }
  const sent: Sent[] = [];
  let answerTracked = tracked;
  const send = vi.fn((type: keyof ContentContract, payload: unknown) => {
    sent.push({ type, payload });
    if (!reachable) return Promise.resolve(undefined);
    if (type === 'page-loaded') {
      return Promise.resolve({
        tracked: answerTracked,
        heartbeatMs: HEARTBEAT_MS,
        idleThresholdSec: IDLE_SEC,
      });
    }
    return Promise.resolve({});
  });
  const reads: string[] = [];
  const reader: PageReader = {
    readPage: (doc, url, previousHead): PageCapture | Promise<PageCapture> => {
      reads.push(url);
      const capture = {
        url,
        title: doc.title,
        // Marks a route reached in-page (the head of the route before is passed on).
        type: previousHead ? 'Route' : 'Article',
        authors: [],
        keywords: [],
      };
      if (readMs === 0) return capture;
      return new Promise((resolve) =>
        setTimeout(() => {
          resolve(capture);
        }, readMs),
      );
    },
  };
  const reported: [string, boolean][] = [];
  // jsdom accepts only its own AbortSignal in addEventListener options.
  const controller = new dom.window.AbortController();
  // The session starts as the worker's order says: attended from now (if the page is), read once
  // READ_AFTER_MS have passed. The listener's feed is the session's from the start.
  const started = startOrderedReading(
    win,
    {
      url: 'https://news.example/a',
      attendedSince: navigatedAt,
      earlierMs: 0,
      routeStartedAt: null,
      loadedAsRoute: true,
    },
    (notes, feed, page) => {
      const session = startPageSession(
        {
          page,
          notes,
          reader,
          send: send as never,
          whenIdle: (work) => {
            work();
          },
          onReported: (href, isTracked) => reported.push([href, isTracked]),
        },
        controller.signal,
      );
      feed.on = session.handlers;
      controller.signal.addEventListener('abort', feed.stop);
      return session;
    },
  );
  if (!started) throw new Error('the order names the page');
  const session: PageSession = started;
  return {
    session,
    reported,
    reads,
    win,
    dom,
    sent,
    controller,
    types: () => sent.map((s) => s.type),
    signals: () => sent.filter((s) => s.type === 'page-signal'),
    setVisibility(next: DocumentVisibilityState) {
      visibility = next;
      win.document.dispatchEvent(new dom.window.Event('visibilitychange'));
    },
    input(type = 'keydown') {
      win.dispatchEvent(new dom.window.Event(type));
    },
    answerTracked(value: boolean) {
      answerTracked = value;
    },
  };
}

/** Reads the page until it has reported itself, and lets the worker's reply settle. */
export const settle = () => vi.advanceTimersByTimeAsync(READ_AFTER_MS);
/** The page-loaded reports sent so far. */
export const loaded = (sent: Sent[]) => sent.filter((s) => s.type === 'page-loaded');

/** A `<video>` in `doc`'s body that reports itself playing (jsdom plays nothing). */
export function playingVideo(doc: Document): HTMLVideoElement {
  const video = doc.createElement('video');
  Object.defineProperties(video, {
    paused: { value: false },
    ended: { value: false },
    readyState: { value: 4 },
  });
  doc.body.append(video);
  return video;
}

/** Fake timers for every test of the calling file, from a fixed Monday morning. */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
