// Which events of a page are heard, and how: one shared listener, capturing and passive, never in
// the page's way. The load path adds it once (page-load.ts) and it stays for the page's life: what
// the events mean is first the load path's noting, then, once the page is read, the page session's
// (page-session.ts), switched over without removing or adding a listener, so no event is lost.

/** What is done on each page event (the load path's noting, or the page session). */
export interface PageEventHandlers {
  /** Input (scroll, wheel, key, pointer press or move, touch). */
  input: (event: Event) => void;
  /** The document was shown or hidden (`visibilitychange`). */
  visibility: (event: Event) => void;
  /**
   * The window itself gained (true) or lost (false) focus, by `event`; its elements' focus is not
   * passed on.
   */
  windowFocus: (focused: boolean, event: Event) => void;
  /** The route may have changed in-page: back or forward, a new #fragment, pushState. */
  route: () => void;
  /** The document is being left: unloaded, or put in the back/forward cache (`pagehide`). */
  leave: () => void;
  /** The document is back from the back/forward cache (`pageshow`, persisted). */
  restored: () => void;
  /** Attention changed outside an event (focus found in a frame after a blur): look again. */
  attention: () => void;
}

/** Where a page's events go: `on` may be switched at any time; `stop` removes the listener. */
export interface PageFeed {
  on: PageEventHandlers;
  readonly stop: () => void;
}

/** The input that says someone is at the page. */
const INPUT_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'];
/** Heard on the window besides input. */
const WINDOW_EVENTS = ['focus', 'blur', 'popstate', 'hashchange', 'pagehide', 'pageshow'];
// Capturing: input on any element, and the window's own focus, reach one listener on the window.
const OPTIONS = { capture: true, passive: true } as const;

/** Calls the handler of `on` that `event` (heard on `win`, its document or navigation) means. */
export function dispatchPageEvent(event: Event, win: Window, on: PageEventHandlers): void {
  switch (event.type) {
    case 'visibilitychange':
      on.visibility(event);
      return;
    case 'focus':
    case 'blur':
      if (event.target === win) on.windowFocus(event.type === 'focus', event);
      return;
    case 'popstate':
    case 'hashchange':
    case 'navigatesuccess':
      on.route();
      return;
    case 'pagehide':
      on.leave();
      return;
    case 'pageshow':
      if ((event as PageTransitionEvent).persisted) on.restored();
      return;
    default:
      on.input(event);
  }
}

/**
 * Adds one listener for every event a page session hears to `win`, its document and its
 * navigation, passing each to `on` (switchable through the returned feed) until `stop()`.
 */
export function listenToPage(win: Window, on: PageEventHandlers): PageFeed {
  const doc = win.document;
  // The Navigation API sees pushState/replaceState made by the page's own scripts, which an
  // isolated world cannot patch; where it is missing, input and visibility changes catch routes.
  const navigation: EventTarget | undefined = 'navigation' in win ? win.navigation : undefined;
  const feed: PageFeed = {
    on,
    stop() {
      for (const type of INPUT_EVENTS) win.removeEventListener(type, listener, OPTIONS);
      for (const type of WINDOW_EVENTS) win.removeEventListener(type, listener, OPTIONS);
      doc.removeEventListener('visibilitychange', listener, OPTIONS);
      navigation?.removeEventListener('navigatesuccess', listener, OPTIONS);
    },
  };
  // One function for every event: nothing is allocated per listener or per event.
  function listener(event: Event): void {
    dispatchPageEvent(event, win, feed.on);
  }
  for (const type of INPUT_EVENTS) win.addEventListener(type, listener, OPTIONS);
  for (const type of WINDOW_EVENTS) win.addEventListener(type, listener, OPTIONS);
  doc.addEventListener('visibilitychange', listener, OPTIONS);
  navigation?.addEventListener('navigatesuccess', listener, OPTIONS);
  return feed;
}
