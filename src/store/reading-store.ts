import type { ReadingPosition } from '../activity/text-fragment';
import { commitCounters } from './counter-store';
import { CounterLedger } from './counters';
import type { Db } from './db';
import { pageRowOf, totalsOf, type PageRow } from './page-rows';
import { countChange, type ReadingRecord } from './schema';

/**
 * Progress at or past which a page counts as read to its end. Progress runs through the article's
 * prose to the bottom of its last block (content/reading-position/article-index.ts), so comments,
 * related links and footers are not needed; the last few lines may stay below the window.
 */
export const FINISHED_PROGRESS = 95;
/** Engaged time any page needs before reaching its end counts as reading it, not skimming (ms). */
export const FINISHED_MIN_ACTIVE_MS = 20_000;
/**
 * Average silent reading pace of adults for non-fiction, words a minute (Brysbaert 2019, "How many
 * words do we read per minute?", https://doi.org/10.1016/j.jml.2019.104047).
 */
export const AVERAGE_READING_WPM = 238;
/**
 * Share of a page's estimated reading time that reaching its end must have taken: a tenth, so
 * that a quick reader (several times the average pace) finishes, and scrolling to the end of a
 * long article in half a minute does not.
 */
export const FINISHED_MIN_SHARE = 0.1;

/**
 * The engaged time (ms) after which reaching the end of a page counts as having read it:
 * FINISHED_MIN_SHARE of its estimated reading time at AVERAGE_READING_WPM, at least
 * FINISHED_MIN_ACTIVE_MS (all that applies when the page's word count is unknown).
 */
export function finishedMinActiveMs(wordCount: number | undefined): number {
  const estimateMs = wordCount && wordCount > 0 ? (wordCount / AVERAGE_READING_WPM) * 60_000 : 0;
  return Math.max(FINISHED_MIN_ACTIVE_MS, Math.round(FINISHED_MIN_SHARE * estimateMs));
}
/** Progress below which there is nothing to continue: the reader never got past the opening. */
export const RESUME_MIN_PROGRESS = 5;

/**
 * The reading state after a new position: finished once progress reaches FINISHED_PROGRESS with
 * the engaged time finishedMinActiveMs asks for a page of `wordCount` words (and finished stays
 * finished); resumable while unfinished and past RESUME_MIN_PROGRESS. Pure.
 * @param activeMs All engaged time on the page so far (ms), the engagement under way included.
 */
export function nextReading(
  previous: ReadingRecord | undefined,
  position: ReadingPosition,
  activeMs: number,
  now: number,
  wordCount?: number,
): ReadingRecord {
  const next: ReadingRecord = { progress: position.progress, at: now };
  if (position.quote) next.quote = position.quote;
  const finishedAt =
    previous?.finishedAt ??
    (position.progress >= FINISHED_PROGRESS && activeMs >= finishedMinActiveMs(wordCount)
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
 * @param live The engagement under way as the tracker has banked it (its `activeMs`), which the
 *   store may not hold yet: the reading just done counts for "finished".
 */
export async function saveReadingPosition(
  db: Db,
  appActivityId: string,
  position: ReadingPosition,
  now: number,
  live?: { id: string; activeMs: number },
): Promise<boolean> {
  const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readwrite');
  const activities = tx.objectStore('activities');
  const [record, items] = await Promise.all([
    activities.get(appActivityId),
    tx.objectStore('historyItems').index('by-activity').getAll(appActivityId),
  ]);
  if (!record) {
    await tx.done;
    return false;
  }
  const stored = items.reduce((sum, item) => sum + item.activeMs, 0);
  const underWay = live && (items.find((item) => item.id === live.id)?.activeMs ?? 0);
  const activeMs = stored + (live ? Math.max(0, live.activeMs - (underWay ?? 0)) : 0);
  const reading = nextReading(record.reading, position, activeMs, now, record.metadata.wordCount);
  const quoteChanged = JSON.stringify(record.reading?.quote) !== JSON.stringify(reading.quote);
  const read = { ...record, reading };
  const updated = quoteChanged && record.lastActiveAt !== undefined ? countChange(read) : read;
  await activities.put(updated);
  // Marking the page for sync moves the popup's `unsynced` count: same transaction (counters.ts).
  await commitCounters(tx.objectStore('kv'), new CounterLedger().activity(record, updated));
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
      rows.push(pageRowOf(record, totalsOf(await items.getAll(record.appActivityId))));
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

/**
 * The resume-position switch was turned off: deletes the quote kept for every page (progress and
 * finished stay), in one pass, so none is shown, exported or published any more. Returns how many
 * pages lost one. Graph's copies are the republish's business (ui/control/past-effects.ts).
 */
export async function dropStoredQuotes(db: Db): Promise<number> {
  const tx = db.transaction('activities', 'readwrite');
  let dropped = 0;
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const { reading } = cursor.value;
    if (reading?.quote !== undefined) {
      const { quote: _gone, ...kept } = reading;
      await cursor.update({ ...cursor.value, reading: kept });
      dropped++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return dropped;
}
