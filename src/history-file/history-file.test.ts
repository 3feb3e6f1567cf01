import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import { sanitizePageMetadata } from '../activity/sanitize';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import { historyEntryOf, type HistoryEntry } from './format';
import { planHistoryMerge } from './merge-plan';
import { parseHistoryFile, type ParseLimits } from './parse';
import { writeHistoryJson, writeHistoryCsv, csvField } from './writers';

const T0 = Date.UTC(2026, 0, 31, 9, 30);
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  excludedSites: ['bank.example'],
  sendImage: false,
};

/** A realistic store: pages as the worker's gate leaves them, 0–3 engagements each. */
function makeStore(pages: number): { records: ActivityRecord[]; items: HistoryItemRecord[] } {
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

function entriesOf(store: ReturnType<typeof makeStore>): HistoryEntry[] {
  const byPage = new Map<string, HistoryItemRecord[]>();
  for (const item of store.items) {
    byPage.set(item.appActivityId, [...(byPage.get(item.appActivityId) ?? []), item]);
  }
  return store.records.map((record) =>
    historyEntryOf(record, byPage.get(record.appActivityId) ?? []),
  );
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

async function exportJson(entries: Iterable<HistoryEntry>): Promise<string> {
  return (await collect(writeHistoryJson({ settings, entries }, T0))).join('');
}

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

  const valid = (): Record<string, unknown> => ({
    format: 'reading-timeline-history',
    version: 1,
    exportedDateTime: '2026-01-31T09:30:00.000Z',
    settings: {},
    activities: [
      {
        appActivityId: 'https://a.example/x',
        firstSeenDateTime: '2026-01-31T09:30:00.000Z',
        metadata: {
          url: 'https://a.example/x',
          title: 'X',
          type: 'WebPage',
          authors: [],
          keywords: [],
        },
        historyItems: [],
      },
    ],
  });
  const withActivity = (patch: Record<string, unknown>): string => {
    const doc = valid();
    const [first] = doc.activities as Record<string, unknown>[];
    return JSON.stringify({ ...doc, activities: [{ ...first, ...patch }] });
  };
  const item = {
    id: 'i1',
    startedDateTime: '2026-01-31T09:30:00.000Z',
    lastActiveDateTime: '2026-01-31T09:31:00.000Z',
    activeDurationMs: 1000,
    userTimezone: 'UTC',
    ended: true,
  };

  it.each([
    ['empty file', '', 'not-json'],
    ['plain text', 'hello, this is my diary', 'not-json'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'not-json'],
    ['our own CSV', '\uFEFFstartedDateTime,lastActiveDateTime\r\n', 'not-json'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['JSON null', 'null', 'foreign'],
    ['an empty object', '{}', 'foreign'],
    [
      'another app\u2019s export',
      '{"checksum":"x","roots":{"bookmark_bar":{}},"version":1}',
      'foreign',
    ],
    ['a newer version', JSON.stringify({ ...valid(), version: 3 }), 'newer-version'],
    ['a version that is not a number', JSON.stringify({ ...valid(), version: '1' }), 'invalid'],
    ['cut short', JSON.stringify(valid()).slice(0, 150), 'truncated'],
    ['no activities list', JSON.stringify({ ...valid(), activities: {} }), 'invalid'],
    ['no settings', JSON.stringify({ ...valid(), settings: null }), 'invalid'],
    [
      'a javascript: page',
      withActivity({ metadata: { url: 'javascript:alert(1)', title: 'x' } }),
      'invalid',
    ],
    [
      'a page without a title',
      withActivity({ metadata: { url: 'https://a.example/' } }),
      'invalid',
    ],
    ['a bad time', withActivity({ firstSeenDateTime: 'yesterday' }), 'invalid'],
    ['a local time', withActivity({ firstSeenDateTime: '2026-01-31T09:30:00' }), 'invalid'],
    [
      'negative engaged time',
      withActivity({ historyItems: [{ ...item, activeDurationMs: -1 }] }),
      'invalid',
    ],
    [
      'fractional engaged time',
      withActivity({ historyItems: [{ ...item, activeDurationMs: 0.5 }] }),
      'invalid',
    ],
    [
      'an engagement ending first',
      withActivity({ historyItems: [{ ...item, startedDateTime: '2026-02-01T00:00:00.000Z' }] }),
      'invalid',
    ],
    [
      'a hostile time zone',
      withActivity({ historyItems: [{ ...item, userTimezone: '<script>' }] }),
      'invalid',
    ],
    [
      'a missing ended flag',
      withActivity({ historyItems: [{ ...item, ended: 'yes' }] }),
      'invalid',
    ],
    [
      'deep nesting',
      '{"format":"reading-timeline-history","x":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}',
      'invalid',
    ],
  ])('refuses %s with a clear error', (_name, text, code) => {
    const result = parseHistoryFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(10);
  });

  const reading = { progress: 40, positionDateTime: '2026-01-31T09:31:00.000Z' };
  it.each([
    ['a progress above 100', { ...reading, progress: 101 }, 'reading.progress'],
    ['a fractional progress', { ...reading, progress: 4.5 }, 'reading.progress'],
    ['an empty quote', { ...reading, quote: { textStart: ' ' } }, 'reading.quote'],
    ['a quote too long', { ...reading, quote: { textStart: 'x'.repeat(201) } }, 'reading.quote'],
    ['no position time', { progress: 40 }, 'reading.positionDateTime'],
    ['a bad finish time', { ...reading, finishedDateTime: 'soon' }, 'reading.finishedDateTime'],
    ['a reading that is not an object', 'halfway', 'reading'],
  ])('refuses %s in a version 2 reading position', (_name, value, where) => {
    const text = withActivity({ reading: value }).replace('"version":1', '"version":2');
    const result = parseHistoryFile(text);
    expect(result.ok || result.error.message).toContain(`activities[0].${where}`);
  });

  it('reads a version 1 file (no reading positions), ignoring a field it never had', () => {
    const v1 = withActivity({ reading: 'whatever an old build left there' });
    const result = parseHistoryFile(v1);
    if (!result.ok) throw result.error;
    expect(result.file.version).toBe(1);
    expect(result.file.entries[0]?.record.reading).toBeUndefined();
  });

  it('carries reading positions (file version 2): Continue reading is derived as the store does', async () => {
    const entries = entriesOf(makeStore(12));
    const text = await exportJson(entries);
    expect(text).toContain('"version":2');
    const parsed = parseHistoryFile(text);
    if (!parsed.ok) throw parsed.error;
    const readings = parsed.file.entries.map((e) => e.record.reading);
    expect(readings).toEqual(entries.map((e) => e.record.reading));
    expect(readings.filter((r) => r?.resumeAt !== undefined)).toHaveLength(4);
    expect(readings.filter((r) => r?.finishedAt !== undefined)).toHaveLength(2);
  });

  it('a later reading position wins on merge; an older one changes nothing', () => {
    const [entry] = entriesOf(makeStore(2)).filter((e) => e.record.reading?.quote);
    if (entry?.record.reading === undefined) throw new Error('fixture');
    const stored: ActivityRecord = { ...entry.record, sync: { serverId: 's' } };
    const older = { ...entry.record.reading, progress: 10, at: entry.record.reading.at - 1 };
    const newer = { ...entry.record.reading, progress: 80, at: entry.record.reading.at + 1 };
    const existing = {
      activities: new Map([[stored.appActivityId, stored]]),
      historyItems: new Map(),
    };
    const plan = (r: typeof older) =>
      planHistoryMerge(
        [{ ...entry, record: { ...entry.record, reading: r }, historyItems: [] }],
        existing,
      );
    expect(plan(older).putActivities).toEqual([]);
    expect(plan(newer).putActivities).toEqual([{ ...stored, reading: newer }]);
  });

  it('names where the problem is', () => {
    const result = parseHistoryFile(withActivity({ historyItems: [item, { ...item, id: '' }] }));
    expect(result.ok || result.error.message).toMatch(/activities\[0\]\.historyItems\[1\]\.id/);
  });

  it('refuses an engagement id claimed by two pages', () => {
    const doc = valid();
    const [a] = doc.activities as Record<string, unknown>[];
    const b = {
      ...a,
      metadata: { url: 'https://b.example/y', title: 'Y', authors: [], keywords: [] },
    };
    const text = JSON.stringify({
      ...doc,
      activities: [
        { ...a, historyItems: [item] },
        { ...b, historyItems: [item] },
      ],
    });
    const result = parseHistoryFile(text);
    expect(result.ok).toBe(false);
  });

  it('merges pages listed twice instead of duplicating them', () => {
    const doc = valid();
    const [a] = doc.activities as Record<string, unknown>[];
    const text = JSON.stringify({
      ...doc,
      activities: [
        { ...a, historyItems: [item] },
        { ...a, historyItems: [item, { ...item, id: 'i2' }] },
      ],
    });
    const result = parseHistoryFile(text);
    if (!result.ok) throw result.error;
    expect(result.file.entries).toHaveLength(1);
    expect(result.file.entries[0]?.historyItems.map((i) => i.id)).toEqual(['i1', 'i2']);
  });

  it.each<[string, Partial<ParseLimits>]>([
    ['more text than allowed', { maxChars: 100 }],
    ['more pages than allowed', { maxActivities: 0 }],
    ['more engagements on a page than allowed', { maxItemsPerActivity: 0 }],
  ])('refuses a file with %s', (_name, limit) => {
    const limits = { maxChars: 1e9, maxActivities: 1e6, maxItemsPerActivity: 1e5, ...limit };
    const result = parseHistoryFile(withActivity({ historyItems: [item] }), limits);
    expect(result.ok || result.error.code).toBe('too-large');
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

/** A strict RFC 4180 reader, only for checking the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('history CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("https://evil.example")', `"'=HYPERLINK(""https://evil.example"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('field %j is written as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes one row per engagement with its page fields, formulas neutralised', async () => {
    const store = makeStore(20);
    const text = (await collect(writeHistoryCsv({ entries: entriesOf(store) }))).join('');
    expect(text.startsWith('\uFEFFstartedDateTime,lastActiveDateTime,activeSeconds')).toBe(true);
    const rows = readCsv(text.slice(1));
    const [head, ...body] = rows;
    expect(body).toHaveLength(store.items.length);
    expect(rows.every((r) => r.length === head?.length)).toBe(true);
    const first = store.items[0];
    const row = body[0];
    if (first === undefined || row === undefined || head === undefined) throw new Error('fixture');
    const cell = (name: string) => row[head.indexOf(name)];
    expect(cell('historyItemId')).toBe(first.id);
    expect(cell('activeSeconds')).toBe(String(first.activeMs / 1000));
    expect(cell('startedDateTime')).toBe(new Date(first.startedAt).toISOString());
    const titles = body.map((r) => r[head.indexOf('title')] ?? '');
    expect(titles.some((t) => t.startsWith(`'=HYPERLINK("https://evil.example","Click") "`))).toBe(
      true,
    );
    expect(titles.every((t) => !/^[=+\-@]/.test(t))).toBe(true);
  });
});
