import type { Scripting } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_PRESENCE_GUARD, FRAME_PRESENCE_PATH } from '../../content/reading-module-path';
import { injectFramePresence, mayShowEvidence } from './frame-presence-injection';
import { MIN_FRAME_SIDE_PX } from '../../content/frame-size';

/** One frame of the fake tab: 0 is the top frame. `runs`: how often frame presence ran in it. */
interface FakeFrame {
  frameId: number;
  runs: number;
  /** Its viewport, CSS px (a player's by default). */
  size: [number, number];
  /** Gone before the file reaches it (removed by the page between the ask and the injection). */
  removed?: boolean;
  /** Whether an isolated world of ours was ever made in it (any injection not in MAIN). */
  isolated?: boolean;
}

const PLAYER: [number, number] = [640, 360];

/**
 * A tab's frames and `scripting.executeScript` over them: an injected function runs in each
 * targeted frame (its `window.top`, viewport and isolated world stubbed: the guard is set once
 * frame presence ran there, as frame-start.ts does); the frame presence file counts a run and sets
 * the guard. Results carry the frame ids, as Chromium and Firefox give them.
 */
function fakeTab(sizes: [number, number][]) {
  const frames: FakeFrame[] = [PLAYER, ...sizes].map((size, frameId) => ({
    frameId,
    runs: 0,
    size,
  }));
  const calls: Scripting.ScriptInjection[] = [];
  const world = globalThis as Record<string, unknown>;

  function executeScript(injection: Scripting.ScriptInjection) {
    calls.push(injection);
    const { allFrames, frameIds } = injection.target;
    const targets = frames.filter((frame) =>
      allFrames ? true : (frameIds ?? [0]).includes(frame.frameId),
    );
    if (targets.some((frame) => frame.removed)) {
      return Promise.reject(new Error('No frame with id in tab.'));
    }
    return Promise.resolve(
      targets.map((frame) => {
        if (injection.world !== 'MAIN') frame.isolated = true;
        if (injection.files?.includes(FRAME_PRESENCE_PATH)) frame.runs += 1;
        if (!injection.func) return { frameId: frame.frameId, result: undefined };
        const win: { top?: unknown; innerWidth: number; innerHeight: number } = {
          innerWidth: frame.size[0],
          innerHeight: frame.size[1],
        };
        win.top = frame.frameId === 0 ? win : {};
        vi.stubGlobal('window', win);
        if (frame.runs > 0 && injection.world !== 'MAIN') world[FRAME_PRESENCE_GUARD] = true;
        try {
          return { frameId: frame.frameId, result: injection.func(...(injection.args ?? [])) };
        } finally {
          Reflect.deleteProperty(world, FRAME_PRESENCE_GUARD);
          vi.unstubAllGlobals();
        }
      }),
    );
  }
  const scripting = { executeScript } as Pick<Scripting.Static, 'executeScript'>;
  return { frames, calls, scripting };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('injectFramePresence', () => {
  it('runs frame presence once in each subframe, never in the top frame', async () => {
    const tab = fakeTab([PLAYER, PLAYER, PLAYER]);
    expect(await injectFramePresence(tab.scripting, 7)).toBe(3);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1, 1]);
  });

  it('leaves frames too small to show anything without a world of ours (trackers, hidden ads)', async () => {
    const tab = fakeTab([[0, 0], [1, 1], PLAYER, [300, 0], [728, 90], [20, 300]]);
    expect(await injectFramePresence(tab.scripting, 7, { fresh: true })).toBe(2);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 0, 0, 1, 0, 1, 0]);
    // The size is asked in each frame's own world: no isolated world in the small ones, nor in
    // the top frame (which has the reading path's).
    expect(tab.frames.map((frame) => frame.isolated ?? false)).toEqual([
      false,
      false,
      false,
      true,
      false,
      true,
      false,
    ]);
    await injectFramePresence(tab.scripting, 7);
    expect(tab.frames.filter((frame) => frame.isolated).length).toBe(2);
  });

  it('asks again without running the file again in frames that have it (an ad loading again)', async () => {
    const tab = fakeTab([PLAYER, PLAYER, PLAYER]);
    await injectFramePresence(tab.scripting, 7);
    for (let i = 0; i < 5; i += 1) await injectFramePresence(tab.scripting, 7);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1, 1]);
    // No file once every frame has it.
    expect(tab.calls.filter((call) => call.files).length).toBe(3);
  });

  it('gives a frame its file again when a new document replaced the old one', async () => {
    const tab = fakeTab([PLAYER, PLAYER]);
    await injectFramePresence(tab.scripting, 7);
    const ad = tab.frames[2];
    if (ad) ad.runs = 0; // the ad slot loaded its next document: no guard in it
    expect(await injectFramePresence(tab.scripting, 7)).toBe(1);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1]);
  });

  it('gives a document just read the file in every frame that may show evidence, without asking', async () => {
    const tab = fakeTab([PLAYER, PLAYER, PLAYER]);
    expect(await injectFramePresence(tab.scripting, 7, { fresh: true })).toBe(3);
    expect(tab.calls.filter((call) => call.func && call.world !== 'MAIN')).toEqual([]);
    // Asked later (a frame loaded), no frame needs it again.
    expect(await injectFramePresence(tab.scripting, 7)).toBe(0);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1, 1]);
  });

  it('injects nothing into a page without frames (one question in its own world, no file)', async () => {
    const tab = fakeTab([]);
    expect(await injectFramePresence(tab.scripting, 7)).toBe(0);
    expect(tab.calls).toMatchObject([{ target: { allFrames: true }, world: 'MAIN' }]);
    expect(tab.frames[0]?.isolated).toBeUndefined();
  });

  it('still reaches the other frames when one was removed meanwhile', async () => {
    const tab = fakeTab([PLAYER, PLAYER, PLAYER]);
    const removed = tab.frames[1];
    const ask = tab.scripting.executeScript.bind(tab.scripting);
    // The frame goes after answering the size question, before anything else reaches it.
    tab.scripting.executeScript = async (injection) => {
      const answers = await ask(injection);
      if (injection.world === 'MAIN' && removed) removed.removed = true;
      return answers;
    };
    expect(await injectFramePresence(tab.scripting, 7)).toBe(2);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 0, 1, 1]);
  });

  it('asks in isolated worlds where the browser cannot inject into the main world', async () => {
    const tab = fakeTab([[0, 0], PLAYER]);
    const run = tab.scripting.executeScript.bind(tab.scripting);
    tab.scripting.executeScript = (injection) =>
      injection.world === 'MAIN'
        ? Promise.reject(new Error('Unsupported world MAIN'))
        : run(injection);
    expect(await injectFramePresence(tab.scripting, 7, { fresh: true })).toBe(1);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 0, 1]);
  });

  it('never throws when the tab cannot be scripted', async () => {
    const scripting = {
      executeScript: () => Promise.reject(new Error('Cannot access contents of the page.')),
    } as Pick<Scripting.Static, 'executeScript'>;
    expect(await injectFramePresence(scripting, 7)).toBe(0);
  });
});

describe('mayShowEvidence', () => {
  const min = MIN_FRAME_SIDE_PX;
  it.each<[string, unknown, boolean]>([
    ['the top frame', null, false],
    ['a hidden frame', [0, 0], false],
    ['a tracking pixel', [1, 1], false],
    ['a frame one pixel too narrow', [min - 1, 400], false],
    ['a frame one pixel too low', [400, min - 1], false],
    ['the smallest frame that may', [min, min], true],
    ['a player', [640, 360], true],
    ['a page that broke the question (a string)', 'oops', true],
    ['a page that broke the question (no number)', [undefined, 300], true],
    ['no answer', undefined, true],
  ])('%s: %s', (_label, viewport, expected) => {
    expect(mayShowEvidence(viewport)).toBe(expected);
  });
});
