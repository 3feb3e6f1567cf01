// Frames that load after the page was read (a player inserted by script, an ad slot filled late)
// have no presence script: the worker injected it into the frames there were. The reading path
// hears each frame's `load` and asks the worker to inject again (frame-start.ts ignores a frame
// that has it). `tabs.onUpdated` says nothing of a new frame's first load, and `webNavigation`
// would be a new permission with an install warning.

/** A frame's loads are passed on at most this often (ms); one in between is passed on after it. */
export const FRAME_LOAD_THROTTLE_MS = 1_000;

export interface FrameLoadDeps {
  doc: Document;
  /** Asks the worker to give every frame of the tab its presence script ('frames-loaded'). */
  loaded: () => void;
  now?: () => number;
}

/**
 * Calls `deps.loaded` when an <iframe> or <frame> of `deps.doc` loads (the element's `load`, which
 * does not bubble: heard in the capture phase on the document), at most once per
 * FRAME_LOAD_THROTTLE_MS: an ad slot loading every second costs one message a second, and the last
 * load of a burst is always passed on. Stops with `signal`.
 */
export function watchFrameLoads(deps: FrameLoadDeps, signal: AbortSignal): void {
  const now = deps.now ?? (() => Date.now());
  let lastAt = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;

  function pass(): void {
    pending = undefined;
    lastAt = now();
    deps.loaded();
  }

  function onLoad(event: Event): void {
    const tag = (event.target as Element | null)?.tagName;
    if ((tag !== 'IFRAME' && tag !== 'FRAME') || pending !== undefined) return;
    const wait = lastAt + FRAME_LOAD_THROTTLE_MS - now();
    if (wait <= 0) pass();
    else pending = setTimeout(pass, wait);
  }

  deps.doc.addEventListener('load', onLoad, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(pending);
  });
}
