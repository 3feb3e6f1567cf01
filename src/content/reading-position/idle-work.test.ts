import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SLICE_MS, runWhenIdle } from './idle-work';

// Idle slices as the browser gives them: each requestIdleCallback gets a deadline of `budget`
// steps (timeRemaining drops by 1 ms per step taken).

function* counting(steps: number, log: number[]): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    log.push(i);
    yield;
  }
  return 'done';
}

function idleWindow(budgetMs: number) {
  const win = new JSDOM('').window as unknown as Window;
  const callbacks: IdleRequestCallback[] = [];
  let left = 0;
  win.requestIdleCallback = (callback) => callbacks.push(callback);
  return {
    win,
    /** Runs the idle callbacks queued so far, each with a fresh budget; returns how many ran. */
    idle: (): number => {
      const queued = callbacks.splice(0);
      for (const callback of queued) {
        left = budgetMs;
        callback({ didTimeout: false, timeRemaining: () => left-- });
      }
      return queued.length;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runWhenIdle', () => {
  it('spreads the work over idle periods, each stopping at its deadline, then hands over the result', () => {
    const { win, idle } = idleWindow(4);
    const log: number[] = [];
    const done = vi.fn();
    const work = runWhenIdle(win, counting(10, log), done, new AbortController().signal);
    expect(log).toEqual([]);
    let slices = 0;
    while (idle() > 0) slices++;
    expect(log).toHaveLength(10);
    expect(slices).toBeGreaterThan(2);
    expect(done).toHaveBeenCalledExactlyOnceWith('done');
    expect(work.done).toBe(true);
  });

  it('takes at most MAX_SLICE_MS of a long idle period: a slice is a task input waits for', () => {
    const win = new JSDOM('').window as unknown as Window;
    let clock = 0;
    Object.defineProperty(win.performance, 'now', { value: () => clock });
    const callbacks: IdleRequestCallback[] = [];
    win.requestIdleCallback = (callback) => callbacks.push(callback);
    // Each step takes 1 ms; the browser offers its longest idle period, 50 ms, every time.
    function* oneMsSteps(): Generator<void, string> {
      for (let i = 0; i < 20; i++) {
        clock += 1;
        yield;
      }
      return 'done';
    }
    const done = vi.fn();
    runWhenIdle(win, oneMsSteps(), done, new AbortController().signal);
    const sliceMs: number[] = [];
    for (let callback = callbacks.shift(); callback; callback = callbacks.shift()) {
      const start = clock;
      callback({ didTimeout: false, timeRemaining: () => Math.max(0, 50 - (clock - start)) });
      sliceMs.push(clock - start);
    }
    expect(done).toHaveBeenCalledWith('done');
    expect(Math.max(...sliceMs)).toBeLessThanOrEqual(MAX_SLICE_MS);
    expect(sliceMs.reduce((a, b) => a + b)).toBe(20);
  });

  it('finishes at once when the result is needed, and only once', () => {
    const { win, idle } = idleWindow(4);
    const log: number[] = [];
    const done = vi.fn();
    const work = runWhenIdle(win, counting(10, log), done, new AbortController().signal);
    idle();
    expect(work.finish()).toBe('done');
    expect(log).toHaveLength(10);
    while (idle() > 0);
    expect(done).toHaveBeenCalledOnce();
  });

  it('stops taking idle time when aborted', () => {
    const { win, idle } = idleWindow(2);
    const log: number[] = [];
    const controller = new AbortController();
    const work = runWhenIdle(win, counting(10, log), vi.fn(), controller.signal);
    idle();
    controller.abort();
    while (idle() > 0);
    expect(log.length).toBeLessThan(10);
    expect(work.done).toBe(false);
  });

  it('runs from timers where the browser has no requestIdleCallback', async () => {
    const win = new JSDOM('').window as unknown as Window;
    Object.defineProperty(win, 'requestIdleCallback', { value: undefined });
    const done = vi.fn();
    runWhenIdle(win, counting(3, []), done, new AbortController().signal);
    await vi.runAllTimersAsync();
    expect(done).toHaveBeenCalledWith('done');
  });
});
