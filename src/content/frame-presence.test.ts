import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../messaging/contract';
import { startFramePresence } from './frame-presence';

// A subframe's player (an embed) in a tab muted from the tab strip (F-track-7): what it says of
// its media decides whether the worker counts it, heard (not in a muted tab) or seen by its reader.

/** A frame whose `<video>` plays with sound (jsdom plays nothing: its state is stubbed). */
function frameWithVideo() {
  const dom = new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true });
  const { window } = dom;
  const video = window.document.createElement('video');
  Object.defineProperties(video, {
    paused: { value: false },
    ended: { value: false },
    readyState: { value: 4 },
    videoWidth: { value: 640 },
  });
  video.getBoundingClientRect = () =>
    ({ left: 0, top: 0, right: 640, bottom: 360, width: 640, height: 360 }) as DOMRect;
  const sent: RequestOf<'frame-signal'>[] = [];
  const send = (_: 'frame-signal', payload: RequestOf<'frame-signal'>) => {
    sent.push(payload);
    return Promise.resolve(null);
  };
  return { window, video, sent, send };
}

describe('frame presence', () => {
  it('says its video is seen once the reader presses on it, not while it merely plays', () => {
    const { window, video, sent, send } = frameWithVideo();
    const controller = new window.AbortController();
    // A player that starts by itself after the script came (autoplay with sound): heard only.
    startFramePresence({ win: window as unknown as Window, send }, controller.signal);
    window.document.body.append(video);
    video.dispatchEvent(new window.Event('playing'));
    expect(sent.at(-1)).toEqual({ mediaPlaying: true });
    const press = new window.MouseEvent('pointerdown', { bubbles: true, clientX: 9, clientY: 9 });
    video.dispatchEvent(press);
    expect(sent.at(-1)).toEqual({ mediaPlaying: true, mediaSeen: true });
    controller.abort();
  });

  it('says its media stopped as the frame goes away (removed, navigated), playing as it was', () => {
    const { window, video, sent, send } = frameWithVideo();
    const controller = new window.AbortController();
    window.document.body.append(video);
    startFramePresence({ win: window as unknown as Window, send }, controller.signal);
    expect(sent.map((s) => s.mediaPlaying)).toEqual([true]);
    window.dispatchEvent(new window.PageTransitionEvent('pagehide'));
    expect(sent.at(-1)).toEqual({ mediaPlaying: false });
    // Then the browser hides the going document (HTML's "unload a document"; Chromium does so for
    // a removed iframe), its video not yet paused: nothing more is said.
    Object.defineProperty(window.document, 'visibilityState', { value: 'hidden' });
    window.document.dispatchEvent(new window.Event('visibilitychange'));
    expect(sent).toHaveLength(2);
    controller.abort();
  });

  it('says again what plays once back from the back/forward cache', () => {
    const { window, video, sent, send } = frameWithVideo();
    const controller = new window.AbortController();
    window.document.body.append(video);
    startFramePresence({ win: window as unknown as Window, send }, controller.signal);
    window.dispatchEvent(new window.PageTransitionEvent('pagehide'));
    window.dispatchEvent(new window.PageTransitionEvent('pageshow', { persisted: true }));
    expect(sent.map((s) => s.mediaPlaying)).toEqual([true, false, true]);
    controller.abort();
  });

  it('says nothing as it goes when nothing played', () => {
    const { window, sent, send } = frameWithVideo();
    const controller = new window.AbortController();
    startFramePresence({ win: window as unknown as Window, send }, controller.signal);
    window.dispatchEvent(new window.PageTransitionEvent('pagehide'));
    expect(sent).toEqual([]);
    controller.abort();
  });
});
