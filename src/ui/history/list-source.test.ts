import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../messaging/contract';
import type { EngagementRow, PageRow } from '../../store/page-rows';
import { withFresherTimes } from '../fresher-times';
import type { DisplayRow } from './days';
import {
  engagementRow,
  FIRST_BATCH,
  INVESTED_MS,
  loadFirst,
  withFresherRows,
  type SendList,
} from './list-source';

const page = (name: string, activeMs: number): PageRow => ({
  appActivityId: `https://site.test/${name}`,
  url: `https://site.test/${name}`,
  title: name,
  lastActiveAt: 1_000,
  activeMs,
});

type Asked = { type: string; payload: unknown };

/**
 * A worker while a page is being read: a list request that collects evidence answers only once
 * that page has said its pending input (`said()`); `reply(waited)` is the answer without waiting
 * (false) and after (true).
 */
function workerWhileReading(reply: (waited: boolean) => unknown) {
  const asked: Asked[] = [];
  let said = (): void => undefined;
  const pageAnswered = new Promise<void>((resolve) => {
    said = resolve;
  });
  const send = (async (type: string, payload: { collectEvidence?: boolean }) => {
    asked.push({ type, payload });
    const waited = payload.collectEvidence !== false;
    if (waited) await pageAnswered;
    return reply(waited);
  }) as SendList;
  return { send, asked, said };
}

/** A search whose one page had `before` ms stored and `after` once the page said its input. */
const searchWhileReading = (before: number, after: number) =>
  workerWhileReading((waited) => ({
    rows: [page('a', waited ? after : before)],
    total: 1,
    more: false,
    pendingEvidence: !waited,
  }));

