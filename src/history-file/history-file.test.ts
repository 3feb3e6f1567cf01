import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import { planHistoryMerge } from './merge-plan';
import { parseHistoryFile } from './parse';
import { entriesOf, exportJson, makeStore, settings, T0 } from './testing/history-fixture';
import { writeHistoryJson } from './writers';

describe('history file: JSON export and import', () => {
  it('round-trips exactly: pages, engagements and settings, without sync state', async () => {
    const entries = entriesOf(makeStore(40));
    const text = await exportJson(entries);
    const parsed = parseHistoryFile(text);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.file.entries).toEqual(entries);
    expect(parsed.file.settings).toEqual(settings);
    expect(parsed.file.exportedAt).toBe(T0);
    // Exporting what was imported gives the same bytes.
    expect(await exportJson(parsed.file.entries)).toBe(text);
    expect(text).not.toMatch(/srv-|bodyHash|unsyncedChanges|synced/);
  });

  it('matches the published JSON Schema (docs/history-file.schema.json)', async () => {
    const file = path.resolve(import.meta.dirname, '../../docs/history-file.schema.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const doc: unknown = JSON.parse(await exportJson(entriesOf(makeStore(25))));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(doc as object), version: 3 })).toBe(false);
  });

  it('into an empty store, the merge plan restores every record; a second import adds nothing', async () => {
    const store = makeStore(30);
    const parsed = parseHistoryFile(await exportJson(entriesOf(store)));
    if (!parsed.ok) throw parsed.error;
    const first = planHistoryMerge(parsed.file.entries, {
      activities: new Map(),
      historyItems: new Map(),
    });
    const strip = ({ unsyncedChanges: _p, sync: _s, ...r }: ActivityRecord) => r;
    expect(first.putActivities).toEqual(store.records.map(strip));
    expect(first.putHistoryItems).toEqual(store.items.map(({ synced: _s, ...i }) => i));
    expect(first.counts.newPages).toBe(30);

    const again = planHistoryMerge(parsed.file.entries, {
      activities: new Map(first.putActivities.map((r) => [r.appActivityId, r])),
      historyItems: new Map(first.putHistoryItems.map((i) => [i.id, i])),
    });
    expect(again.putActivities).toEqual([]);
    expect(again.putHistoryItems).toEqual([]);
    expect(again.counts).toMatchObject({ unchangedPages: 30, newPages: 0, newEngagements: 0 });
  });

  it('merges into a store that already has some of it, by id, keeping what Graph acknowledged', () => {
    const store = makeStore(8);
    const [entry] = entriesOf(store).filter((e) => e.historyItems.length >= 2);
    if (entry === undefined) throw new Error('fixture');
    const [grownItem, sameItem] = entry.historyItems;
    if (grownItem === undefined || sameItem === undefined) throw new Error('fixture');
    const existingRecord: ActivityRecord = {
      ...entry.record,
      metadata: { ...entry.record.metadata, title: 'Captured here' },
      firstSeenAt: entry.record.firstSeenAt + 5,
      sync: { serverId: 'srv' },
    };
    const stored: HistoryItemRecord = {
      ...grownItem,
      lastActiveAt: grownItem.lastActiveAt - 10_000,
      activeMs: grownItem.activeMs - 5_000,
      synced: { lastActiveAt: 1, activeMs: 2 },
    };
    const plan = planHistoryMerge([entry], {
      activities: new Map([[existingRecord.appActivityId, existingRecord]]),
      historyItems: new Map([
        [stored.id, stored],
        [sameItem.id, sameItem],
      ]),
    });
    expect(plan.putActivities).toEqual([
      { ...existingRecord, firstSeenAt: entry.record.firstSeenAt },
    ]);
    expect(plan.putHistoryItems[0]).toEqual({ ...grownItem, synced: stored.synced });
    expect(plan.counts).toMatchObject({
      updatedPages: 1,
      updatedEngagements: 1,
      unchangedEngagements: 1,
    });
  });

  it('re-applies the URL rules on import: a secret in an old export never gets in', async () => {
    const leaky = 'https://ledgerly.example/page.html?view=reset&token=SECRET123';
    const text = (await exportJson(entriesOf(makeStore(1)))).replace(
      /"https:\/\/site0\.example\/articles\/0\?page=0"/g,
      JSON.stringify(leaky),
    );
    const parsed = parseHistoryFile(text);
    if (!parsed.ok) throw parsed.error;
    expect(JSON.stringify(parsed.file)).not.toContain('SECRET123');
    expect(parsed.file.entries[0]?.record.appActivityId).toBe(
      appActivityIdFor('https://ledgerly.example/page.html?view=reset'),
    );
  });

  it('streams 50,000 pages in bounded chunks and reads them back', async () => {
    const store = makeStore(50_000);
    const entries = entriesOf(store);
    let largest = 0;
    let chunks = 0;
    const started = performance.now();
    const parts: string[] = [];
    for await (const chunk of writeHistoryJson({ settings, entries }, T0)) {
      largest = Math.max(largest, chunk.length);
      chunks++;
      parts.push(chunk);
    }
    const written = performance.now();
    const parsed = parseHistoryFile(parts.join(''));
    const read = performance.now();
    if (!parsed.ok) throw parsed.error;
    expect(parsed.file.entries).toHaveLength(50_000);
    expect(chunks).toBeGreaterThanOrEqual(500);
    expect(largest).toBeLessThan(256 * 1024);
    console.info(
      `50,000 pages: ${(parts.join('').length / 1e6).toFixed(1)} MB in ${chunks} chunks ` +
        `(largest ${(largest / 1024).toFixed(0)} KB); write ${(written - started).toFixed(0)} ms, ` +
        `parse ${(read - written).toFixed(0)} ms`,
    );
  }, 120_000);
});
