// Set-up for bench:control: a history the extension has already published, put in place without a
// Graph request per page. The local side goes through the product's store only: the pages are
// imported in the history file's bulk transactions (marked for sync, as an import marks them), the
// product's planner decides each PUT, and what Graph answered is recorded with the engine's own
// `acknowledgeWrite` and `clearChangeCounters`. Graph's side is the sandbox storing the very bodies
// the planner built, as their PUT would (admin `seedActivities`). The measured phases that follow
// run the real sync runner over real requests.
import type { SandboxAdmin } from '../../sandbox';
import { fnv1a64 } from '../../src/activity/activity-id';
import type { HistoryEntry } from '../../src/history-file/format';
import { importHistoryEntries } from '../../src/history-file/history-store-io';
import type { Db } from '../../src/store/db';
import { clearChangeCounters, loadSyncBacklog } from '../../src/sync/outbox-store';
import { planSync, type PlanOptions } from '../../src/sync/sync-planner';
import { acknowledgeWrite } from '../../src/sync/write-ack-store';

/** Pages per import transaction and per plan round (the sandbox's admin body limit is 1 MiB). */
const CHUNK = 500;

/**
 * Seeds `entries` into `db` and into `user`'s Graph in the sandbox, as if every page had been
 * published: afterwards nothing waits for Graph and each activity's sync state (server id, body
 * hash, synced engagements) is what a real pass would have left. Returns the pages published.
 * @throws when the planner wants anything but a first PUT per page (the history was not new).
 */
export async function seedPublishedHistory(
  db: Db,
  admin: SandboxAdmin,
  user: string,
  entries: readonly HistoryEntry[],
  plan: Pick<PlanOptions, 'now' | 'buildBody'>,
): Promise<number> {
  for (let offset = 0; offset < entries.length; offset += CHUNK) {
    await importHistoryEntries(db, entries.slice(offset, offset + CHUNK));
  }
  let published = 0;
  for (;;) {
    const backlog = await loadSyncBacklog(db, CHUNK);
    if (backlog.activities.length === 0) return published;
    const { writes, clean } = planSync(backlog.activities, backlog.tombstones, {
      ...plan,
      settleMs: 0,
      force: true,
      hash: fnv1a64,
    });
    const puts = writes.flatMap((write) =>
      write.op === 'put-activity' && write.tombstoneKey === undefined ? [write] : [],
    );
    if (puts.length !== writes.length || (puts.length === 0 && clean.length === 0)) {
      throw new Error('seedPublishedHistory: the store held more than new, unpublished pages');
    }
    if (puts.length > 0) {
      const ids = await admin.seedActivities(
        user,
        puts.map((write) => ({ appActivityId: write.appActivityId, body: write.body })),
      );
      for (const write of puts) await acknowledgeWrite(db, write, ids[write.appActivityId]);
      published += puts.length;
    }
    // As the engine's next round does: a page Graph now holds as stored drops its change counter.
    const seen = new Map(
      backlog.activities.map((a) => [a.record.appActivityId, a.record.unsyncedChanges]),
    );
    await clearChangeCounters(
      db,
      clean.map((appActivityId) => ({ appActivityId, seen: seen.get(appActivityId) })),
    );
  }
}
