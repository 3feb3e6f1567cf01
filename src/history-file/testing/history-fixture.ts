// A realistic history for the history-file tests: pages as the worker's gate leaves them, and the
// JSON export of them.
import { sanitizePageMetadata } from '../../activity/sanitize';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import type { ActivityRecord, HistoryItemRecord } from '../../store/schema';
import { historyEntryOf, type HistoryEntry } from '../format';
import { writeHistoryJson } from '../writers';

export const T0 = Date.UTC(2026, 0, 31, 9, 30);
export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  excludedSites: ['bank.example'],
  sendImage: false,
};

/** A realistic store: pages as the worker's gate leaves them, 0–3 engagements each. */
export function makeStore(pages: number): {
  records: ActivityRecord[];
  items: HistoryItemRecord[];
} {
  const records: ActivityRecord[] = [];
  const items: HistoryItemRecord[] = [];
  for (let p = 0; p < pages; p++) {
    const url = `https://site${p % 7}.example/articles/${p}?page=${p % 3}`;
    const meta = sanitizePageMetadata({
      url,
      title: p % 5 === 0 ? `=HYPERLINK("https://evil.example","Click") "${p}", été` : `Page ${p}`,
      type: 'Article',
      authors: [{ name: `Author ${p}`, kind: 'Person' }],
      keywords: ['a', 'b'],
      description: p % 2 === 0 ? `Line one, "quoted"; ${'x'.repeat(p % 50)}` : undefined,
      siteName: `Site ${p % 7}`,
      lang: 'en',
    });
    if (meta === null) throw new Error('fixture');
    const count = p % 4;
    const record: ActivityRecord = {
      appActivityId: meta.appActivityId,
      metadata: meta,
      firstSeenAt: T0 + p * 1000,
      unsyncedChanges: 3,
      sync: { serverId: `srv-${p}`, bodyHash: 'h' },
    };
    if (count > 0) record.lastActiveAt = T0 + p * 1000 + count * 60_000;
    // Reading positions (file version 2): unfinished with a quote, finished, and barely started.
    if (p % 3 === 1) {
      const at = T0 + p * 1000 + 90_000;
      record.reading = {
        progress: 40,
        quote: { textStart: `Passage ${p}`, prefix: 'the' },
        at,
        resumeAt: at,
      };
    } else if (p % 6 === 2) {
      record.reading = { progress: 97, at: T0 + p * 1000, finishedAt: T0 + p * 1000 };
    } else if (p % 6 === 5) {
      record.reading = { progress: 3, at: T0 + p * 1000 };
    }
    records.push(record);
    for (let i = 0; i < count; i++) {
      items.push({
        id: `0000${p}-${i}-4000-8000-000000000000`,
        appActivityId: meta.appActivityId,
        startedAt: T0 + p * 1000 + i * 60_000,
        lastActiveAt: T0 + p * 1000 + i * 60_000 + 45_123,
        activeMs: 30_007 + i,
        userTimezone: i % 2 === 0 ? 'Europe/Paris' : 'America/Argentina/Buenos_Aires',
        ended: i < count - 1,
        ...(i === 0 ? { synced: { lastActiveAt: T0, activeMs: 1 } } : {}),
      });
    }
  }
  return { records, items };
}

export function entriesOf(store: ReturnType<typeof makeStore>): HistoryEntry[] {
  const byPage = new Map<string, HistoryItemRecord[]>();
  for (const item of store.items) {
    byPage.set(item.appActivityId, [...(byPage.get(item.appActivityId) ?? []), item]);
  }
  return store.records.map((record) =>
    historyEntryOf(record, byPage.get(record.appActivityId) ?? []),
  );
}

export async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

export async function exportJson(entries: Iterable<HistoryEntry>): Promise<string> {
  return (await collect(writeHistoryJson({ settings, entries }, T0))).join('');
}
