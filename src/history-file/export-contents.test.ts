import { expect, it } from 'vitest';
import { recordPage } from '../store/activities-store';
import type { Db } from '../store/db';
import { applyDeletion } from '../store/deletion-store';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { engagement, page } from '../store/testing/records';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import type { TrackerState } from '../tracking/engagement-types';
import { readHistoryBatch } from './history-store-io';

// F-export-1: the backup holds what the history shows, not what the user deleted nor pages
// opened and never read.
let db: Db;
freshDbForEachTest('export-contents', (opened) => (db = opened));

/** Every export batch of `limit` pages, as the options page asks for them. */
async function exportedTitles(limit: number): Promise<string[]> {
  const titles: string[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await readHistoryBatch(db, after, limit);
    titles.push(...batch.entries.map((entry) => entry.record.metadata.title));
    if (batch.next === null) return titles;
    after = batch.next;
  }
}

it('leaves out a page deleted while its tab shows it, and pages never read', async () => {
  for (const id of ['b-private', 'c-kept']) await recordPage(db, page(id), 1);
  const read = (id: string, at: number) => ({
    type: 'engagement-ended' as const,
    kept: true,
    engagement: engagement(id, `g-${id}`, at, 60_000),
  });
  await commitTransition(
    db,
    initialTrackerState(0),
    [read('b-private', 1_000), read('c-kept', 500_000)],
    'UTC',
  );
  // A tab still shows the private page: deleting it keeps a bare record (deleted-readings.ts).
  const P = page('b-private');
  const tab = {
    windowId: 1,
    visible: true,
    audible: false,
    mediaPlaying: false,
    lastEvidenceAt: 0,
  };
  const showing: TrackerState = {
    ...initialTrackerState(0),
    tabs: { '1': { ...tab, page: { appActivityId: P.appActivityId, url: P.url } } },
  };
  await commitTransition(db, showing, [], 'UTC');
  await applyDeletion(db, { from: 0, to: 100_000 }, { alsoTimeline: false, now: 100_000 });
  expect(await db.get('activities', P.appActivityId)).toBeDefined();
  // Opened since and glanced at, never read: the history does not show it.
  await recordPage(db, page('a-glanced'), 200_000);

  // One page a batch: a batch with nothing to export still leads to the next.
  expect(await exportedTitles(1)).toEqual(['Title c-kept']);
  expect(await exportedTitles(100)).toEqual(['Title c-kept']);
});
