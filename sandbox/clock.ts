// The sandbox's notion of "now" for everything Graph records (timestamps, write budgets, request
// arrival times). Benchmarks pass a simulated base clock; tests can jump forward through the admin
// API to skip a 5-minute budget window without waiting. Token lifetimes stay on real time: the
// provider stamps tokens with the wall clock, and a jumped clock would make fresh tokens look expired.
/** The sandbox's clock: real time plus an offset tests move forward; never goes back. */
export class SandboxClock {
  #offsetMs = 0;
  #last = 0;

  constructor(private readonly base: () => number = Date.now) {}

  /** Milliseconds since the epoch; never goes backwards, even if the base clock does. */
  now(): number {
    const t = this.base() + this.#offsetMs;
    this.#last = Math.max(this.#last, t);
    return this.#last;
  }

  /** Moves time forward by `ms` (negative values are refused: budgets assume monotonic time). */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance(ms) needs a finite ms >= 0');
    this.#offsetMs += ms;
    return this.now();
  }
}
