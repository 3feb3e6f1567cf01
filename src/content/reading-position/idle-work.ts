/**
 * Longest a slice runs (ms), however long the idle period the browser offers (up to 50 ms): a
 * slice is one task of the page's, and input that comes during it waits for it (issue #13: one
 * idle callback of the sampler's ran 16 ms). Also the slice where the browser has no
 * requestIdleCallback (Safari).
 */
export const MAX_SLICE_MS = 5;
/** How long a slice waits for idle time before it runs anyway (ms). */
const IDLE_TIMEOUT_MS = 2_000;

/** Work spread over idle periods, which can also be finished at once when its result is needed. */
export interface IdleWork<T> {
  /** Runs what is left now (synchronously) and returns the result. */
  finish(): T;
  /** Whether the result is there. */
  readonly done: boolean;
}

/**
 * Runs the generator `steps` in slices in the page's idle periods (requestIdleCallback, each
 * slice stopping when the browser's deadline runs out or after MAX_SLICE_MS, so a read of a long
 * article never holds a frame), then hands its result to `onDone`. Where requestIdleCallback is
 * missing, slices of MAX_SLICE_MS run from timers. A step is run whole: steps must be short. Aborting `signal` stops it; `finish()` still completes it.
 */
export function runWhenIdle<T>(
  win: Window,
  steps: Generator<void, T>,
  onDone: (result: T) => void,
  signal: AbortSignal,
): IdleWork<T> {
  let result: { value: T } | undefined;

  function step(): boolean {
    if (result) return true;
    const next = steps.next();
    if (!next.done) return false;
    result = { value: next.value };
    onDone(next.value);
    return true;
  }

  function slice(timeLeft: () => number): void {
    if (signal.aborted) return;
    while (!step()) {
      if (timeLeft() <= 1) {
        schedule();
        return;
      }
    }
  }

  function schedule(): void {
    if (typeof win.requestIdleCallback === 'function') {
      win.requestIdleCallback(
        (deadline) => {
          const end = win.performance.now() + MAX_SLICE_MS;
          slice(() => Math.min(deadline.timeRemaining(), end - win.performance.now()));
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    } else {
      win.setTimeout(() => {
        const end = win.performance.now() + MAX_SLICE_MS;
        slice(() => end - win.performance.now());
      }, 0);
    }
  }

  schedule();
  return {
    finish(): T {
      while (!step()) {
        // each step is a few elements
      }
      // step() returned true, so result is set.
      return (result as { value: T }).value;
    },
    get done() {
      return result !== undefined;
    },
  };
}
