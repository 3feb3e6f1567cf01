// Test helper: a page deleted whole, here and in Graph, as the popup's ✕ or the history's Delete
// does once the undo window has passed (store/deletion-store.ts applyDeletion).
import type { Db } from '../db';
import { applyDeletion, type AppliedDeletion } from '../deletion-store';

/** Deletes page `appActivityId` with every engagement up to `now` (epoch ms), also from Graph. */
export function deletePage(db: Db, appActivityId: string, now: number): Promise<AppliedDeletion> {
  const scope = { from: 0, to: now, appActivityIds: [appActivityId] };
  return applyDeletion(db, scope, { alsoTimeline: true, now });
}
