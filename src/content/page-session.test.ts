import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageCapture } from '../activity/page-metadata';
import type { ContentContract } from '../messaging/contract';
import { startLoadPath } from './page-load';
import { READ_AFTER_MS } from './page-notes';
import { startPageSession, type PageReader, type PageSession } from './page-session';
import { INPUT_THROTTLE_MS } from './page-signals';

// What the worker learns from a page, driven through a real DOM (jsdom) on fake timers, from the
// load path on (page-load.ts), which hands over to the session as the product does: nothing until
// the page has been read a while, then the page once and again after an in-page route change,
// signals are throttled, the heartbeat runs only while the page is visible and used (or plays
// media), and leaving stops everything.

const HEARTBEAT_MS = 15_000;
const IDLE_SEC = 60;

type Sent = { type: keyof ContentContract; payload: unknown };

function setUp({ tracked = true, reachable = true } = {}) {
  const dom = new JSDOM('<!doctype html><title>First</title><p>Text</p>', {
    url: 'https://news.example/a',
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Window;
  let visibility: DocumentVisibilityState = 'visible';
  Object.defineProperty(win.document, 'visibilityState', { get: () => visibility });
  Object.defineProperty(win.document, 'hasFocus', { value: () => true });
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
    readPage: (doc, url, previousHead): PageCapture => {
      reads.push(url);
      return {
        url,
        title: doc.title,
        // Marks a route reached in-page (the head of the route before is passed on).
        type: previousHead ? 'Route' : 'Article',
        authors: [],
        keywords: [],
      };
    },
  };
  const reported: [string, boolean][] = [];
  // jsdom accepts only its own AbortSignal in addEventListener options.
  const controller = new dom.window.AbortController();
  let started: PageSession | undefined;
  // The reading module's import (at once here; page-load.test.ts has imports that take a while):
  // the session starts on the load path's notes and takes its feed.
  const loadReader = vi.fn((...[notes, feed, page]: Parameters<typeof takeOver>) => {
    started = startPageSession(
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
    feed.on = started.handlers;
    controller.signal.addEventListener('abort', feed.stop);
    return Promise.resolve();
  });
  const takeOver: Parameters<typeof startLoadPath>[0]['takeOver'] = loadReader;
  const loadPath = startLoadPath({ win, takeOver, now: () => Date.now() });
  const session = {
    reportEvidence: () => started?.reportEvidence() ?? Promise.resolve(),
    readerInputSeen: () => loadPath.notes.readerInput,
  };
  return {
    session,
    reported,
    reads,
    loadReader,
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
const settle = () => vi.advanceTimersByTimeAsync(READ_AFTER_MS);
const loaded = (sent: Sent[]) => sent.filter((s) => s.type === 'page-loaded');

/** A `<video>` in `doc`'s body that reports itself playing (jsdom plays nothing). */
function playingVideo(doc: Document): HTMLVideoElement {
  const video = doc.createElement('video');
  Object.defineProperties(video, {
    paused: { value: false },
    ended: { value: false },
    readyState: { value: 4 },
  });
  doc.body.append(video);
  return video;
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('page session', () => {
  it('does nothing on a page left within a few seconds: the reader is never even loaded', async () => {
    const session = setUp();
    await vi.advanceTimersByTimeAsync(3_000);
    session.win.dispatchEvent(new session.dom.window.Event('pagehide'));
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_MS);
    expect(session.loadReader).not.toHaveBeenCalled();
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

  it('sends one signal for a burst of input, then says once the window ends that input came', async () => {
    const session = setUp();
    await settle();
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    session.input('pointermove');
    await vi.advanceTimersByTimeAsync(1_000);
    session.input('pointermove');
    expect(session.signals()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    expect(session.signals()).toHaveLength(2);
  });

  it('sends one signal for a burst of input, then another once the throttle has passed', async () => {
    const session = setUp();
    await settle();
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    for (let i = 0; i < 20; i++) session.input(i % 2 ? 'scroll' : 'pointermove');
    expect(session.signals()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS - 1);
    session.input();
    expect(session.signals()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    session.input();
    expect(session.signals()).toHaveLength(2);
    expect(session.signals()[1]?.payload).toEqual({
      visible: true,
      mediaPlaying: false,
      focused: true,
    });
  });

  it('beats while the page is visible and used, and stops once it is left alone', async () => {
    const session = setUp();
    await settle();
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
    expect(session.signals()).toHaveLength(3);
    // No input for longer than the idle threshold: the heartbeat goes quiet.
    await vi.advanceTimersByTimeAsync(IDLE_SEC * 1000);
    const quietFrom = session.signals().length;
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_MS);
    expect(session.signals()).toHaveLength(quietFrom);
    // Someone is back: an input signal at once, and the heartbeat again.
    session.input();
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_MS);
    expect(session.signals().length).toBeGreaterThanOrEqual(quietFrom + 2);
  });

  it.each([
    ['a video started before the page was read', true],
    ['no video', false],
  ])('says in its report whether media plays: %s', async (_, plays) => {
    const session = setUp();
    if (plays) {
      playingVideo(session.win.document);
    }
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    expect(loaded(session.sent)[0]?.payload).toMatchObject({ mediaPlaying: plays });
  });

  it('keeps beating without input while media plays', async () => {
    const session = setUp();
    await settle();
    playingVideo(session.win.document);
    await vi.advanceTimersByTimeAsync(IDLE_SEC * 1000 + 10 * HEARTBEAT_MS);
    const signals = session.signals();
    expect(signals.length).toBeGreaterThanOrEqual(14);
    expect(signals.at(-1)?.payload).toEqual({ visible: true, mediaPlaying: true, focused: true });
  });

  it('says at once when the page is hidden, and sends nothing while hidden', async () => {
    const session = setUp();
    await settle();
    session.setVisibility('hidden');
    expect(session.signals()).toEqual([
      {
        type: 'page-signal',
        payload: { visible: false, mediaPlaying: false, focused: true, at: Date.now() },
      },
    ]);
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_MS);
    expect(session.signals()).toHaveLength(1);
    session.setVisibility('visible');
    expect(session.signals()[1]?.payload).toEqual({
      visible: true,
      mediaPlaying: false,
      focused: true,
      at: Date.now(),
    });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(session.signals()).toHaveLength(3);
  });

  it.each([
    ['blur', 400],
    ['focus', 1_200],
  ])(
    "says when the %s happened by the event's own time (%i ms before the signal)",
    async (type, ageMs) => {
      const session = setUp();
      await settle();
      const event = new session.dom.window.FocusEvent(type);
      // The event waited in the page's queue (a busy page): its timeStamp is when it happened.
      Object.defineProperty(event, 'timeStamp', {
        value: session.win.performance.now() - ageMs,
      });
      session.win.dispatchEvent(event);
      expect(session.signals()[0]?.payload).toMatchObject({ at: Date.now() - ageMs });
    },
  );

  it('says at once when the window loses or regains focus', async () => {
    const session = setUp();
    await settle();
    session.win.dispatchEvent(new session.dom.window.FocusEvent('blur'));
    session.win.dispatchEvent(new session.dom.window.FocusEvent('focus'));
    expect(session.signals()).toHaveLength(2);
  });

  it.each([
    { what: 'into one of its frames (a click on a player)', into: 'iframe', reported: 1 },
    { what: 'out of the page (another application)', into: 'body', reported: 0 },
  ])('after a blur with focus $what, reports $reported time(s)', async ({ into, reported }) => {
    const session = setUp();
    const doc = session.win.document;
    const target = into === 'iframe' ? doc.createElement('iframe') : doc.body;
    if (target !== doc.body) doc.body.append(target);
    Object.defineProperty(doc, 'activeElement', { get: () => target, configurable: true });
    session.win.dispatchEvent(new session.dom.window.FocusEvent('blur'));
    await settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(loaded(session.sent)).toHaveLength(reported);
  });

  it('after a click on an embedded player, still counts the page from when it was first read', async () => {
    const session = setUp();
    const doc = session.win.document;
    const player = doc.createElement('iframe');
    doc.body.append(player);
    await vi.advanceTimersByTimeAsync(2_000);
    Object.defineProperty(doc, 'activeElement', { get: () => player, configurable: true });
    session.win.dispatchEvent(new session.dom.window.FocusEvent('blur'));
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS - 2_000);
    expect(loaded(session.sent)[0]?.payload).toMatchObject({ attendedMs: READ_AFTER_MS });
  });

  it('says when it last saw the reader once it runs again after a freeze, and only then', async () => {
    const session = setUp();
    await settle();
    session.input();
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_MS);
    // Used lately: the page notes the reader is there every 250 ms, up to the freeze.
    const frozenAt = Date.now();
    const before = session.signals().length;
    expect(before).toBeGreaterThanOrEqual(2);
    expect(session.signals().some((s) => 'presentUntil' in (s.payload as object))).toBe(false);
    // The machine sleeps a minute: no timer, no event; the clock moves on. Then input again.
    vi.setSystemTime(frozenAt + 60_000);
    session.input();
    expect(session.signals()).toHaveLength(before + 1);
    const payload = session.signals().at(-1)?.payload as { presentUntil?: number };
    expect(frozenAt - (payload.presentUntil ?? 0)).toBeLessThanOrEqual(250);
    // And when it ran again: the moment it sent, not whenever the worker hears of it.
    expect(payload).toMatchObject({ visible: true, mediaPlaying: false, resumedAt: Date.now() });
  });

  it('says nothing of media played before the page is read, then says each change once read', async () => {
    const session = setUp();
    const media = (type: string) => {
      session.win.document.body.dispatchEvent(new session.dom.window.Event(type));
    };
    media('playing');
    media('pause');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.sent).toEqual([]);
    await settle();
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    const before = session.signals().length;
    media('playing');
    expect(session.signals()).toHaveLength(before + 1);
  });

  it.each([
    ['wheel', true],
    ['keydown', true],
    ['pointerdown', true],
    ['touchstart', true],
    // A page's own script scrolls, and a pointer merely passing over the page moves it.
    ['scroll', false],
    ['pointermove', false],
  ])('knows whether the reader input came before reading: %s → %s', (type, seen) => {
    const session = setUp();
    expect(session.session.readerInputSeen()).toBe(false);
    session.input(type);
    expect(session.session.readerInputSeen()).toBe(seen);
  });

  it('after a freeze mid-video, says when the video last played (within 250 ms)', async () => {
    const session = setUp();
    await settle();
    const video = playingVideo(session.win.document);
    video.dispatchEvent(new session.dom.window.Event('playing'));
    // Watched without input past the idle threshold, then the machine sleeps a minute.
    await vi.advanceTimersByTimeAsync(IDLE_SEC * 1000 + 7_000);
    const lastPlayed = Date.now();
    vi.setSystemTime(lastPlayed + 60_000);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    const payload = session.signals().at(-1)?.payload as {
      presentUntil?: number;
      resumedAt?: number;
    };
    expect(lastPlayed - (payload.presentUntil ?? 0)).toBeLessThanOrEqual(250);
    // Its overdue heartbeat ran as it woke: that is when it resumed.
    expect(payload.resumedAt).toBeGreaterThanOrEqual(lastPlayed + 60_000);
    expect(payload.resumedAt).toBeLessThanOrEqual(Date.now());
  });

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

  it('treats a #fragment as the same page', async () => {
    const session = setUp();
    await settle();
    session.win.location.hash = '#comments';
    session.win.dispatchEvent(new session.dom.window.HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(3 * READ_AFTER_MS);
    expect(loaded(session.sent)).toHaveLength(1);
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
