import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mediaPlaying } from './page-document';
import { readerOwns, SET_OFF_WITHIN_MS, watchReaderMedia } from './reader-media';

// Whose a muted video is (review F-track-5 and its follow-up): the reader's once they set it off
// or acted on it, never a decorative loop they only clicked near; a muted video says someone is
// there only when it is theirs (page-document.ts perceivable, mediaPlaying).

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
  vi.useRealTimers();
});

interface VideoOptions {
  /** A `loop` attribute (and no `controls`, unless `controls`). */
  loop?: boolean;
  controls?: boolean;
  paused?: boolean;
  /** Its picture on screen: left, top, width, height (CSS px). */
  box?: [number, number, number, number];
}

/** A page whose muted video plays a picture, the reader's activation as given (undefined: no API). */
function pageWithVideo(hasBeenActive: boolean | undefined, options: VideoOptions = {}) {
  const { loop = false, controls = false, paused = false, box = [0, 100, 640, 360] } = options;
  const dom = new JSDOM('<!doctype html><p id="text">Text</p><button id="play">Play</button>');
  const win = dom.window;
  const doc = win.document;
  if (hasBeenActive !== undefined) {
    Object.defineProperty(win.navigator, 'userActivation', { value: { hasBeenActive } });
  }
  const video = doc.createElement('video');
  video.loop = loop;
  video.controls = controls;
  const [left, top, width, height] = box;
  Object.defineProperties(video, {
    paused: { value: paused },
    ended: { value: false },
    readyState: { value: 4 },
    muted: { value: true },
    videoWidth: { value: width },
    getBoundingClientRect: {
      value: () => ({ left, top, width, height, right: left + width, bottom: top + height }),
    },
  });
  doc.body.append(video);
  const controller = new win.AbortController();
  const readerMedia = watchReaderMedia(doc, controller.signal);
  /** A pointer press at (x, y), on the element there (`on`, the page's text by default). */
  const pointAt = (x: number, y: number, on: Element = doc.getElementById('text') as Element) => {
    const event = new win.MouseEvent('pointerdown', { clientX: x, clientY: y, bubbles: true });
    on.dispatchEvent(event);
    return readerMedia.press(event);
  };
  /** A key pressed with the focus on `on`. */
  const keyOn = (on: Element) => {
    const event = new win.KeyboardEvent('keydown', { key: ' ', bubbles: true });
    on.dispatchEvent(event);
    return readerMedia.press(event);
  };
  const play = () => video.dispatchEvent(new win.Event('play'));
  return { win, doc, video, readerMedia, pointAt, keyOn, play, controller };
}

describe('watchReaderMedia', () => {
  it("never makes a hero loop the reader's, whatever they click, once or often", () => {
    const { doc, video, pointAt, keyOn } = pageWithVideo(true, { loop: true });
    expect(readerOwns(video)).toBe(false);
    expect(pointAt(300, 20)).toBe(false);
    expect(pointAt(320, 280, video)).toBe(false);
    expect(keyOn(doc.body)).toBe(false);
    expect(readerOwns(video)).toBe(false);
    expect(mediaPlaying(doc)).toBe(false);
  });

  it("makes a muted autoplay clip the reader's from a press on its picture, not beside it", () => {
    const { doc, video, pointAt } = pageWithVideo(false);
    expect(pointAt(700, 200)).toBe(false);
    expect(pointAt(300, 40)).toBe(false);
    expect(mediaPlaying(doc)).toBe(false);
    // A player's own button laid over the picture: the point is in its box, the target is not it.
    expect(pointAt(320, 280)).toBe(true);
    expect(readerOwns(video)).toBe(true);
    expect(mediaPlaying(doc)).toBe(true);
  });

  it("makes a looping video the reader's by a press on its own controls", () => {
    const { video, pointAt } = pageWithVideo(false, { loop: true, controls: true });
    expect(pointAt(20, 440, video)).toBe(true);
  });

  it('takes a key pressed on the video or its player, not on the page', () => {
    const { doc, video, keyOn } = pageWithVideo(false);
    expect(keyOn(doc.body)).toBe(false);
    expect(keyOn(doc.getElementById('play') as Element)).toBe(false);
    const player = doc.createElement('div');
    player.tabIndex = 0;
    doc.body.append(player);
    player.append(video);
    expect(keyOn(player)).toBe(true);
    expect(readerOwns(video)).toBe(true);
  });

  it('ignores input that presses nothing (a pointer moved over the picture)', () => {
    const { win, video, readerMedia } = pageWithVideo(false);
    const move = new win.MouseEvent('pointermove', { clientX: 320, clientY: 280 });
    expect(readerMedia.press(move)).toBe(false);
    expect(readerOwns(video)).toBe(false);
  });

  it('makes a video the reader set off by a Play button beside it theirs, a later autoplay not', async () => {
    const late = pageWithVideo(false);
    late.pointAt(10, 10, late.doc.getElementById('play') as Element);
    await vi.advanceTimersByTimeAsync(SET_OFF_WITHIN_MS + 500);
    late.play();
    expect(readerOwns(late.video)).toBe(false);

    const started = pageWithVideo(false);
    started.pointAt(10, 10, started.doc.getElementById('play') as Element);
    await vi.advanceTimersByTimeAsync(120);
    started.play();
    expect(readerOwns(started.video)).toBe(true);
    expect(mediaPlaying(started.doc)).toBe(true);
  });

  it("never makes a hero loop the reader's, even when it plays again after a press on its toggle", async () => {
    const { doc, video, pointAt, play } = pageWithVideo(true, { loop: true });
    pointAt(10, 10, doc.getElementById('play') as Element);
    await vi.advanceTimersByTimeAsync(50);
    play();
    expect(readerOwns(video)).toBe(false);
  });

  it('takes no autoplay that resumes after a press on no control (a key scrolling it back)', async () => {
    const { doc, video, keyOn, pointAt, play } = pageWithVideo(false);
    keyOn(doc.body);
    await vi.advanceTimersByTimeAsync(80);
    play();
    pointAt(700, 40);
    await vi.advanceTimersByTimeAsync(80);
    play();
    expect(readerOwns(video)).toBe(false);
  });

  it('hears no play once stopped', () => {
    const { doc, video, pointAt, play, controller } = pageWithVideo(false);
    controller.abort();
    pointAt(10, 10, doc.getElementById('play') as Element);
    play();
    expect(readerOwns(video)).toBe(false);
  });

  // The reading path and frame scripts come seconds after the page showed: a press before them
  // went unheard, and the document's sticky activation is all that is left of it.
  it.each([
    ['playing in a document the reader activated', true, {}, true],
    ['playing where the browser cannot say (Firefox before 120)', undefined, {}, true],
    ['playing in a document nobody activated', false, {}, false],
    ['paused in a document the reader activated', true, { paused: true }, false],
    ['a hero loop in a document the reader activated', true, { loop: true }, false],
  ] as const)('takes a video already there as theirs when %s: %s', (_, active, options, mine) => {
    const { video } = pageWithVideo(active, options);
    expect(readerOwns(video)).toBe(mine);
  });
});
