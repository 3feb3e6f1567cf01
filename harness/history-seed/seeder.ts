// Runs inside an extension page (bundled by ./bundle.ts): writes a generated history through the
// product's own store code, in the bulk transactions a history-file import uses (each batch one
// transaction with its counters; src/history-file/history-store-io.ts), so 50,000 pages seed in
// about a minute instead of one transaction per page.
import type { HistoryEntry } from '../../src/history-file/format';
import { importHistoryEntries } from '../../src/history-file/history-store-io';
import { openTimelineDb } from '../../src/store/db';
import { generateHistory, type SeedSpec } from './generate';

/** Pages per transaction. */
const CHUNK = 1000;

/** Seeds the extension's database; returns how many pages and engagements were written. */
export async function seedHistory(
  spec: SeedSpec,
): Promise<{ activities: number; engagements: number }> {
  const db = await openTimelineDb();
  const pages = generateHistory(spec);
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
          firstSeenAt: page.engagements[0]?.startedAt ?? spec.now,
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
