import type { Scripting } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_PRESENCE_GUARD, FRAME_PRESENCE_PATH } from '../../content/reading-module-path';
import { injectFramePresence } from './frame-presence-injection';

/** One frame of the fake tab: 0 is the top frame. `runs`: how often frame presence ran in it. */
interface FakeFrame {
  frameId: number;
  runs: number;
  /** Gone before the file reaches it (removed by the page between the ask and the injection). */
  removed?: boolean;
}

/**
 * A tab's frames and `scripting.executeScript` over them: an injected function runs in each
 * targeted frame (its `window.top` and isolated world stubbed: the guard is set once frame
 * presence ran there, as frame-start.ts does); the frame presence file counts a run and sets the
 * guard. Results carry the frame ids, as Chromium and Firefox give them.
 */
function fakeTab(subframes: number) {
  const frames: FakeFrame[] = Array.from({ length: subframes + 1 }, (_, frameId) => ({
    frameId,
    runs: 0,
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
        if (injection.files?.includes(FRAME_PRESENCE_PATH)) frame.runs += 1;
        if (!injection.func) return { frameId: frame.frameId, result: undefined };
        const win: { top?: unknown } = {};
        win.top = frame.frameId === 0 ? win : {};
        vi.stubGlobal('window', win);
        if (frame.runs > 0) world[FRAME_PRESENCE_GUARD] = true;
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
    const tab = fakeTab(3);
    expect(await injectFramePresence(tab.scripting, 7)).toBe(3);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1, 1]);
  });

  it('asks again without running the file again in frames that have it (an ad loading again)', async () => {
    const tab = fakeTab(3);
    await injectFramePresence(tab.scripting, 7);
    for (let i = 0; i < 5; i += 1) await injectFramePresence(tab.scripting, 7);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1, 1]);
    // One ask per call; no file once every frame has it.
    expect(tab.calls.filter((call) => call.files).length).toBe(3);
  });

  it('gives a frame its file again when a new document replaced the old one', async () => {
    const tab = fakeTab(2);
    await injectFramePresence(tab.scripting, 7);
    const ad = tab.frames[2];
    if (ad) ad.runs = 0; // the ad slot loaded its next document: no guard in it
    expect(await injectFramePresence(tab.scripting, 7)).toBe(1);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 1, 1]);
  });

  it('gives a document just read the file in every frame at once, without asking', async () => {
    const tab = fakeTab(3);
    expect(await injectFramePresence(tab.scripting, 7, { fresh: true })).toBe(4);
    expect(tab.calls).toMatchObject([
      { target: { allFrames: true }, files: [FRAME_PRESENCE_PATH] },
    ]);
    // Asked later (a frame loaded), no frame needs it again.
    expect(await injectFramePresence(tab.scripting, 7)).toBe(0);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([1, 1, 1, 1]);
  });

  it('injects nothing into a page without frames (one ask, no file)', async () => {
    const tab = fakeTab(0);
    expect(await injectFramePresence(tab.scripting, 7)).toBe(0);
    expect(tab.calls.map((call) => call.files ?? 'ask')).toEqual(['ask']);
  });

  it('still reaches the other frames when one was removed meanwhile', async () => {
    const tab = fakeTab(3);
    const removed = tab.frames[1];
    const ask = tab.scripting.executeScript.bind(tab.scripting);
    // The frame goes after answering the ask, before its file is injected.
    tab.scripting.executeScript = async (injection) => {
      const answers = await ask(injection);
      if (injection.func && removed) removed.removed = true;
      return answers;
    };
    expect(await injectFramePresence(tab.scripting, 7)).toBe(2);
    expect(tab.frames.map((frame) => frame.runs)).toEqual([0, 0, 1, 1]);
  });

  it('never throws when the tab cannot be scripted', async () => {
    const scripting = {
      executeScript: () => Promise.reject(new Error('Cannot access contents of the page.')),
    } as Pick<Scripting.Static, 'executeScript'>;
    expect(await injectFramePresence(scripting, 7)).toBe(0);
  });
});
