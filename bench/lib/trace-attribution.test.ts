import { describe, expect, it } from 'vitest';
import { attributeToExtension, union, type TraceEvent } from './trace-attribution';

const ORIGIN = 'chrome-extension://abc/';
/** The session's dynamic URL (`use_dynamic_url`), another name for the same extension. */
const DYNAMIC = 'chrome-extension://0f8e-11aa/';
const WORLD = 'Reading Timeline';
const main = { pid: 1, tid: 1, ph: 'X' };
/** An event on the page's main thread: thread time from `at` for `ms` (wall clock twice that). */
const event = (
  name: string,
  at: number,
  ms: number,
  args: TraceEvent['args'] = {},
): TraceEvent => ({
  ...main,
  name,
  ts: at * 2000,
  dur: ms * 2000,
  tts: at * 1000,
  tdur: ms * 1000,
  args,
});
const injected = event('EvaluateScript', 10, 2, { data: { url: `${ORIGIN}content.js` } });

describe('attributeToExtension', () => {
  it.each<[string, TraceEvent[], number]>([
    [
      'nothing without the content script',
      [event('FunctionCall', 0, 5, { data: { url: `${ORIGIN}x.js` } })],
      0,
    ],
    ['the injection, in thread time', [injected], 2],
    [
      'nested events once',
      [injected, event('v8.compile', 10.5, 0.5, { data: { url: `${ORIGIN}content.js` } })],
      2,
    ],
    [
      'a listener of the extension',
      [injected, event('FunctionCall', 20, 1, { data: { url: `${ORIGIN}content.js` } })],
      3,
    ],
    [
      'module evaluation in its world',
      [injected, event('v8.evaluateModule', 30, 1.5, { worldName: WORLD })],
      3.5,
    ],
    [
      'a module fetched through the dynamic URL',
      [injected, event('v8.compile', 40, 1.25, { data: { url: `${DYNAMIC}reading.js` } })],
      3.25,
    ],
    [
      "not the page's own scripts",
      [injected, event('FunctionCall', 20, 4, { data: { url: 'https://page/app.js' } })],
      2,
    ],
    ['not another world', [injected, event('v8.evaluateModule', 30, 1, { worldName: 'Other' })], 2],
    [
      'not another thread',
      [
        injected,
        { ...event('FunctionCall', 20, 1, { data: { url: `${ORIGIN}content.js` } }), tid: 2 },
      ],
      2,
    ],
  ])('counts %s', (_label, events, ms) => {
    expect(attributeToExtension(events, [ORIGIN, DYNAMIC], WORLD).extensionMs).toBeCloseTo(ms, 6);
  });

  it('reports the most extension time inside one task, and whether a marker file loaded', () => {
    const events = [
      event('RunTask', 9, 10),
      injected,
      event('RunTask', 40, 20),
      event('FunctionCall', 41, 3, { data: { url: `${ORIGIN}content.js` } }),
      event('FunctionCall', 50, 4, { data: { url: `${ORIGIN}content.js` } }),
      event('ThrottlingURLLoader::OnReceiveResponse', 70, 1, { url: `${ORIGIN}assets/reading.js` }),
    ];
    expect(attributeToExtension(events, [ORIGIN, DYNAMIC], WORLD, ['assets/reading.js'])).toEqual({
      extensionMs: 10,
      longestTaskMs: 7,
      loadedMarker: true,
    });
    expect(
      attributeToExtension(events, [ORIGIN, DYNAMIC], WORLD, ['assets/other.js']).loadedMarker,
    ).toBe(false);
  });
});

describe('union', () => {
  it.each<[Array<[number, number]>, Array<[number, number]>]>([
    [[], []],
    [
      [
        [5, 6],
        [1, 3],
        [2, 4],
      ],
      [
        [1, 4],
        [5, 6],
      ],
    ],
    [
      [
        [1, 10],
        [2, 3],
      ],
      [[1, 10]],
    ],
    [
      [
        [1, 2],
        [2, 3],
      ],
      [[1, 3]],
    ],
  ])('%j → %j', (input, expected) => {
    expect(union(input)).toEqual(expected);
  });
});
