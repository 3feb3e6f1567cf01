// Runs inside an extension page (bundled by ./bundle.ts): writes reading history through the
// product's own store code, in the bulk transactions a history-file import uses (each batch one
// transaction with its counters; src/history-file/history-store-io.ts), so 50,000 pages seed in
// about a minute instead of one transaction per page. Every read page is marked for sync, as an
// import marks it, so a signed-in extension publishes what was seeded.
import type { HistoryEntry } from '../../src/history-file/format';
import { importHistoryEntries } from '../../src/history-file/history-store-io';
import { openTimelineDb } from '../../src/store/db';
import { generateHistory, type SeedPage, type SeedSpec } from './generate';

/** Pages per transaction. */
const CHUNK = 1000;

/** What a seeding wrote: pages and engagements. */
export interface SeedCounts {
  activities: number;
  engagements: number;
}

/** Writes the given pages (each with at least one engagement) into the extension's database. */
export async function seedPages(pages: readonly SeedPage[]): Promise<SeedCounts> {
  const db = await openTimelineDb();
  let engagements = 0;
  for (let offset = 0; offset < pages.length; offset += CHUNK) {
    const entries = pages.slice(offset, offset + CHUNK).map((page): HistoryEntry => {
      const { appActivityId } = page.metadata;
      const historyItems = page.engagements.map((e) => ({
        id: e.id,
        appActivityId,
        startedAt: e.startedAt,
        lastActiveAt: e.startedAt + e.activeMs,
        activeMs: e.activeMs,
        userTimezone: 'UTC',
        ended: true,
      }));
      engagements += historyItems.length;
      return {
        record: {
          appActivityId,
          metadata: page.metadata,
          firstSeenAt: Math.min(...historyItems.map((item) => item.startedAt)),
          lastActiveAt: Math.max(...historyItems.map((item) => item.lastActiveAt)),
        },
        historyItems,
      };
    });
    await importHistoryEntries(db, entries);
  }
  db.close();
  return { activities: pages.length, engagements };
}

/** Seeds a generated history (./generate.ts) into the extension's database. */
export function seedHistory(spec: SeedSpec): Promise<SeedCounts> {
  return seedPages(generateHistory(spec));
}
