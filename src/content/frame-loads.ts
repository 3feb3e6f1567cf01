// Frames that load after the page was read (a player inserted by script, an ad slot filled late)
// have no presence script: the worker injected it into the frames there were. The reading path
// hears each frame's `load` and asks the worker to inject again (frame-start.ts ignores a frame
// that has it). `tabs.onUpdated` says nothing of a new frame's first load in every browser, and
// `webNavigation` would be a new permission with an install warning.
//
// Only frames are heard: each <iframe>/<frame> gets a `load` listener of its own, the ones there
// are now and those a MutationObserver sees added. A capture listener on the document (before)
// heard every image's and script's load too: 400 images loading during a read cost 4.8 ms of the
// page's thread (bench:read-trace, session 11), each load a call into this world.
//
// The worker gives the file only to frames big enough to show evidence (frame-size.ts). A frame
// that is hidden or tiny then and shown later without loading (a player in a modal, a tab panel,
// an accordion, a consent wrapper: review 11 F-fpres-1) fires no `load`: one ResizeObserver over
// the same frames hears it grow into that size, and asks again the same way. It is called only
// when a watched frame's box changes, never on a timer.

import { isEvidenceSized } from './frame-size';

/** A frame's loads are passed on at most this often (ms); one in between is passed on after it. */
export const FRAME_LOAD_THROTTLE_MS = 1_000;

/** What watchFrameLoads needs: the frame's document and how to tell the worker of a load. */
export interface FrameLoadDeps {
  doc: Document;
  /** Asks the worker to give every frame of the tab its presence script ('frames-loaded'). */
  loaded: () => void;
  now?: () => number;
}

const FRAMES = 'iframe, frame';
const isFrame = (element: Element) => element.tagName === 'IFRAME' || element.tagName === 'FRAME';

/**
 * Calls `deps.loaded` when an <iframe> or <frame> of `deps.doc` loads (one there now, or added
 * later, at any depth of the document; not inside shadow roots), or grows from under the
 * evidence size (isEvidenceSized, CSS px) to at least it without loading, at most once per
 * FRAME_LOAD_THROTTLE_MS: an ad slot loading every second costs one message a second, and the last
 * load of a burst is always passed on. Stops with `signal`.
 */
export function watchFrameLoads(deps: FrameLoadDeps, signal: AbortSignal): void {
  const now = deps.now ?? (() => Date.now());
  let lastAt = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const watched = new WeakSet<Element>();
  // Whether each watched frame was last seen at an evidence size; absent until first measured.
  const sized = new WeakMap<Element, boolean>();
  // The view's own observers: jsdom's in tests, the page's window in the browser. A browser
  // without ResizeObserver (none we support) only misses the grown-frame ask.
  const view = deps.doc.defaultView;
  const Resize = (view?.ResizeObserver ?? globalThis.ResizeObserver) as
    typeof ResizeObserver | undefined;
  const resizes = Resize
    ? new Resize((entries) => {
        for (const { target, contentRect } of entries) {
          const big = isEvidenceSized(contentRect.width, contentRect.height);
          const was = sized.get(target);
          sized.set(target, big);
          // The first measure only notes the size: a frame there at the read was asked then, a
          // frame added later is asked at its load.
          if (big && was === false) onLoad();
        }
      })
    : undefined;

  function pass(): void {
    pending = undefined;
    lastAt = now();
    deps.loaded();
  }

  function onLoad(): void {
    if (pending !== undefined || signal.aborted) return;
    const wait = lastAt + FRAME_LOAD_THROTTLE_MS - now();
    if (wait <= 0) pass();
    else pending = setTimeout(pass, wait);
  }

  function watch(frame: Element): void {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.addEventListener('load', onLoad, { passive: true, signal });
    resizes?.observe(frame);
  }

  for (const frame of deps.doc.querySelectorAll(FRAMES)) watch(frame);
  const Observer = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (isFrame(element)) watch(element);
        else if (element.firstElementChild) {
          for (const frame of element.querySelectorAll(FRAMES)) watch(frame);
        }
      }
    }
  });
  observer.observe(deps.doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    resizes?.disconnect();
    clearTimeout(pending);
  });
}
