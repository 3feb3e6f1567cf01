import { describe, expect, it } from 'vitest';
import { costByFrameThread } from './frame-threads';
import type { TraceEvent } from './trace-attribution';

const ORIGIN = 'chrome-extension://abc/';
const WORLD = 'Reading Timeline';
const FILES = { reading: 'assets/reading.js', framePresence: 'assets/frame.js' };
/** An event on frame thread `tid`: thread time from `at` for `ms` (wall clock the same). */
const event = (
  tid: number,
  name: string,
  at: number,
  ms: number,
  args: TraceEvent['args'] = {},
): TraceEvent => ({
  pid: tid,
  tid,
  ph: 'X',
  name,
  ts: at * 1000,
  dur: ms * 1000,
  tts: at * 1000,
  tdur: ms * 1000,
  args,
});
const noUrl = { data: { url: '' } };

describe('costByFrameThread', () => {
  it("counts a frame's main-world size question and its presence file, once each", () => {
    const events: TraceEvent[] = [
      // The top frame: the reading path.
      event(1, 'EvaluateScript', 0, 5, { data: { url: `${ORIGIN}${FILES.reading}` } }),
      event(1, 'v8.run', 1, 4, { worldName: WORLD }),
      // A frame: the worker's size question in its main world, then an isolated-world ask (its
      // wrapper holds the world's run), then the file.
      event(2, 'EvaluateScript', 10, 0.25, noUrl),
      event(2, 'v8.run', 10, 0.25, { fileName: '' }),
      event(2, 'EvaluateScript', 20, 0.5, noUrl),
      event(2, 'v8.run', 20, 0.5, { fileName: '', worldName: WORLD }),
      event(2, 'EvaluateScript', 30, 1, { data: { url: `${ORIGIN}${FILES.framePresence}` } }),
      // A thread where nothing of ours ran: not listed.
      event(3, 'EvaluateScript', 10, 2, noUrl),
    ];
    const costs = costByFrameThread(events, [ORIGIN], WORLD, FILES);
    expect(costs.map((t) => t.thread).sort()).toEqual(['1/1', '2/2']);
    const frame = costs.find((t) => t.thread === '2/2');
    expect(frame).toMatchObject({ top: false, framePresenceRuns: 1, functionRuns: 1 });
    expect(frame?.ms).toBeCloseTo(1.75, 6);
    expect(frame?.injectedMs).toBeCloseTo(1.75, 6);
  });
});
