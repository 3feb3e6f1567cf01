import { describe, expect, it } from 'vitest';
import { attributeToExtension, type TraceEvent } from './trace-attribution';
import { readParts, SUMMED_PARTS, type ReadParts } from './trace-parts';

const ORIGIN = 'chrome-extension://abc/';
const WORLD = 'Reading Timeline';
const FILES = { reading: 'assets/reading.js', framePresence: 'assets/frame.js' };
/** An event on the page's main thread: thread time from `at` for `ms` (wall clock twice that). */
const event = (
  name: string,
  at: number,
  ms: number,
  args: TraceEvent['args'] = {},
): TraceEvent => ({
  pid: 1,
  tid: 1,
  ph: 'X',
  name,
  ts: at * 2000,
  dur: ms * 2000,
  tts: at * 1000,
  tdur: ms * 1000,
  args,
});
const file = (path: string) => ({ data: { url: `${ORIGIN}${path}` } });
const inWorld = { worldName: WORLD };

/** A read as Chromium traces it: order, reading script, frame presence, idle work, a timer. */
const READ: TraceEvent[] = [
  event('ThreadControllerImpl::RunTask', 0, 1),
  event('Receive mojo message', 0, 1),
  // The isolated world's creation, in the task of the first injection: named by nothing, ours.
  event('LocalWindowProxy::Initialize', 0, 0.1),
  event('v8.compile', 0.1, 0.2, { data: { url: '' }, fileName: '', ...inWorld }),
  event('v8.run', 0.4, 0.3, { fileName: '', ...inWorld }),
  event('EvaluateScript', 10, 8, file(FILES.reading)),
  event('v8.compile', 10, 3, file(FILES.reading)),
  event('V8.CompileCode', 10.5, 2),
  event('v8.run', 13, 5, inWorld),
  event('V8.CompileCode', 14, 1),
  event('EvaluateScript', 20, 0.5, file(FILES.framePresence)),
  event('FireIdleCallback', 30, 12),
  event('v8.callFunction', 30, 12, inWorld),
  event('FunctionCall', 30, 12, file(FILES.reading)),
  event('V8.CompileCode', 31, 4),
  event('V8.ParseFunction', 31, 1),
  event('V8.CompileCode', 36, 1),
  event('FireIdleCallback', 50, 2),
  event('v8.callFunction', 50, 2, inWorld),
  event('TimerFire', 60, 0.25),
  event('v8.callFunction', 60, 0.25, inWorld),
  event('EventDispatch', 70, 1),
  event('v8.callFunction', 70, 0.5, inWorld),
  event('v8.callFunction', 80, 0.75, inWorld),
  // The page's own script: not the extension's.
  event('FireIdleCallback', 90, 5),
  event('FunctionCall', 90, 5, { data: { url: 'https://page/app.js' } }),
  // A world the page creates (an iframe's) in a task of its own: not the extension's.
  event('ThreadControllerImpl::RunTask', 100, 1),
  event('LocalWindowProxy::Initialize', 100, 0.5),
];

describe('readParts', () => {
  it('gives each outermost extension event its part', () => {
    expect(readParts(READ, [ORIGIN], WORLD, FILES)).toEqual<ReadParts>({
      world: 0.1,
      order: 0.5,
      readingCompile: 3,
      readingRun: 5,
      framePresence: 0.5,
      firstExtraction: 12,
      firstExtractionCompile: 5,
      laterIdle: 2,
      timers: 0.25,
      events: 0.5,
      other: 0.75,
    });
  });

  it('adds up to what attributeToExtension counts', () => {
    const parts = readParts(READ, [ORIGIN], WORLD, FILES);
    const sum = SUMMED_PARTS.reduce((total, part) => total + parts[part], 0);
    expect(sum).toBeCloseTo(attributeToExtension(READ, [ORIGIN], WORLD).extensionMs, 6);
  });

  it("counts the worker's main-world questions as frame presence, not a page's own scripts", () => {
    const noUrl = { data: { url: '' } };
    const events: TraceEvent[] = [
      // The page's own script without URL, before the extension did anything: not ours.
      event('EvaluateScript', 0, 4, noUrl),
      event('v8.run', 0, 4, { fileName: '' }),
      // The order, in the isolated world (its wrapper holds a run of the world): the order.
      event('EvaluateScript', 10, 1, noUrl),
      event('v8.run', 10, 1, { fileName: '', ...inWorld }),
      event('EvaluateScript', 20, 6, file(FILES.reading)),
      // Two frames asked their size in their main world.
      event('EvaluateScript', 30, 0.25, noUrl),
      event('v8.run', 30, 0.25, { fileName: '' }),
      event('EvaluateScript', 31, 0.5, noUrl),
    ];
    const parts = readParts(events, [ORIGIN], WORLD, FILES);
    expect(parts).toMatchObject({ order: 1, readingRun: 6, framePresence: 0.75, other: 0 });
    expect(attributeToExtension(events, [ORIGIN], WORLD).extensionMs).toBeCloseTo(7.75, 6);
  });

  it.each<[string, TraceEvent[]]>([
    ['nothing traced', []],
    ['no content script of the extension', READ.slice(-2)],
  ])('is all zero with %s', (_label, events) => {
    const parts = readParts(events, [ORIGIN], WORLD, FILES);
    expect(Object.values(parts).every((ms) => ms === 0)).toBe(true);
  });
});
