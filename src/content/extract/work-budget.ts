/**
 * The extractor's budget for optional work, counted in work done rather than time taken, so
 * that the same page gives the same capture on an idle desktop and on a loaded laptop.
 */

/**
 * One work unit is one element of the document, or {@link CHARS_PER_UNIT} characters of
 * JSON-LD read: about what visiting one element costs.
 */
export const CHARS_PER_UNIT = 64;

/**
 * Default cap, in work units: ten times the largest page of the shared corpus (Wikipedia, about
 * 10,000 elements), so long real articles (~17,000 elements) keep every field and only
 * pathological documents reach it. Not low enough for #13's 50 ms long-task rule: a generated
 * worst case takes 48 ms of CPU at 15,000 elements and 65–83 ms at 20,000 (load 21,
 * `npm run bench:extract -- --large`); a 15,000 cap lost real pages' descriptions (review 9
 * F-coldx-1), so slicing the heuristics is the way left.
 */
export const DEFAULT_MAX_WORK = 100_000;

/**
 * Default wall-clock safety net, in ms: far above any real page's extraction even on a loaded
 * machine (tens of ms), so it only stops a document whose DOM is pathologically slow to query.
 */
export const DEFAULT_SAFETY_MS = 500;

/**
 * Work spent so far against a cap, plus a wall-clock safety net read only at a few stage
 * boundaries (never per element), so a slow or descheduled clock cannot decide a normal page.
 */
export class WorkBudget {
  private spent = 0;
  private readonly started: number;

  /**
   * @param maxWork cap in work units (see {@link CHARS_PER_UNIT}); spending beyond it exhausts
   * @param safetyMs wall-clock ms after which {@link allows} says no, whatever the work done
   * @param now monotonic clock in ms (`performance.now` in the page)
   */
  constructor(
    private readonly maxWork: number,
    private readonly safetyMs: number,
    private readonly now: () => number,
  ) {
    this.started = now();
  }

  /** Records `units` of work done or about to be done (negative or NaN counts as 0). */
  spend(units: number): void {
    if (units > 0) this.spent += units;
  }

  /** True once the work spent exceeds the cap. Deterministic: never reads the clock. */
  exhausted(): boolean {
    return this.spent > this.maxWork;
  }

  /**
   * True while optional work may start: work within the cap and the safety net not passed.
   * Reads the clock once per call: call it at stage boundaries only.
   */
  allows(): boolean {
    return !this.exhausted() && this.now() - this.started <= this.safetyMs;
  }
}
