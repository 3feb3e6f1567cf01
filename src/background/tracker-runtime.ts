import { initialTrackerState, nextTickAt, reduceTracker } from '../tracking/engagement';
import type {
  TrackerEffect,
  TrackerEvent,
  TrackerSettings,
  TrackerState,
} from '../tracking/engagement-types';
import { eventTime } from '../tracking/event-time';
import type { Db } from '../store/db';
import type { RelayReadRecord } from '../store/schema';
import { loadDeletedReadings } from '../store/deleted-readings';
import { commitTransition, loadTrackerState } from '../store/tracker-store';

/**
 * What the tracker runtime is given: the database it commits to, the clock (epoch ms), ids, the
 * settings, the time zone, the tick alarm, and what to do with each transition's effects.
 */
export interface TrackerRuntimeDeps {
  db: Db;
  now: () => number;
  newId: () => string;
  settings: () => TrackerSettings;
  timezone: () => string;
  /** Arrange for a `tick` at this time (null: none needed). */
  scheduleTick: (at: number | null) => Promise<void>;
  /** Reads to queue for the organisation relay in the same commit (src/organisation/). */
  relayReads?: (effects: readonly TrackerEffect[], now: number) => RelayReadRecord[];
  /** Called after each committed transition with what it produced (e.g. to schedule sync). */
  afterCommit?: (effects: readonly TrackerEffect[]) => Promise<void>;
  /**
   * The first transition waits for it (events dispatched meanwhile queue up in order; their times
   * are still when they were heard): what `relayReads` needs first, the organisation's policy.
   */
  notBefore?: Promise<unknown>;
}

/**
 * Runs the pure tracker against persisted state. Events are applied one at a time, and each
 * transition is committed to IndexedDB before the next starts, so the worker may be stopped at any
 * moment. The in-memory copy is only a cache of what was last committed.
 */
export class TrackerRuntime {
  private queue: Promise<unknown>;

  private constructor(
    private readonly deps: TrackerRuntimeDeps,
    private state: TrackerState,
  ) {
    this.queue = (deps.notBefore ?? Promise.resolve()).catch(() => undefined);
  }

  /**
   * The runtime over the tracker state stored in `deps.db` (a fresh one if none), after telling it
   * of deletions a stopped worker applied without it. Rejects when the database cannot be read.
   */
  static async start(deps: TrackerRuntimeDeps): Promise<TrackerRuntime> {
    const stored = await loadTrackerState(deps.db);
    const runtime = new TrackerRuntime(deps, stored ?? initialTrackerState(deps.now()));
    // A deletion applied by a worker stopped before the tracker heard of it (deleted-readings.ts).
    await runtime.hearDeletedReadings();
    return runtime;
  }

  /**
   * Tells the tracker of the readings listed as deleted (deleted-readings.ts) by a store change it
   * did not make: a stopped worker's deletion, or another device's marker pulled (F-devices-5), so
   * reading on is a new reading at once rather than dropped until the worker restarts.
   */
  async hearDeletedReadings(): Promise<void> {
    const deleted = await loadDeletedReadings(this.deps.db);
    if (deleted.length > 0) await this.dispatch({ type: 'engagements-deleted', deleted });
  }

  /** The last committed state (for live views; never mutate). */
  get current(): TrackerState {
    return this.state;
  }

  /**
   * Applies `event` after every event dispatched before it. Its time is when the worker heard of
   * it (`receivedAt`, by default now: not when the queue gets to it), or the sender's own
   * `occurredAt` within the bounds of tracking/event-time.ts.
   */
  dispatch(
    event: TrackerEvent,
    times: { receivedAt?: number; occurredAt?: number } = {},
  ): Promise<TrackerState> {
    const receivedAt = times.receivedAt ?? this.deps.now();
    const next = this.queue.then(() =>
      this.apply(
        event,
        eventTime({
          receivedAt,
          occurredAt: times.occurredAt,
          lastEventAt: this.state.lastEventAt,
        }),
      ),
    );
    // A failed transition must not wedge every later event behind it.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async apply(event: TrackerEvent, now: number): Promise<TrackerState> {
    const settings = this.deps.settings();
    const { state, effects } = reduceTracker(this.state, event, {
      now,
      settings,
      newId: this.deps.newId,
    });
    await commitTransition(
      this.deps.db,
      state,
      effects,
      this.deps.timezone(),
      this.deps.relayReads?.(effects, now) ?? [],
    );
    this.state = state;
    await this.deps.scheduleTick(nextTickAt(state, settings));
    if (effects.length > 0) await this.deps.afterCommit?.(effects);
    return state;
  }
}
