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

  describe('a frame that grows into a player without loading (review 11 F-fpres-1)', () => {
    /** A page whose view has a ResizeObserver the test drives: `resize(frame, w, h)`. */
    function withResizes(html: string) {
      const { window } = new JSDOM(`<!doctype html><body>${html}</body>`);
      const observed = new Set<Element>();
      let callback: ResizeObserverCallback = () => undefined;
      class FakeResizeObserver {
        constructor(cb: ResizeObserverCallback) {
          callback = cb;
        }
        observe(target: Element) {
          observed.add(target);
        }
        disconnect() {
          observed.clear();
        }
        unobserve() {}
      }
      Object.assign(window, { ResizeObserver: FakeResizeObserver });
      const loaded = vi.fn();
      const lifetime = new window.AbortController();
      watchFrameLoads({ doc: window.document, loaded, now: () => Date.now() }, lifetime.signal);
      const resize = (selector: string, width: number, height: number) => {
        const target = window.document.querySelector(selector) as Element;
        if (!observed.has(target)) return;
        const entry = { target, contentRect: { width, height } } as ResizeObserverEntry;
        callback([entry], {} as ResizeObserver);
      };
      return { loaded, lifetime, resize };
    }

    it('asks when a player hidden at the read (a modal, a tab panel) is shown', () => {
      const page = withResizes('<div hidden><iframe id="player"></iframe></div>');
      page.resize('#player', 0, 0); // the observer's first measure
      expect(page.loaded).not.toHaveBeenCalled();
      page.resize('#player', 640, 360);
      expect(page.loaded).toHaveBeenCalledTimes(1);
    });

    it('asks nothing when a frame measured big at first only changes size', () => {
      const page = withResizes('<iframe id="player"></iframe>');
      page.resize('#player', 640, 360);
      page.resize('#player', 800, 450);
      page.resize('#player', 20, 20); // collapsed: nothing to give
      expect(page.loaded).not.toHaveBeenCalled();
    });

    it('asks again for each time it grows back, throttled like loads', async () => {
      const page = withResizes('<iframe id="ad"></iframe>');
      page.resize('#ad', 1, 1);
      page.resize('#ad', 300, 250);
      page.resize('#ad', 0, 0);
      page.resize('#ad', 300, 250);
      await vi.advanceTimersByTimeAsync(FRAME_LOAD_THROTTLE_MS);
      expect(page.loaded).toHaveBeenCalledTimes(2);
    });

    it('stays small below the evidence size on either side', () => {
      const page = withResizes('<iframe id="strip"></iframe>');
      page.resize('#strip', 0, 0);
      page.resize('#strip', 728, 39);
      page.resize('#strip', 39, 600);
      expect(page.loaded).not.toHaveBeenCalled();
    });

    it('asks nothing once the session stopped', async () => {
      const page = withResizes('<iframe id="player"></iframe>');
      page.resize('#player', 0, 0);
      page.lifetime.abort();
      page.resize('#player', 640, 360);
      await vi.advanceTimersByTimeAsync(FRAME_LOAD_THROTTLE_MS);
      expect(page.loaded).not.toHaveBeenCalled();
    });
  });
});
