import type { ReadingPosition } from '../activity/text-fragment';
import type { Db } from './db';
import { pageRowOf, type PageRow } from './page-rows';
import { countChange, type ReadingRecord } from './schema';

/** Progress at or past which a page counts as read to its end (comments and footers remain). */
export const FINISHED_PROGRESS = 95;
/** Engaged time a page needs before reaching its end counts as reading it, not skimming (ms). */
export const FINISHED_MIN_ACTIVE_MS = 20_000;
/** Progress below which there is nothing to continue: the reader never got past the opening. */
export const RESUME_MIN_PROGRESS = 5;

/**
 * The reading state after a new position: finished once progress reaches FINISHED_PROGRESS with at
 * least FINISHED_MIN_ACTIVE_MS of engaged time (and finished stays finished); resumable while
 * unfinished and past RESUME_MIN_PROGRESS. Pure.
 */
export function nextReading(
  previous: ReadingRecord | undefined,
  position: ReadingPosition,
  activeMs: number,
  now: number,
): ReadingRecord {
  const next: ReadingRecord = { progress: position.progress, at: now };
  if (position.quote) next.quote = position.quote;
  const finishedAt =
    previous?.finishedAt ??
    (position.progress >= FINISHED_PROGRESS && activeMs >= FINISHED_MIN_ACTIVE_MS
      ? now
      : undefined);
  if (finishedAt !== undefined) next.finishedAt = finishedAt;
  else if (position.progress >= RESUME_MIN_PROGRESS) next.resumeAt = now;
  return next;
}

/**
 * Keeps the latest reading position of a page (and whether it is finished). A changed quote of a
 * page Graph knows marks it for sync, so the published activationUrl follows. Returns false when
 * the page is not (or no longer) recorded.
 */
export async function saveReadingPosition(
  db: Db,
  appActivityId: string,
  position: ReadingPosition,
  now: number,
): Promise<boolean> {
  const tx = db.transaction(['activities', 'historyItems'], 'readwrite');
  const activities = tx.objectStore('activities');
  const [record, items] = await Promise.all([
    activities.get(appActivityId),
    tx.objectStore('historyItems').index('by-activity').getAll(appActivityId),
  ]);
  if (!record) {
    await tx.done;
    return false;
  }
  const activeMs = items.reduce((sum, item) => sum + item.activeMs, 0);
  const reading = nextReading(record.reading, position, activeMs, now);
  const quoteChanged = JSON.stringify(record.reading?.quote) !== JSON.stringify(reading.quote);
  const updated = { ...record, reading };
  await activities.put(
    quoteChanged && record.lastActiveAt !== undefined ? countChange(updated) : updated,
  );
  await tx.done;
  return true;
}

/** "Continue reading": unfinished read pages, most recently read first, as popup rows. */
export async function listUnfinished(db: Db, limit: number): Promise<PageRow[]> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const items = tx.objectStore('historyItems').index('by-activity');
  const rows: PageRow[] = [];
  let cursor = await tx.objectStore('activities').index('by-resume').openCursor(null, 'prev');
  while (cursor && rows.length < limit) {
    const record = cursor.value;
    if (record.lastActiveAt !== undefined) {
      const activeMs = (await items.getAll(record.appActivityId)).reduce(
        (sum, item) => sum + item.activeMs,
        0,
      );
      rows.push(pageRowOf(record, activeMs));
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return rows;
}

/** The stored position of a page, for resuming it; undefined when there is none. */
export async function readingOf(db: Db, appActivityId: string): Promise<ReadingRecord | undefined> {
  return (await db.get('activities', appActivityId))?.reading;
}
