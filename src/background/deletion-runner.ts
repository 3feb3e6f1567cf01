import type { DeletionScope } from '../deletion/deletion-scope';
import type { ScheduledDeletion } from '../messaging/contract';
import type { DeletionNote } from '../messaging/deletion-note';
import type { Db } from '../store/db';
import {
  addPendingDeletion,
  applyDeletion,
  countDeletion,
  loadPendingDeletions,
  pendingEffect,
  pendingRemoves,
  removePendingDeletion,
  type AppliedDeletion,
  type PendingDeletion,
} from '../store/deletion-store';
import type { ScopedItem } from '../store/scope-decision';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import type { DeletedEngagement } from '../tracking/engagement-types';

/** The alarm (by name) that applies pending deletions once their undo window has passed. */
export const DELETION_ALARM = 'deletion';
/** How long "Undo" is offered: nothing is deleted or sent before it has passed. */
export const UNDO_WINDOW_MS = 6_000;

/**
 * What the deletion runner is given: the database, its alarm, the clock (epoch ms), ids, and what
 * to tell sync and the tracker once a deletion is applied.
 */
export interface DeletionRunnerDeps {
  db: Db;
  /** The part of chrome.alarms used: one alarm, at the earliest end of an undo window. */
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    clear(name: string): Promise<boolean>;
  };
  now: () => number;
  newId: () => string;
  /** Something was deleted that Graph must hear about: run a sync pass. */
  afterApply: (alsoTimeline: boolean) => void;
  /**
   * Engagements the tracker held that a deletion just applied removed: the tracker must forget
   * them (its `engagements-deleted` event). Until it has, the store refuses to write them.
   */
  forgetReadings: (deleted: readonly DeletedEngagement[]) => Promise<void>;
  /**
   * The history changed: open pages follow it (messaging/deletion-note.ts). Awaited before the
   * request that caused it is answered; expected never to throw.
   */
  changed?: (note: DeletionNote) => Promise<void>;
}

/** A page as the list and the sync planner see it, to ask whether a pending deletion covers it. */
export type PageProbe = Pick<ActivityRecord, 'appActivityId' | 'firstSeenAt' | 'metadata'>;

// Never what is read after the request: "everything" means everything until it was asked for.
function boundedBy(scope: DeletionScope, askedAt: number): DeletionScope {
  return { ...scope, to: Math.min(scope.to, askedAt) };
}

/**
 * Deletions with an undo window. Asking records a pending deletion in IndexedDB and one alarm at
 * its `notBefore`; the list hides its pages and sync holds them back meanwhile; the alarm applies
 * it. A worker stopped during the window forgets nothing: the record and the alarm outlive it.
 */
