import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_LOAD_THROTTLE_MS, watchFrameLoads } from './frame-loads';

/** A page with an iframe and an image, watched; `loaded` counts the worker's asks. */
function watched() {
  const { window } = new JSDOM('<!doctype html><body><iframe></iframe><img></body>');
  const doc = window.document;
  const loaded = vi.fn();
  const onDocument = vi.spyOn(doc, 'addEventListener');
  // jsdom takes only its own AbortSignal in addEventListener.
  const lifetime = new window.AbortController();
  watchFrameLoads({ doc, loaded, now: () => Date.now() }, lifetime.signal);
  const fire = (selector: string) => {
    for (const element of doc.querySelectorAll(selector)) {
      element.dispatchEvent(new window.Event('load'));
    }
  };
  /** Adds `html` at the end of the body, as a page's script does. */
  const add = (html: string) => {
    doc.body.insertAdjacentHTML('beforeend', html);
  };
  return { doc, fire, add, loaded, lifetime, onDocument };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watchFrameLoads', () => {
  it('asks for frame presence when a frame loads (the load does not bubble), not for an image', () => {
    const page = watched();
    page.fire('img');
    expect(page.loaded).not.toHaveBeenCalled();
    page.fire('iframe');
    expect(page.loaded).toHaveBeenCalledTimes(1);
  });

  it('hears no load on the document itself: an image loading costs the page nothing of ours', () => {
    const page = watched();
    expect(page.onDocument).not.toHaveBeenCalled();
  });

  it.each([
    ['an iframe added to the body', '<iframe id="late"></iframe>'],
    [
      'an iframe inside an added block (an embed card)',
      '<div><p><iframe id="late"></iframe></p></div>',
    ],
    [
      'two players in an added list',
      '<ul><li><iframe id="late"></iframe></li><li><iframe id="late"></iframe></li></ul>',
    ],
  ])('hears a frame added later: %s', async (_, html) => {
    const page = watched();
    page.add(html);
    await Promise.resolve(); // the observer's records arrive in a microtask
    page.fire('#late');
    expect(page.loaded).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FRAME_LOAD_THROTTLE_MS * 2);
    const asks = page.loaded.mock.calls.length;
    page.add('<img id="pic"><div><img></div>');
    await Promise.resolve();
    page.fire('img');
    await vi.advanceTimersByTimeAsync(FRAME_LOAD_THROTTLE_MS * 2);
    expect(page.loaded).toHaveBeenCalledTimes(asks);
  });

  it.each<[string, number[], number]>([
    // [case, when frames load (ms from the first), asks after the burst]
    ['an ad slot loading 5 times in 0.8 s: the first, then the last', [0, 200, 400, 600, 800], 2],
    ['loads further apart than the throttle: each', [0, 1_500, 3_000], 3],
  ])('%s', async (_, times, asks) => {
    const page = watched();
    let at = 0;
    for (const time of times) {
      await vi.advanceTimersByTimeAsync(time - at);
      at = time;
      page.fire('iframe');
    }
    await vi.advanceTimersByTimeAsync(FRAME_LOAD_THROTTLE_MS);
    expect(page.loaded).toHaveBeenCalledTimes(asks);
  });

  it('asks nothing once the session stopped, not even a pending ask', async () => {
    const page = watched();
    page.fire('iframe');
    page.fire('iframe');
    page.lifetime.abort();
    page.fire('iframe');
    page.add('<iframe id="late"></iframe>');
    await Promise.resolve();
    page.fire('#late');
    await vi.advanceTimersByTimeAsync(FRAME_LOAD_THROTTLE_MS * 2);
    expect(page.loaded).toHaveBeenCalledTimes(1);
  });
});
