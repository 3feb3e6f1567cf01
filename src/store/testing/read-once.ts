// A page read once, recorded through the product's own code: what search's tests seed.
import type { PageMetadata } from '../../activity/page-metadata';
import { initialTrackerState } from '../../tracking/engagement';
import { recordPage } from '../activities-store';
import type { Db } from '../db';
import { commitTransition } from '../tracker-store';

/** Records `metadata` read once for `activeMs` from `startedAt`, as the tracker would. */
export async function readOnce(
  db: Db,
  metadata: PageMetadata,
  startedAt: number,
  activeMs = 60_000,
): Promise<void> {
  await recordPage(db, metadata, startedAt);
  const id = `${metadata.appActivityId}@${String(startedAt)}`;
  const engagement = {
    id,
    appActivityId: metadata.appActivityId,
    url: metadata.url,
    startedAt,
    lastActiveAt: startedAt + activeMs,
    activeMs,
  };
  await commitTransition(
    db,
    initialTrackerState(0),
    [{ type: 'engagement-ended', kept: true, engagement }],
    'UTC',
  );
}
