import { describe, expect, it } from 'vitest';
import { GraphError } from '../graph/graph-error';
import { envelope } from '../messaging/contract';
import { MessageError, serializeError, WorkerError } from '../messaging/errors';
import type { contentHandlers } from './content-handlers';
import type { BackgroundContext } from './context';
import { createMessageRouter } from './message-router';
import type { uiHandlers } from './ui-handlers';

const extension = { id: 'our-id', origin: 'chrome-extension://our-id' };
const pageSender = {
  id: 'our-id',
  url: 'https://example.com/a',
  frameId: 0,
  tab: { id: 4, windowId: 1, active: true, incognito: false },
};
const uiSender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const context = { marker: 'context' } as unknown as BackgroundContext;

function setUp(fail?: unknown) {
  const calls: { type: string; ctx: unknown; payload: unknown }[] = [];
  const handler =
    (type: string) =>
    (ctx: unknown, payload: unknown): Promise<unknown> => {
      calls.push({ type, ctx, payload });
      if (fail === undefined) return Promise.resolve(`answer to ${type}`);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the point: anything thrown
      return Promise.reject(fail);
    };
  // Every message answered by a recorder: the test is about routing, not the handlers.
  const recorders = new Proxy({}, { get: (_t, type: string) => handler(type) });
  const route = createMessageRouter({
    extension,
    ready: Promise.resolve(context),
    handlers: {
      content: recorders as typeof contentHandlers,
      ui: recorders as typeof uiHandlers,
    },
  });
  return { route, calls };
}

describe('message router', () => {
  it('answers a page with the content handler, telling it which page asked', async () => {
    const { route, calls } = setUp();
    const before = Date.now();
    const reply = await route(envelope('page-left', {}), pageSender);
    expect(reply).toEqual({ ok: true, value: 'answer to page-left' });
    expect(calls).toEqual([
      {
        type: 'page-left',
        payload: {},
        ctx: {
          marker: 'context',
          page: {
            tabId: 4,
            windowId: 1,
            tabActive: true,
            url: 'https://example.com/a',
            frameId: 0,
          },
          // When the worker heard the message (tracking/event-time.ts).
          receivedAt: expect.any(Number) as number,
        },
      },
    ]);
    const { receivedAt } = (calls[0]?.ctx ?? {}) as { receivedAt?: number };
    expect(receivedAt).toBeGreaterThanOrEqual(before);
  });

  it('takes presence from a subframe (an embedded player), for its tab', async () => {
    const { route, calls } = setUp();
    const player = { ...pageSender, frameId: 5, url: 'https://player.example/embed' };
    await route(envelope('frame-signal', { mediaPlaying: true }), player);
    expect(calls).toMatchObject([
      {
        type: 'frame-signal',
        payload: { mediaPlaying: true },
        // Which frame spoke, as the browser says: its word is its own (tracking/frame-media.ts).
        ctx: { page: { tabId: 4, frameId: 5 } },
      },
    ]);
  });

  it('takes word of a frame loading inside a subframe (a player swapped into an embed card)', async () => {
    const { route, calls } = setUp();
    const card = { ...pageSender, frameId: 3, url: 'https://embed.example/card' };
    await route(envelope('frames-loaded', {}), card);
    await route(envelope('frames-loaded', {}), pageSender);
    expect(calls).toMatchObject([
      { type: 'frames-loaded', ctx: { page: { tabId: 4 } } },
      { type: 'frames-loaded', ctx: { page: { tabId: 4 } } },
    ]);
  });

  it('answers the popup with the UI handler and the validated payload', async () => {
    const { route, calls } = setUp();
    const reply = await route(envelope('set-paused', { paused: true }), uiSender);
    expect(reply).toEqual({ ok: true, value: 'answer to set-paused' });
    expect(calls).toMatchObject([{ type: 'set-paused', ctx: context, payload: { paused: true } }]);
  });

  it.each([
    ['a page asking for the history', envelope('list-pages', {}), pageSender],
    ['a page asking to sign out', envelope('sign-out', { deleteHistory: true }), pageSender],
    ['the popup posing as a page', envelope('page-left', {}), uiSender],
    ['another extension', envelope('get-settings', {}), { ...uiSender, id: 'other' }],
    ['an iframe saying what the page is', envelope('page-left', {}), { ...pageSender, frameId: 1 }],
    [
      'a top frame posing as a subframe',
      envelope('frame-signal', { mediaPlaying: true }),
      pageSender,
    ],
    ['garbage', { channel: 'reading-timeline/v1', type: 'get-settings' }, uiSender],
    ['an unknown message', { channel: 'reading-timeline/v1', type: 'eval', payload: {} }, uiSender],
  ])('ignores %s', (_name, raw, sender) => {
    const { route, calls } = setUp();
    expect(route(raw, sender)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it.each<[string, unknown, { code: string; message: string }]>([
    [
      "a Graph error, with Graph's code",
      new GraphError(400, 'invalidRequest', 'Bad body'),
      { code: 'invalidRequest', message: 'Bad body' },
    ],
    [
      "the worker's own error, with its code",
      new WorkerError('sign-in-unavailable', 'No sign-in here.'),
      { code: 'sign-in-unavailable', message: 'No sign-in here.' },
    ],
    ['an error without a code', new Error('boom'), { code: 'internal', message: 'boom' }],
    ['a thrown string', 'oops', { code: 'internal', message: 'oops' }],
  ])('sends %s across as data', async (_name, thrown, error) => {
    const { route } = setUp(thrown);
    expect(await route(envelope('get-settings', {}), uiSender)).toEqual({ ok: false, error });
  });
});

describe('serializeError', () => {
  it('keeps the code a caller rebuilds the error with', () => {
    const error = serializeError(new GraphError(429, 'throttled', 'Slow down'));
    const rebuilt = new MessageError(error.code, error.message);
    expect(rebuilt).toMatchObject({ code: 'throttled', message: 'Slow down' });
  });

  it('ignores a code that is not a non-empty string', () => {
    expect(serializeError({ code: 42, message: 'x' }).code).toBe('internal');
    expect(serializeError(Object.assign(new Error('x'), { code: '' })).code).toBe('internal');
    expect(serializeError(null, 'error').code).toBe('error');
  });
});
