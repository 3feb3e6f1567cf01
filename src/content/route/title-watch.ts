/** After a route change, a later change of document.title is still the route's own title (ms). */
export const TITLE_WATCH_MS = 15_000;

/** The switch of a title watch (see watchTitle). */
export interface TitleWatch {
  /** Watches the head for TITLE_WATCH_MS from now (a watch already running starts over). */
  start(): void;
}

/**
 * Calls `changed` on every change in the head of `win`'s document (the `<title>` element or its
 * text) for TITLE_WATCH_MS after each start: a single-page app may set the new route's title
 * seconds after the route changed. Idle until started; stops for good when `signal` aborts.
 */
export function watchTitle(win: Window, changed: () => void, signal: AbortSignal): TitleWatch {
  const doc = win.document;
  let observer: MutationObserver | undefined;
  let end: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer?.disconnect();
    clearTimeout(end);
  };
  signal.addEventListener('abort', stop);
  return {
    start() {
      stop();
      if (signal.aborted) return;
      // The page's own window's constructor (in a content script it is the global one).
      const Observer = (win as Window & typeof globalThis).MutationObserver;
      observer = new Observer(changed);
      observer.observe(doc.querySelector('head') ?? doc.documentElement, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      end = setTimeout(stop, TITLE_WATCH_MS);
    },
  };
}