export function createDeletionRunner(deps: DeletionRunnerDeps) {
  const { db } = deps;
  const changed = async (note: DeletionNote): Promise<void> => {
    await deps.changed?.(note);
  };

  async function armAlarm(pending: readonly PendingDeletion[]): Promise<void> {
    if (pending.length === 0) {
      await deps.alarms.clear(DELETION_ALARM);
      return;
    }
    const when = Math.min(...pending.map((entry) => entry.notBefore));
    await deps.alarms.create(DELETION_ALARM, { when: Math.max(when, deps.now() + 100) });
  }

  // How applyDue and applyNow both end once something is applied: the tracker forgets the
  // engagements it held of it (awaited), then sync is asked for a pass.
  async function tellApplied(
    held: readonly DeletedEngagement[],
    alsoTimeline: boolean,
  ): Promise<void> {
    if (held.length > 0) await deps.forgetReadings(held);
    deps.afterApply(alsoTimeline);
  }

  return {
    async schedule(scope: DeletionScope, alsoTimeline: boolean): Promise<ScheduledDeletion> {
      const createdAt = deps.now();
      const bounded = boundedBy(scope, createdAt);
      // What a deletion already pending removes is its, not counted twice (hiddenPages).
      const pending = await loadPendingDeletions(db);
      const count = await countDeletion(db, bounded, (page, item) =>
        pendingRemoves(pending, page, item),
      );
      const deletion: PendingDeletion = {
        id: deps.newId(),
        scope: bounded,
        alsoTimeline,
        createdAt,
        notBefore: createdAt + UNDO_WINDOW_MS,
        hiddenPages: count.pages,
      };
      await addPendingDeletion(db, deletion);
      await armAlarm(await loadPendingDeletions(db));
      await changed({ kind: 'scheduled', at: createdAt, deletionId: deletion.id, scope: bounded });
      return { ...count, deletionId: deletion.id, notBefore: deletion.notBefore };
    },

    /** Undo. False once its time has come (it is being, or has been, applied). */
    async cancel(deletionId: string): Promise<boolean> {
      const pending = await loadPendingDeletions(db);
      const entry = pending.find((candidate) => candidate.id === deletionId);
      if (!entry || entry.notBefore <= deps.now()) return false;
      const cancelled = await removePendingDeletion(db, deletionId);
      await armAlarm(await loadPendingDeletions(db));
      if (cancelled) await changed({ kind: 'undone', at: deps.now(), deletionId });
      return cancelled;
    },

    /**
     * Applies every deletion whose window has passed, oldest first. Applied, then forgotten: a
     * worker stopped in between applies it again, which finds nothing left to delete.
     */
    async applyDue(): Promise<number> {
      let applied = 0;
      let timeline = false;
      const held: DeletedEngagement[] = [];
      for (const entry of await loadPendingDeletions(db)) {
        if (entry.notBefore > deps.now()) continue;
        const done = await applyDeletion(db, entry.scope, {
          alsoTimeline: entry.alsoTimeline,
          now: deps.now(),
        });
        await removePendingDeletion(db, entry.id);
        applied++;
        timeline ||= entry.alsoTimeline;
        held.push(...done.held);
      }
      await armAlarm(await loadPendingDeletions(db));
      // Nothing applied, nothing held: no one to tell.
      if (applied > 0) {
        await changed({ kind: 'applied', at: deps.now() });
        await tellApplied(held, timeline);
      }
      return applied;
    },

    /**
     * Applies `scope` at once, with no undo window (a deletion no user asked for, which no one
     * could undo: the sweep of pages today's rules refuse, url-sweep.ts), then tells the tracker
     * and sync as `applyDue` does. Bounded by now, like `schedule`. One transaction: a worker
     * stopped before it commits has deleted nothing, and applying it again is harmless.
     */
    async applyNow(scope: DeletionScope, alsoTimeline: boolean): Promise<AppliedDeletion> {
      const now = deps.now();
      const bounded = boundedBy(scope, now);
      const done = await applyDeletion(db, bounded, { alsoTimeline, now });
      if (done.pages > 0 || done.engagements > 0) await changed({ kind: 'deleted', at: now });
      await tellApplied(done.held, alsoTimeline);
      return done;
    },

    /** Read pages that pending deletions remove whole: hidden from the history's count already. */
    async hiddenPages(): Promise<number> {
      const pending = await loadPendingDeletions(db);
      return pending.reduce((sum, entry) => sum + (entry.hiddenPages ?? 0), 0);
    },

    /** What pending deletions do to each page: hide it from the list, or hold back its sync. */
    async effects(): Promise<
      ((page: PageProbe, items: readonly HistoryItemRecord[]) => 'none' | 'hidden' | 'held') | null
    > {
      const pending = await loadPendingDeletions(db);
      if (pending.length === 0) return null;
      return (page, items) => pendingEffect(pending, page, items);
    },

    /** The scopes of the deletions in their undo window, oldest first (none: empty). */
    async scopes(): Promise<DeletionScope[]> {
      return (await loadPendingDeletions(db)).map((entry) => entry.scope);
    },

    /**
     * Whether pending deletions remove an engagement (with its page or alone): the day list and
     * its totals leave it out. Null while none is pending.
     */
    async removals(): Promise<((page: PageProbe, item: ScopedItem) => boolean) | null> {
      const pending = await loadPendingDeletions(db);
      if (pending.length === 0) return null;
      return (page, item) => pendingRemoves(pending, page, item);
    },
  };
}

/**
 * Scheduled deletions (createDeletionRunner): `schedule` and `cancel` within the undo window,
 * `applyDue` once it has passed, and what a pending one hides (`hiddenPages`, `effects`,
 * `removals`, `scopes`).
 */
export type DeletionRunner = ReturnType<typeof createDeletionRunner>;
