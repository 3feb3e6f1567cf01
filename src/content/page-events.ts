// Which events of a page a page session hears, and how: capturing and passive for input, never
// in the page's way. What each one means is the session's (page-session.ts).

/** What a page session does on each page event. */
export interface PageEventHandlers {
  /** Input (scroll, wheel, key, pointer press or move, touch), heard capturing and passive. */
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
}

/** The input that says someone is at the page. */
const INPUT_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'];

/** Adds the listeners of `on` to `win` and its document until `signal` aborts. */
export function listenToPage(win: Window, on: PageEventHandlers, signal: AbortSignal): void {
  const input = { capture: true, passive: true, signal } as const;
  for (const type of INPUT_EVENTS) win.addEventListener(type, on.input, input);
  win.document.addEventListener('visibilitychange', on.visibility, { signal });
  const focus = (event: FocusEvent): void => {
    if (event.target === win) on.windowFocus(event.type === 'focus', event);
  };
  win.addEventListener('focus', focus, { signal });
  win.addEventListener('blur', focus, { signal });
  win.addEventListener('popstate', on.route, { signal });
  win.addEventListener('hashchange', on.route, { signal });
  // The Navigation API sees pushState/replaceState made by the page's own scripts, which an
  // isolated world cannot patch; where it is missing, input and visibility changes catch routes.
  const navigation: EventTarget | undefined = 'navigation' in win ? win.navigation : undefined;
  navigation?.addEventListener('navigatesuccess', on.route, { signal });
  win.addEventListener('pagehide', on.leave, { signal });
  win.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) on.restored();
    },
    { signal },
  );
}
