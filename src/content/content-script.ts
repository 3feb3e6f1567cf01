// Content script entry: the page-load path only wires the page session (listeners, one timer) and
// the listener for the worker's commands. What reads the page (the reader, the reading-position
// sampler) is a dynamic import loaded once the page is being read; the scroll code, once a
// command asks for it. A page left within seconds pays for none of it (issue #13, kind 6).
import { CHANNEL } from '../messaging/channel';
import { isReportEvidence } from '../messaging/page-commands';
import { startPageSession, type PageReader } from './page-session';
import { createWorkerChannel, runtime } from './worker-channel';

const lifetime = new AbortController();
const send = createWorkerChannel(lifetime);
let sampler: Promise<void> | undefined;
// Whether the reader's own input came before the sampler is loaded (then where the page is
// scrolled to is theirs): one passive listener per kind, each gone after its first event.
let readerInput = false;
for (const type of ['wheel', 'keydown', 'touchstart', 'pointerdown']) {
  window.addEventListener(
    type,
    () => {
      readerInput = true;
    },
    { capture: true, passive: true, once: true, signal: lifetime.signal },
  );
}

const session = startPageSession({ win: window, loadReader, send }, lifetime.signal);
runtime().onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (isReportEvidence(message)) {
    // The worker's tabs.sendMessage waits until the signal has been taken (sendResponse: Chrome
    // and Firefox alike, without webextension-polyfill on the load path).
    void session.reportEvidence().then(() => {
      sendResponse(true);
    });
    return true;
  }
  // Only ours reach the scroll code (parsed there in full).
  if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return undefined;
  void scrollOnCommand(message);
  return undefined;
});

/** The reader, and with it the reading-position sampler: both wait until the page is read. */
function loadReader(): Promise<PageReader> {
  sampler ??= import('./reading-position/position-sampler').then(({ startPositionSampler }) => {
    startPositionSampler(
      {
        win: window,
        report: (url, position) => void send('page-position', { url, position }),
        readerInputBefore: readerInput,
      },
      lifetime.signal,
    );
  });
  return import('./reader');
}

async function scrollOnCommand(message: unknown): Promise<void> {
  const [{ parseScrollToPosition }, { scrollToPosition }] = await Promise.all([
    import('../messaging/page-commands'),
    import('./reading-position/scroll-to-position'),
  ]);
  const position = parseScrollToPosition(message);
  if (position) scrollToPosition(window, position);
}
