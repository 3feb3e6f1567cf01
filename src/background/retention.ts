import type { Settings } from '../settings/settings';
import type { Db } from '../store/db';
import { pruneHistory } from '../store/activities-store';

/** The daily alarm (by name) that applies the retention setting. */
export const RETENTION_ALARM = 'retention';
/** Pages opened but never read are only kept this long (their metadata is of no use). */
const UNREAD_KEEP_MS = 7 * 24 * 3600_000;

/** Applies the user's retention setting to what this browser keeps. */
export function applyRetention(db: Db, settings: Settings, now: number): Promise<number> {
  return pruneHistory(db, {
    readBefore: settings.retentionDays === 0 ? null : now - settings.retentionDays * 24 * 3600_000,
    unreadSeenBefore: now - UNREAD_KEEP_MS,
  });
}
