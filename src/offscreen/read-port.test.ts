// The offscreen document answers the worker's port only, and always answers it.
import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../activity/page-metadata';
import { OFFSCREEN_CHANNEL, type PageSnapshot } from '../messaging/snapshot';
import { answerReads, type IncomingPort } from './read-port';

const ROOT = 'chrome-extension://abcdefghijklmnop/';
const WORKER = { url: `${ROOT}service-worker-loader.js` };
const snapshot: PageSnapshot = {
  html: '<title>T</title>',
  url: 'https://news.example/a',
  title: 'T',
  staleHead: false,
};
const capture: PageCapture = {
  url: snapshot.url,
  title: 'T',
  type: 'WebPage',
  authors: [],
  keywords: [],
};

/** A port opened by `sender` under `name`; `ask` delivers a request and returns what was posted. */
function incoming(sender: IncomingPort['sender'], name = OFFSCREEN_CHANNEL) {
  const listeners: ((message: unknown) => void)[] = [];
  const posted: unknown[] = [];
  const closed = { count: 0 };
  const port: IncomingPort = {
    name,
    sender,
    postMessage: (message) => posted.push(message),
    disconnect: () => {
      closed.count++;
    },
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
  };
  const ask = (raw: unknown) => {
    for (const listener of listeners) listener(raw);
    return posted;
  };
  return { port, ask, listeners, closed };
}

describe('answerReads', () => {
  it('answers the worker’s request with the capture read from its snapshot', () => {
    const { port, ask, closed } = incoming(WORKER);
    const read: PageSnapshot[] = [];
    let requests = 0;
    answerReads(
      port,
      ROOT,
      (s) => {
        read.push(s);
        return capture;
      },
      () => requests++,
    );
    expect(ask({ channel: OFFSCREEN_CHANNEL, snapshot })).toEqual([capture]);
    expect(read).toEqual([snapshot]);
    expect(requests).toBe(1);
    // The worker closes it with the answer.
    expect(closed.count).toBe(0);
  });

  it.each([
    ['a content script (a tab)', { ...WORKER, tab: { id: 3 } }, OFFSCREEN_CHANNEL],
    ['another extension', { url: 'chrome-extension://abcdefghijklmnopq/x.js' }, OFFSCREEN_CHANNEL],
    ['a sender without a URL', {}, OFFSCREEN_CHANNEL],
    ['a port of another name', WORKER, 'something-else'],
  ])('closes a port from %s at once, unanswered', (_, sender, name) => {
    // Review F-readp95-1: left open, the opener's request waited for this document to close.
    const { port, listeners, closed } = incoming(sender, name);
    answerReads(port, ROOT, () => capture);
    expect(listeners).toHaveLength(0);
    expect(closed.count).toBe(1);
  });

  it('answers null to a malformed request and to a read that throws: the page falls back', () => {
    const { port, ask } = incoming(WORKER);
    answerReads(port, ROOT, () => {
      throw new Error('extractor bug');
    });
    expect(ask({ channel: OFFSCREEN_CHANNEL, snapshot: { html: 42 } })).toEqual([null]);
    expect(ask({ channel: OFFSCREEN_CHANNEL, snapshot })).toEqual([null, null]);
  });
});
