import { describe, expect, it } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import { countRetained, pruneHistory, recordPage } from './activities-store';
import type { Db } from './db';
import { RETENTION_GRACE_MS, type RetentionCut } from './retention-rule';
import type { ActivitySyncState } from './schema';
import { freshDbForEachTest } from './testing/fresh-db';
import { engagement, page } from './testing/records';
import { commitTransition } from './tracker-store';

// F-retention-1: the count the options page asks the user to confirm is what the prune deletes,
// and "Graph has not seen it yet" keeps a page only while it can still be sent, for a bounded grace.
let db: Db;
freshDbForEachTest('retention-rule', (opened) => (db = opened));

const DAY = 24 * 3600_000;
const NOW = 200 * DAY;
const THIRTY_DAYS = NOW - 30 * DAY;

/** Reads page `id` for a minute at `readAt` (not yet sent: `unsyncedChanges` set), with `sync`. */
async function readUnsent(id: string, readAt: number, sync?: ActivitySyncState): Promise<void> {
  await recordPage(db, page(id), readAt);
  await commitTransition(
    db,
    initialTrackerState(0),
    [
      {
        type: 'engagement-ended',
        kept: true,
        engagement: engagement(id, `g-${id}`, readAt, 60_000),
      },
    ],
    'UTC',
  );
  const record = await db.get('activities', page(id).appActivityId);
  if (!record?.unsyncedChanges) throw new Error(`${id} should wait for Graph`);
  if (sync) await db.put('activities', { ...record, sync });
}

/** The confirmation's count, then the prune: both must say the same number. */
async function countThenPrune(cut: RetentionCut): Promise<[number, number]> {
  const counted = await countRetained(db, cut);
  const pruned = await pruneHistory(db, { read: cut, unreadSeenBefore: 0 });
  return [counted, pruned];
}

describe('retention of pages Graph has not seen', () => {
  it('deletes them for a user who never signs in, as many as the confirmation said', async () => {
    await readUnsent('old', DAY);
    await readUnsent('recent', NOW - DAY);
    expect(await countThenPrune({ readBefore: THIRTY_DAYS, canSend: false })).toEqual([1, 1]);
    expect(await db.getAllKeys('activities')).toEqual([page('recent').appActivityId]);
  });

  it('keeps them while signed in and within the grace, then deletes them', async () => {
    await readUnsent('pending', THIRTY_DAYS - DAY);
    expect(await countThenPrune({ readBefore: THIRTY_DAYS, canSend: true })).toEqual([0, 0]);
    expect(await db.count('historyItems')).toBe(1);
    // A sync that never succeeds cannot keep it for ever.
    const later = THIRTY_DAYS + RETENTION_GRACE_MS;
    expect(await countThenPrune({ readBefore: later, canSend: true })).toEqual([1, 1]);
    expect(await db.count('historyItems')).toBe(0);
  });

  it('deletes pages that can never be sent: refused for good or "Don\'t publish"', async () => {
    const refused = { code: 'invalidRequest', message: 'no', at: DAY };
    await readUnsent('parked', DAY, { parked: refused });
    await readUnsent('local', DAY, { localOnly: true });
    await readUnsent('waiting', THIRTY_DAYS - DAY, { serverId: 's1' });
    expect(await countThenPrune({ readBefore: THIRTY_DAYS, canSend: true })).toEqual([2, 2]);
    expect(await db.getAllKeys('activities')).toEqual([page('waiting').appActivityId]);
  });
});
