/**
 * The reading path: what the worker injects (reading-start.ts, at READING_MODULE_PATH) once a page
 * has held attention a while. It starts the page session on notes made from the worker's order,
 * and wires the reader, the reading-position sampler and the worker's commands. Nothing here is
 * parsed or run on a page nobody reads (issue #13, kind 6).
 */
import { CHANNEL } from '../messaging/channel';
import { isReportEvidence, parseScrollToPosition } from '../messaging/page-commands';
import type { PlacedOrder } from '../messaging/reading-order';
import { watchFrameLoads } from './frame-loads';
import { startOrderedReading } from './injected-notes';
import type { PageFeed } from './page-events';
import type { NotedPage, PageNotes } from './page-notes';
import { startPageSession, type PageSession } from './page-session';
import { snapshotReader } from './snapshot-reader';
import { createPositionRelay } from './reading-position/position-relay';
import { startPositionSampler } from './reading-position/position-sampler';
import { scrollToPosition } from './reading-position/scroll-to-position';
import {
  AT_TOP_PX,
  startScrollEvidence,
  startScrollIsReaders,
} from './reading-position/start-scroll';
import { createWorkerChannel, runtime } from './worker-channel';

/**
 * Starts the page session on `notes` (injected-notes.ts): it hears the page's events through
 * `feed` from now on, in the same task, so none is lost. When the extension goes away (reloaded,
 * removed), the session stops and the listener with it.
 */
export function takeOver(notes: PageNotes, feed: PageFeed, page: NotedPage): PageSession {
  const { win } = page;
  const lifetime = new AbortController();
  const send = createWorkerChannel(lifetime);
  const relay = createPositionRelay(
    (url, position) => void send('page-position', { url, position }),
  );
  const session = startPageSession(
    {
      page,
      notes,
      reader: snapshotReader(send),
      send,
      onReported: (href, tracked) => {
        relay.routeReported(href, tracked);
      },
    },
    lifetime.signal,
  );
  feed.on = session.handlers;
  lifetime.signal.addEventListener('abort', feed.stop);
  listenToWorker(win, session);
  watchFrameLoads(
    {
      doc: win.document,
      loaded: () => {
        void send('frames-loaded', {});
      },
    },
    lifetime.signal,
  );
  startPositionSampler(
    {
      win,
      report: (url, position) => {
        relay.report(url, position);
      },
      readerInput: () => session.readerInputSeen(),
      // Where the page is scrolled to is the reader's when their own input came first. Nothing ran
      // in the page before the worker injected this: what the page can tell decides whether a
      // page away from its top was scrolled there by its reader or by itself (start-scroll.ts).
      readerInputBefore:
        session.readerInputSeen() ||
        (win.scrollY > AT_TOP_PX && startScrollIsReaders(startScrollEvidence(win))),
    },
    lifetime.signal,
  );
  return session;
}

/**
 * Starts reading `win`'s document as the worker ordered it (the reading path it injected once the
 * page held attention a while). Returns null, doing nothing, when the document is no longer on the
 * route the worker decided on.
 */
export function startInjectedReading(win: Window, order: PlacedOrder): PageSession | null {
  return startOrderedReading(win, order, takeOver);
}

/**
 * The worker's commands (report pending evidence, scroll to a reading position) are for the page it
 * tracks, which has been read: the listener, and with it the extension API's bindings in this
 * world, waits until then.
 */
function listenToWorker(win: Window, session: PageSession): void {
  runtime().onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (isReportEvidence(message)) {
      // The worker's tabs.sendMessage waits until the signal has been taken (sendResponse: Chrome
      // and Firefox alike, without webextension-polyfill in the content script).
      void session.reportEvidence().then(() => {
        sendResponse(true);
      });
      return true;
    }
    // Only ours reach the scroll code (parsed there in full).
    if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return undefined;
    scrollOnCommand(win, message);
    return undefined;
  });
}

/**
 * Scrolls `win` to the position a worker command names; anything else is ignored. A command for
 * a tab opened to resume (`onlyFromTop`) is ignored once the page has left its top: the reader
 * scrolled in the seconds before the page was read, or the browser followed the text fragment.
 */
export function scrollOnCommand(win: Window, message: unknown): void {
  const command = parseScrollToPosition(message);
  if (!command) return;
  if (command.onlyFromTop && win.scrollY > AT_TOP_PX) return;
  scrollToPosition(win, command.position);
}
