// Content script entry (top frame), the one script every page load pays for. Built as one classic
// script (`.iife.ts`, crxjs inlines its imports): no module loader, no extension file fetched. It
// wires the page session (listeners, one timer); the rest waits for a page being read. What
// reads the page (the reader, the reading-position sampler) and the scroll code are the reading
// module (reading.ts), imported once the page is being read or a command needs it (issue #13).
import { CHANNEL } from '../messaging/channel';
import { isReportEvidence } from '../messaging/page-commands';
import { startPageSession, type PageReader } from './page-session';
import type * as Reading from './reading';
import { READING_MODULE_PATH } from './reading-module-path';
import { createWorkerChannel, runtime } from './worker-channel';

const lifetime = new AbortController();
const send = createWorkerChannel(lifetime);
let reading: Promise<typeof Reading> | undefined;
// Made with the reader, before the first route is reported (loadReader runs first).
let positions: Reading.PositionRelay | undefined;

const session = startPageSession(
  {
    win: window,
    loadReader,
    send,
    onReported: (href, tracked) => positions?.routeReported(href, tracked),
  },
  lifetime.signal,
);

/**
 * The worker's commands (report pending evidence, scroll to a reading position) are for the page it
 * tracks, which has been read: the listener, and with it the extension API's bindings in this
 * world, waits until then.
 */
function listenToWorker(): void {
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
    void loadReading().then(({ scrollOnCommand }) => {
      scrollOnCommand(window, message);
    });
    return undefined;
  });
}

/** The reading module, imported from the extension's files the first time it is needed. */
function loadReading(): Promise<typeof Reading> {
  // A module URL, not a specifier the bundler resolves: this script has no module graph. Spelled
  // `chrome.runtime.getURL` (Firefox has `chrome` in content scripts too): the add-ons linter
  // (AMO's `no-unsanitized/method`) accepts a dynamic import only of that call, by its name.
  reading ??= import(/* @vite-ignore */ chrome.runtime.getURL(READING_MODULE_PATH)) as Promise<
    typeof Reading
  >;
  return reading;
}

/**
 * The reader, with the reading-position sampler and the worker's commands: all wait until the page
 * is being read (called once, page-session.ts).
 */
async function loadReader(): Promise<PageReader> {
  const module = await loadReading();
  listenToWorker();
  const relay = module.createPositionRelay(
    (url, position) => void send('page-position', { url, position }),
  );
  positions = relay;
  module.startPositionSampler(
    {
      win: window,
      report: (url, position) => {
        relay.report(url, position);
      },
      // Where the page is scrolled to is the reader's when their own input came first.
      readerInputBefore: session.readerInputSeen(),
    },
    lifetime.signal,
  );
  return module;
}
