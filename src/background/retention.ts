import type { AuthService } from '../auth/grant';
import { noteDeletion, type DeletionNoteArea } from '../messaging/deletion-note';
import type { Settings } from '../settings/settings';
import type { Db } from '../store/db';
import { pruneHistory } from '../store/activities-store';
import type { RetentionCut } from '../store/retention-rule';
import { loadSyncStatus } from '../sync/outbox-store';

/** The daily alarm (by name) that applies the retention setting. */
export const RETENTION_ALARM = 'retention';
/** Pages opened but never read are only kept this long (their metadata is of no use). */
const UNREAD_KEEP_MS = 7 * 24 * 3600_000;

/**
 * The retention period `retentionDays` (0: keep everything → null) at `now` (ms since the epoch),
 * with whether what Graph has not seen can still be sent: someone is signed in (`auth` absent: a
 * build without sign-in) and the last pass did not find the account refused.
 */
export async function retentionCut(
  db: Db,
  auth: AuthService | undefined,
  retentionDays: number,
  now: number,
): Promise<RetentionCut | null> {
  if (retentionDays === 0) return null;
  const signedIn = auth !== undefined && (await auth.status()).state !== 'signed-out';
  const canSend = signedIn && (await loadSyncStatus(db)).state !== 'account-refused';
  return { readBefore: now - retentionDays * 24 * 3600_000, canSend };
}

/**
 * Applies the user's retention setting to what this browser keeps; returns the pages deleted.
 * Open pages hear of a deletion through `session` (messaging/deletion-note.ts).
 */
export async function applyRetention(
  { db, auth, session }: { db: Db; auth?: AuthService; session?: DeletionNoteArea },
  settings: Settings,
  now: number,
): Promise<number> {
  const pruned = await pruneHistory(db, {
    read: await retentionCut(db, auth, settings.retentionDays, now),
    unreadSeenBefore: now - UNREAD_KEEP_MS,
  });
  if (pruned > 0 && session) await noteDeletion(session, { kind: 'deleted', at: now });
  return pruned;
}