/** Whether `promise` has settled once pending work has run (it never waits on a timer). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

describe('the history list’s first answer', () => {
  it('draws search matches before the page being read has answered, then its fresher time', async () => {
    const worker = searchWhileReading(5_000, 12_000);
    const first = loadFirst(worker.send, { query: 'tea', unfinished: false, filters: {} });
    expect(await settled(first)).toBe(true);
    const answer = await first;
    expect(answer.rows.map((row) => row.activeMs)).toEqual([5_000]);
    expect(answer.fresher).toBeDefined();
    expect(await settled(answer.fresher ?? Promise.resolve())).toBe(false);
    worker.said();
    const fresher = (await answer.fresher) ?? [];
    expect(withFresherTimes(answer.rows, fresher).map((row) => row.activeMs)).toEqual([12_000]);
  });

  it('never draws a lower time from the second answer', async () => {
    const worker = searchWhileReading(5_000, 4_000);
    const answer = await loadFirst(worker.send, { query: 'tea', unfinished: false, filters: {} });
    worker.said();
    const fresher = (await answer.fresher) ?? [];
    expect(withFresherTimes(answer.rows, fresher)).toBe(answer.rows);
  });

  it('draws the day list before the page being read has answered, then its engagement’s fresher time', async () => {
    // The page was read this morning and again now: two rows; only the one under way moves.
    const engagement = (id: string, startedAt: number, activeMs: number): EngagementRow => ({
      id,
      appActivityId: 'https://site.test/a',
      url: 'https://site.test/a',
      title: 'a',
      startedAt,
      lastActiveAt: startedAt + activeMs,
      activeMs,
    });
    const worker = workerWhileReading((waited) => ({
      rows: [
        engagement('now', 9_000_000, waited ? 12_000 : 5_000),
        engagement('morning', 1_000, 30_000),
      ],
      next: null,
      pendingEvidence: !waited,
    }));
    const first = loadFirst(worker.send, { query: '', unfinished: false, filters: {} });
    expect(await settled(first)).toBe(true);
    const answer = await first;
    expect(answer.rows.map((row) => row.activeMs)).toEqual([5_000, 30_000]);
    expect(await settled(answer.fresher ?? Promise.resolve())).toBe(false);
    worker.said();
    const fresher = (await answer.fresher) ?? [];
    const shown = withFresherTimes(answer.rows, fresher, (row) => row.key);
    expect(shown.map((row) => row.activeMs)).toEqual([12_000, 30_000]);
    expect(worker.asked.map((a) => (a.payload as { limit: number }).limit)).toEqual([
      FIRST_BATCH,
      FIRST_BATCH,
    ]);
  });

  it('asks once when no page is being read', async () => {
    const asked: Asked[] = [];
    const send = ((type: string, payload: unknown) => {
      asked.push({ type, payload });
      return Promise.resolve({
        rows: [page('a', 5_000)],
        total: 1,
        more: false,
        pendingEvidence: false,
      });
    }) as SendList;
    const answer = await loadFirst(send, { query: 'tea', unfinished: false, filters: {} });
    expect(answer.fresher).toBeUndefined();
    expect(asked).toHaveLength(1);
  });

  it.each<[string, { query: string; unfinished: boolean }, string, number]>([
    ['the day list', { query: '', unfinished: false }, 'list-engagements', FIRST_BATCH],
    ['unfinished pages', { query: '', unfinished: true }, 'list-unfinished', 200],
    [
      'a search (the unfinished box is for the day list only)',
      { query: 'tea', unfinished: true },
      'list-pages',
      200,
    ],
  ])('%s asks %s', async (_name, list, type, limit) => {
    const asked: Asked[] = [];
    const send = ((kind: string, payload: { limit?: number }) => {
      asked.push({ type: kind, payload });
      const replies: {
        [K in 'list-pages' | 'list-unfinished' | 'list-engagements']: ResponseOf<K>;
      } = {
        'list-pages': { rows: [], total: 0, more: false, pendingEvidence: false },
        'list-unfinished': [page('long', INVESTED_MS), page('short', INVESTED_MS - 1)],
        'list-engagements': { rows: [], next: null, pendingEvidence: false },
      };
      return Promise.resolve(replies[kind as keyof typeof replies]);
    }) as SendList;
    const answer = await loadFirst(send, { ...list, filters: { site: 'site.test' } });
    expect(asked.map((a) => a.type)).toEqual([type]);
    expect((asked[0]?.payload as { limit: number }).limit).toBe(limit);
    if (type === 'list-unfinished') expect(answer.rows.map((row) => row.title)).toEqual(['long']);
  });
});

describe('withFresherRows (the day list once the page being read has said its input)', () => {
  const row = (id: string, startedAt: number, activeMs: number): DisplayRow =>
    engagementRow({
      id,
      appActivityId: `https://site.test/${id.split('#')[0] ?? id}`,
      url: `https://site.test/${id}`,
      title: id,
      startedAt,
      lastActiveAt: startedAt + activeMs,
      activeMs,
    });
  const keys = (rows: readonly DisplayRow[]) => rows.map((r) => `${r.key} ${String(r.activeMs)}`);
  const morning = row('morning', 1_000, 30_000);
  const noon = row('noon', 5_000_000, 20_000);

  it.each<[string, DisplayRow[], DisplayRow[], number | null, string[], string[]]>([
    [
      'the page being read, too short to be stored at first (5–9 s), appears on top',
      [noon, morning],
      [row('now', 9_000_000, 8_000), noon, morning],
      null,
      [],
      ['now 8000', 'noon 20000', 'morning 30000'],
    ],
    [
      'a page read again after the continuation gap: its new engagement beside the old one',
      [noon, morning],
      [row('noon#2', 9_000_000, 6_000), row('noon', 5_000_000, 21_000), morning],
      3_000_000,
      [],
      ['noon#2 6000', 'noon 21000', 'morning 30000'],
    ],
    [
      'a row older than the drawn screens waits for its batch',
      [noon],
      [noon, morning],
      4_000_000,
      [],
      ['noon 20000'],
    ],
    [
      'a page deleted since the first answer is not brought back',
      [morning],
      [row('now', 9_000_000, 8_000), morning],
      null,
      ['https://site.test/now'],
      ['morning 30000'],
    ],
  ])('%s', (_case, drawn, fresher, next, gone, expected) => {
    const deleted = (row: DisplayRow) => gone.includes(row.appActivityId);
    expect(keys(withFresherRows(drawn, fresher, next, deleted))).toEqual(expected);
  });

  it('returns the drawn rows themselves when nothing changed', () => {
    const drawn = [noon, morning];
    expect(withFresherRows(drawn, [noon, morning], null)).toBe(drawn);
  });
});
