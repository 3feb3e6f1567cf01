// bench:history's breakdown of the history list's count (`count-engagements`) into its IndexedDB
// reads, timed from an extension page on the extension's own database: where the time goes.
import type { Page } from 'playwright-core';

/** Wall ms of each read, over every engagement started before `before`. */
export interface CountParts {
  /** `by-started` index `count()` of the range (what the count was before session 28). */
  indexCount: number;
  /** `historyItems` store `count()`, no range. */
  storeCount: number;
  /** One key-cursor step per local day, newest first (`walkDays` before session 28). */
  walkDays: number;
  /** The same days walked oldest first (pending-count.ts `walkDays` since session 28). */
  walkDaysForward: number;
  /** How many days that walk found. */
  days: number;
}

/** Times each read once, in its own transaction, from `page` (an extension page). */
export async function timeCountParts(page: Page, before: number): Promise<CountParts> {
  return page.evaluate(async (end) => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('request failed'));
        };
      });
    const db = await done(indexedDB.open('reading-timeline'));
    const store = () => db.transaction('historyItems').objectStore('historyItems');
    const range = IDBKeyRange.upperBound(end, true);
    let started = performance.now();
    await done(store().index('by-started').count(range));
    const indexCount = performance.now() - started;
    started = performance.now();
    await done(store().count());
    const storeCount = performance.now() - started;
    // Each local day's midnights found by a key cursor, reverse (continue to the day before's
    // end) or forward (continue to the next day's midnight).
    const walk = (reverse: boolean) =>
      new Promise<number>((resolve, reject) => {
        let found = 0;
        const request = store()
          .index('by-started')
          .openKeyCursor(range, reverse ? 'prev' : 'next');
        request.onerror = () => {
          reject(request.error ?? new Error('cursor failed'));
        };
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) {
            resolve(found);
            return;
          }
          found++;
          const day = new Date(cursor.key as number);
          day.setHours(0, 0, 0, 0);
          if (reverse) cursor.continue(day.getTime() - 0.5);
          else
            cursor.continue(
              new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime(),
            );
        };
      });
    started = performance.now();
    const days = await walk(true);
    const walkDays = performance.now() - started;
    started = performance.now();
    await walk(false);
    const walkDaysForward = performance.now() - started;
    db.close();
    return { indexCount, storeCount, walkDays, walkDaysForward, days };
  }, before);
}
