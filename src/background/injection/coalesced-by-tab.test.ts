import { describe, expect, it } from 'vitest';
import type { Scripting } from 'webextension-polyfill';
import { createBrowserState } from '../browser-state';
import { coalescedByTab } from './coalesced-by-tab';

/** One frame's answer, as executeScript gives it. */
const answer = (frameId: number, result: unknown): Scripting.InjectionResult => ({
  frameId,
  result,
  documentId: `doc-${String(frameId)}`,
});

/** A tab of `frames` subframes, each 300×150: every one may show evidence. */
function scriptingOf(frames: number) {
  const calls: string[] = [];
  const executeScript = async (
    injection: Scripting.ScriptInjection,
  ): Promise<Scripting.InjectionResult[]> => {
    // A round trip to the renderer: asks heard meanwhile find the pass running.
    await new Promise((resolve) => setTimeout(resolve, 1));
    if ('files' in injection && injection.files) {
      calls.push('file');
      return [answer(injection.target.frameIds?.[0] ?? 0, undefined)];
    }
    if (injection.target.allFrames) {
      calls.push('sizes');
      return [
        answer(0, null),
        ...Array.from({ length: frames }, (_, i) => answer(i + 1, [300, 150])),
      ];
    }
    calls.push('guard');
    return [answer(injection.target.frameIds?.[0] ?? 0, false)];
  };
  return { calls, scripting: { executeScript } as unknown as Scripting.Static };
}

describe('frame presence passes, one at a time per tab', () => {
  it('a frame bomb (200 frames asking at once) costs two passes, not 200', async () => {
    const { calls, scripting } = scriptingOf(200);
    const state = createBrowserState({ scripting } as never);
    await Promise.all(Array.from({ length: 200 }, () => state.injectFramePresence(7)));
    // Each pass: one size question to all frames, then one guard question per frame.
    expect(calls.filter((c) => c === 'sizes')).toHaveLength(2);
    expect(calls).toHaveLength(2 * 201);
  });

  it('an ask after a pass ended starts a new one; tabs do not wait on each other', async () => {
    const runs: number[] = [];
    const inject = coalescedByTab((tabId) => {
      runs.push(tabId);
      return Promise.resolve();
    });
    await inject(1);
    await Promise.all([inject(1), inject(2)]);
    expect(runs).toEqual([1, 1, 2]);
  });

  it('a failed pass does not stop the next one, and its callers hear the failure', async () => {
    let fail = true;
    const inject = coalescedByTab(() => {
      const failing = fail;
      fail = false;
      return failing ? Promise.reject(new Error('tab gone')) : Promise.resolve();
    });
    const first = inject(3);
    const second = inject(3);
    await expect(first).rejects.toThrow('tab gone');
    await expect(second).resolves.toBeUndefined();
  });
});
