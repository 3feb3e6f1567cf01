// The one rule for which read pages retention deletes: the count the options page asks the user to
// confirm (deletion-store.ts countRetained) and the prune (activities-store.ts pruneHistory) both
// call it, so the confirmation says exactly what is deleted.
import type { ActivityRecord } from './schema';

/** How long past the retention period a page Graph has not yet seen is kept while it can be sent. */
export const RETENTION_GRACE_MS = 7 * 24 * 3600_000;

/** The retention period applied at one moment (times in ms since the epoch). */
export interface RetentionCut {
  /** Pages last read before this are due. */
  readBefore: number;
  /**
   * Whether what is kept here can still reach Graph: someone is signed in and Graph has not
   * refused the account. When not, "not yet in Graph" keeps nothing.
   */
  canSend: boolean;
}

/**
 * Whether retention deletes this page. A read page last read before the cut goes, unless Graph has
 * not yet seen its last change and can still be sent it (signed in, account not refused, the page
 * neither refused for good nor marked "Don't publish"); even then only for RETENTION_GRACE_MS more,
 * so a sync that never succeeds cannot keep the history for ever. Unread pages: not this rule.
 */
export function expiresUnderRetention(
  record: Pick<ActivityRecord, 'lastActiveAt' | 'unsyncedChanges' | 'sync'>,
  cut: RetentionCut,
): boolean {
  const { lastActiveAt } = record;
  if (lastActiveAt === undefined || lastActiveAt >= cut.readBefore) return false;
  const mayStillBeSent =
    cut.canSend &&
    record.unsyncedChanges !== undefined &&
    record.sync?.parked === undefined &&
    record.sync?.localOnly !== true;
  return !mayStillBeSent || lastActiveAt < cut.readBefore - RETENTION_GRACE_MS;
}
