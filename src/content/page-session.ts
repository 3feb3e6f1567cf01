import type { PageMetadata } from '../activity/page-metadata';
import type { ContentContract, RequestOf, ResponseOf } from '../messaging/contract';

type ContentType = keyof ContentContract;

export interface PageSessionDeps {
  win: Window;
  extract: (doc: Document, url: string) => PageMetadata;
  /** Resolves undefined when the worker cannot be reached (e.g. the extension was reloaded). */
  send: <K extends ContentType>(
    type: K,
    payload: RequestOf<K>,
  ) => Promise<ResponseOf<K> | undefined>;
  now?: () => number;
}

/** Input is reported at most this often; the worker only needs to know someone is there. */
export const INPUT_THROTTLE_MS = 5_000;
/** After an in-page navigation, give the app a moment to render the new title and meta tags. */
export const ROUTE_SETTLE_MS = 500;

const INPUT_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'];
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended'];

/**
 * Reports one document's life to the worker: what the page is (again after every in-page route
 * change), when it is visible, and that someone is still there. A heartbeat runs only while the
 * page is visible and was used recently (or plays media), so an idle page costs nothing.
 */
export function startPageSession(deps: PageSessionDeps, signal: AbortSignal): void {
  const { win } = deps;
  const doc = win.document;
  const now = deps.now ?? (() => Date.now());
  const listen = { capture: true, passive: true, signal } as const;

  let tracked = false;
  let heartbeatMs = 15_000;
  let idleThresholdMs = 60_000;
  let lastInputAt = now();
  let lastSentAt = 0;
  let reportedUrl = '';
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let routeTimer: ReturnType<typeof setTimeout> | undefined;

  const visible = () => doc.visibilityState === 'visible';

  function mediaPlaying(): boolean {
    for (const media of doc.querySelectorAll('video, audio')) {
      const element = media as HTMLMediaElement;
      if (!element.paused && !element.ended && element.readyState > 2) return true;
    }
    return false;
  }

  async function report(): Promise<void> {
    reportedUrl = win.location.href;
    lastInputAt = now();
    const reply = await deps.send('page-loaded', {
      metadata: deps.extract(doc, reportedUrl),
      visible: visible(),
    });
    tracked = reply?.tracked ?? false;
    if (reply) {
      heartbeatMs = reply.heartbeatMs;
      idleThresholdMs = reply.idleThresholdSec * 1000;
    }
    lastSentAt = now();
    updateHeartbeat();
  }

  function sendSignal(): void {
    if (!tracked) return;
    lastSentAt = now();
    void deps.send('page-signal', { visible: visible(), mediaPlaying: mediaPlaying() });
  }

  function updateHeartbeat(): void {
    const wanted = tracked && visible() && !signal.aborted;
    if (wanted && heartbeat === undefined) {
      heartbeat = setInterval(onHeartbeat, heartbeatMs);
    } else if (!wanted && heartbeat !== undefined) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  }

  function onHeartbeat(): void {
    const recentlyUsed = now() - lastInputAt < idleThresholdMs;
    if (recentlyUsed || mediaPlaying()) {
      if (now() - lastSentAt >= heartbeatMs / 2) sendSignal();
    }
  }

  function checkRoute(): void {
    if (win.location.href === reportedUrl) return;
    clearTimeout(routeTimer);
    routeTimer = setTimeout(() => void report(), ROUTE_SETTLE_MS);
  }

  function onInput(): void {
    lastInputAt = now();
    checkRoute();
    if (!tracked && visible()) {
      // The worker declined earlier (paused); ask again now that someone is reading.
      if (now() - lastSentAt >= INPUT_THROTTLE_MS) void report();
      return;
    }
    if (now() - lastSentAt >= INPUT_THROTTLE_MS) sendSignal();
  }

  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, listen);
  for (const type of MEDIA_EVENTS) doc.addEventListener(type, sendSignal, listen);
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (visible()) lastInputAt = now();
      sendSignal();
      updateHeartbeat();
      checkRoute();
    },
    { signal },
  );
  // Switching to another application blurs the page. Chrome does not always report that as a
  // window focus change, so say it from here at once: the worker asks which window has focus.
  const onWindowFocus = (event: FocusEvent): void => {
    if (event.target !== win) return;
    if (event.type === 'focus') lastInputAt = now();
    sendSignal();
  };
  win.addEventListener('focus', onWindowFocus, { signal });
  win.addEventListener('blur', onWindowFocus, { signal });
  win.addEventListener('popstate', checkRoute, { signal });
  win.addEventListener('hashchange', checkRoute, { signal });
  // The Navigation API sees pushState/replaceState made by the page's own scripts, which an
  // isolated world cannot patch; where it is missing, input and visibility changes catch routes.
  const navigation: EventTarget | undefined = 'navigation' in win ? win.navigation : undefined;
  navigation?.addEventListener('navigatesuccess', checkRoute, { signal });
  win.addEventListener(
    'pagehide',
    () => {
      void deps.send('page-left', {});
      tracked = false;
      updateHeartbeat();
    },
    { signal },
  );
  win.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) void report();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    clearInterval(heartbeat);
    clearTimeout(routeTimer);
  });

  void report();
}
