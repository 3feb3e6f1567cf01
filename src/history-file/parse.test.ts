import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../store/schema';
import { planHistoryMerge } from './merge-plan';
import { parseHistoryFile, type ParseLimits } from './parse';
import { entriesOf, exportJson, makeStore } from './testing/history-fixture';

describe('history file: reading and refusing files', () => {
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

  it('an engagement stored with a fraction of a millisecond exports as whole ms and imports', async () => {
    // Seen in CI: a read counted from a paint timestamp exported activeDurationMs 6997.5, and the
    // same extension's import refused its own file.
    const store = makeStore(2);
    const item = store.items[0];
    if (item === undefined) throw new Error('fixture');
    item.activeMs = 6_997.5;
    const parsed = parseHistoryFile(await exportJson(entriesOf(store)));
    if (!parsed.ok) throw parsed.error;
    const items = parsed.file.entries.flatMap((e) => e.historyItems);
    expect(items.find((i) => i.id === item.id)?.activeMs).toBe(6_998);
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

  it.each([
    ['2^53 − 1 ms (285,000 years) in one minute', Number.MAX_SAFE_INTEGER, 61_000],
    ['a day in one minute', 86_400_000, 61_000],
    // Graph's whole seconds, as a pull from other devices keeps them: within a second of the span.
    ['60.5 s in one minute', 60_500, 60_500],
  ])('reads an engagement claiming %s as lasting at most its span', (_case, claimed, kept) => {
    const result = parseHistoryFile(
      withActivity({ historyItems: [{ ...item, activeDurationMs: claimed }] }),
    );
    if (!result.ok) throw result.error;
    expect(result.file.entries[0]?.historyItems.map((i) => i.activeMs)).toEqual([kept]);
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
});
