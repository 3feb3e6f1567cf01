import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESENCE_WATCH_MS, STILL_WATCH_MS, watchPresence } from './presence-watch';
import { watchReaderMedia } from './reader-media';
import { playingVideo } from './testing/page-session-fixture';

// The presence watch on fake time: how often it notes the reader (each note is a timer task on the
// page being read, issue #13), and that it notes them as long as they are there.

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** A watch on a fresh document, wanted, the reader used the page until `usedUntil` (epoch ms). */
function watched(usedForMs: number) {
  const dom = new JSDOM('<!doctype html><p>Text</p>');
  const doc = dom.window.document;
  const usedUntil = Date.now() + usedForMs;
  const seenAt: number[] = [];
  // What each note promised: the next one within that many ms.
  const periods: number[] = [];
  const controller = new dom.window.AbortController();
  const watch = watchPresence(
    doc,
    (nextNoteMs: number) => {
      seenAt.push(Date.now());
      periods.push(nextNoteMs);
    },
    () => Date.now() < usedUntil,
    controller.signal,
  );
  watch.want(true);
  const media = (target: EventTarget, type: string) =>
    target.dispatchEvent(new dom.window.Event(type, { bubbles: true }));
  return { dom, doc, seenAt, periods, watch, controller, media };
}

const gaps = (at: number[]) => at.slice(1).map((t, i) => t - (at[i] ?? t));

describe('watchPresence', () => {
  it('notes a still reader twice a second while input is recent, then stops', async () => {
    const { seenAt, periods } = watched(10_000);
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(30_000);
    // Twenty notes in ten seconds of presence (four a second before: issue #13's timer cost), none
    // after: the last within a period of when the reader stopped counting as there.
    expect(seenAt).toHaveLength(10_000 / STILL_WATCH_MS - 1);
    expect(new Set(gaps(seenAt))).toEqual(new Set([STILL_WATCH_MS]));
    // Each note says when the next is due (a sleep's start is taken halfway to it).
    expect(new Set(periods)).toEqual(new Set([STILL_WATCH_MS]));
    expect(start + 10_000 - (seenAt.at(-1) ?? 0)).toBeLessThanOrEqual(STILL_WATCH_MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sets its timer once for a still reader, not again at each note (a timer task per note)', async () => {
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const { seenAt } = watched(60_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt).toHaveLength(5_000 / STILL_WATCH_MS);
    // Re-arming a timeout at each note cost the page a clearTimeout and a setTimeout every second
    // (bench:read-trace, issue #13: the timers part 0.73 -> 0.53 ms a read without it).
    expect(intervals).toHaveBeenCalledTimes(1);
    expect(timeouts).not.toHaveBeenCalled();
  });

  it('notes media every 250 ms while it plays, however long ago the last input was', async () => {
    const { doc, seenAt, periods, media } = watched(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt).toEqual([]);
    let paused = false;
    const video = doc.createElement('video');
    Object.defineProperty(video, 'paused', { get: () => paused });
    doc.body.append(video);
    media(video, 'playing');
    const startedAt = Date.now();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seenAt[0]).toBe(startedAt + PRESENCE_WATCH_MS);
    expect(new Set(gaps(seenAt))).toEqual(new Set([PRESENCE_WATCH_MS]));
    expect(new Set(periods)).toEqual(new Set([PRESENCE_WATCH_MS]));
    paused = true;
    media(video, 'pause');
    const count = seenAt.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt.length - count).toBeLessThanOrEqual(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('speeds up at once when media starts while a still reader is noted', async () => {
    const { doc, seenAt, media } = watched(60_000);
    await vi.advanceTimersByTimeAsync(STILL_WATCH_MS + 100);
    media(playingVideo(doc), 'playing');
    const startedAt = Date.now();
    await vi.advanceTimersByTimeAsync(PRESENCE_WATCH_MS);
    expect(seenAt.at(-1)).toBe(startedAt + PRESENCE_WATCH_MS);
  });

  it('notes nothing while not wanted (hidden, untracked) or once stopped', async () => {
    const { seenAt, watch, controller } = watched(60_000);
    watch.want(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt).toEqual([]);
    watch.want(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seenAt).toHaveLength(2_000 / STILL_WATCH_MS);
    controller.abort();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt).toHaveLength(2_000 / STILL_WATCH_MS);
  });

  it('starts again on input once it had stopped', async () => {
    let usedUntil = Date.now() + 1_500;
    const dom = new JSDOM('<!doctype html><p>Text</p>');
    const seenAt: number[] = [];
    const watch = watchPresence(
      dom.window.document,
      () => seenAt.push(Date.now()),
      () => Date.now() < usedUntil,
      new dom.window.AbortController().signal,
    );
    watch.want(true);
    await vi.advanceTimersByTimeAsync(10_000);
    // Noted while used (up to 1.5 s), then not at all.
    const whileUsed = Math.ceil(1_500 / STILL_WATCH_MS) - 1;
    expect(seenAt).toHaveLength(whileUsed);
    usedUntil = Date.now() + 60_000;
    watch.kick();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(seenAt).toHaveLength(whileUsed + 3_000 / STILL_WATCH_MS);
  });

  it('notes a muted podcast not at all, and from when it is unmuted (page-document perceivable)', async () => {
    const { doc, seenAt, media } = watched(0);
    let muted = true;
    const audio = doc.createElement('audio');
    Object.defineProperties(audio, { paused: { value: false }, muted: { get: () => muted } });
    doc.body.append(audio);
    media(audio, 'playing');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt).toEqual([]);
    muted = false;
    media(audio, 'volumechange');
    const heardAt = Date.now();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seenAt[0]).toBe(heardAt + PRESENCE_WATCH_MS);
    muted = true;
    media(audio, 'volumechange');
    const count = seenAt.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt.length - count).toBeLessThanOrEqual(1);
  });

  it("notes a muted autoplay video not at all, and from the reader's press on it (F-track-5)", async () => {
    const { dom, doc, seenAt, media, watch, controller } = watched(0);
    const readerMedia = watchReaderMedia(doc, controller.signal);
    const video = playingVideo(doc);
    Object.defineProperties(video, {
      muted: { value: true },
      videoWidth: { value: 640 },
      getBoundingClientRect: {
        value: () => ({ left: 0, top: 0, right: 640, bottom: 360, width: 640, height: 360 }),
      },
    });
    media(video, 'playing');
    const press = (x: number) => {
      const event = new dom.window.MouseEvent('pointerdown', { clientX: x, clientY: 100 });
      readerMedia.press(event);
      watch.kick();
    };
    // A press beside it (the page's text) makes it no more the reader's.
    press(800);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seenAt).toEqual([]);
    // A press on its picture: no media event follows, the input's kick re-asks.
    press(300);
    const pressedAt = Date.now();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seenAt[0]).toBe(pressedAt + PRESENCE_WATCH_MS);
    expect(seenAt).toHaveLength(4);
  });
});
