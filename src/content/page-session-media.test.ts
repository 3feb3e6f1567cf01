import { describe, expect, it, vi } from 'vitest';
import { INPUT_THROTTLE_MS } from './page-signals';
import { STILL_WATCH_MS } from './presence-watch';
import {
  HEARTBEAT_MS,
  IDLE_SEC,
  playingVideo,
  settle,
  setUp,
  useFakeClock,
} from './testing/page-session-fixture';

// Media and freezes: what the page says after it did not run, and of media playing.

useFakeClock();

describe('page session media and freezes', () => {
  it('says when it last saw the reader once it runs again after a freeze, and only then', async () => {
    const session = setUp();
    await settle();
    session.input();
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_MS);
    // Used lately: the page notes the still reader is there every STILL_WATCH_MS, up to the freeze.
    await vi.advanceTimersByTimeAsync(STILL_WATCH_MS - 10);
    const frozenAt = Date.now();
    const before = session.signals().length;
    expect(before).toBeGreaterThanOrEqual(2);
    expect(session.signals().some((s) => 'presentUntil' in (s.payload as object))).toBe(false);
    // The machine sleeps a minute: no timer, no event; the clock moves on. Then input again.
    vi.setSystemTime(frozenAt + 60_000);
    session.input();
    expect(session.signals()).toHaveLength(before + 1);
    const payload = session.signals().at(-1)?.payload as { presentUntil?: number };
    // The machine stopped before the next note fell due: taken halfway to it, off by at most half
    // a period either way (here 10 ms before that note, so 240 ms short).
    expect(Math.abs(frozenAt - (payload.presentUntil ?? 0))).toBeLessThanOrEqual(
      STILL_WATCH_MS / 2,
    );
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

  it('keeps no heartbeat for a muted podcast past idle, and says at once when it is unmuted', async () => {
    const session = setUp();
    await settle();
    const doc = session.win.document;
    let muted = true;
    const audio = doc.createElement('audio');
    Object.defineProperties(audio, {
      paused: { value: false },
      ended: { value: false },
      readyState: { value: 4 },
      muted: { get: () => muted },
    });
    doc.body.append(audio);
    audio.dispatchEvent(new session.dom.window.Event('playing'));
    await vi.advanceTimersByTimeAsync(IDLE_SEC * 1000 + HEARTBEAT_MS);
    const quiet = session.signals().length;
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_MS);
    // Nobody hears it and nobody touched the page: no evidence, as with nothing playing.
    expect(session.signals()).toHaveLength(quiet);
    expect(session.signals().at(-1)?.payload).toMatchObject({ mediaPlaying: false });
    muted = false;
    audio.dispatchEvent(new session.dom.window.Event('volumechange'));
    expect(session.signals()).toHaveLength(quiet + 1);
    expect(session.signals().at(-1)?.payload).toMatchObject({ mediaPlaying: true });
    // A volume slider's steps say nothing more while it stays heard.
    audio.dispatchEvent(new session.dom.window.Event('volumechange'));
    expect(session.signals()).toHaveLength(quiet + 1);
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_MS);
    expect(session.signals().length).toBeGreaterThanOrEqual(quiet + 5);
  });

  it("says a video with sound is seen once it is the reader's (what counts in a muted tab)", async () => {
    const session = setUp();
    await settle();
    const { window } = session.dom;
    const video = playingVideo(session.win.document);
    Object.defineProperty(video, 'videoWidth', { value: 640 });
    video.getBoundingClientRect = () =>
      ({ left: 0, top: 0, right: 640, bottom: 360, width: 640, height: 360 }) as DOMRect;
    video.dispatchEvent(new window.Event('playing'));
    // Autoplay with sound: heard, not the reader's; in a tab muted from the tab strip, no evidence.
    expect(session.signals().at(-1)?.payload).toMatchObject({ mediaPlaying: true });
    expect(session.signals().at(-1)?.payload).not.toHaveProperty('mediaSeen');
    await vi.advanceTimersByTimeAsync(INPUT_THROTTLE_MS);
    // The reader presses on its picture: it is theirs, seen whether the tab is muted or not.
    const press = new window.MouseEvent('pointerdown', {
      bubbles: true,
      clientX: 320,
      clientY: 180,
    });
    video.dispatchEvent(press);
    expect(session.signals().at(-1)?.payload).toMatchObject({
      mediaPlaying: true,
      mediaSeen: true,
    });
  });
});
