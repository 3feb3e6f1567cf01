// The user deletes a reading the tracker still holds (the page still open, or read within the
// continuation gap): what was deleted stays deleted, here and in Graph, whatever the tracker does
// next (docs/your-data.md, Delete). Reading on after the deletion is a new reading, counted from
// the moment the deletion was asked for. The real tracker runtime and deletion runner against the
// real local Graph sandbox (set-up: src/sync/testing/engine-sandbox.ts, testing/reading-tab.ts).
import { describe, expect, it } from 'vitest';
import { listRecentActivities } from '../store/testing/read-pages';
import { getKv } from '../store/kv';
import { countBacklog } from '../sync/outbox-store';
import { runSyncPass } from '../sync/sync-engine';
import { useEngineSandbox } from '../sync/testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from '../sync/testing/sandbox-sync';
import { readingTab } from './testing/reading-tab';

const fx = useEngineSandbox();
const { read, deps, aliceActivities, acceptedWrites } = fx;
const DAY_AGO = Date.now() - 24 * 3600_000;
const GAP_MS = 5 * 60_000;

/** `METHOD url body` of every request the sync sends, to look for a deleted id in. */
function recordingFetch(sent: string[]): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const body = typeof init?.body === 'string' ? init.body : '';
    sent.push(`${init?.method ?? 'GET'} ${url} ${body}`);
    return fetch(input, init);
  };
}

const cases = [
  { what: 'one reading', whole: false, alsoTimeline: true },
  { what: 'one reading', whole: false, alsoTimeline: false },
  { what: 'the whole page', whole: true, alsoTimeline: true },
  { what: 'the whole page', whole: true, alsoTimeline: false },
];

describe.each(cases)('$what deleted (also from Timeline: $alsoTimeline)', (c) => {
  /**
   * A page read 30 s from 20 min ago (after an older reading yesterday when only one reading is
   * deleted), synced; then the deletion, asked while the page is still read, applied once its
   * undo window passed (10 s on, read all along). Returns the id deleted and the requests sent.
   */
  async function readSyncDelete(slug: string, tellTracker = true) {
    const m = page(slug);
    const older = engagement(m, '40000000-0000-4000-8000-000000000001', DAY_AGO, 60_000);
    if (!c.whole) await read(m, older);
    const tab = await readingTab(fx.db, m, Date.now() - 20 * 60_000, { tellTracker });
    for (let i = 0; i < 3; i++) await tab.signal(10_000);
    await runSyncPass(deps(), { force: true });
    const [before] = await aliceActivities();
    const deleted = tab.tracker.current.engagements[m.appActivityId]?.id ?? '';
    expect(before?.historyItems.find((i) => i.id === deleted)?.activeDurationSeconds).toBe(30);
    const from = c.whole ? 0 : tab.now - 60_000;
    await tab.deleteNow({ from, appActivityIds: [m.appActivityId] }, c.alsoTimeline);
    return { m, tab, deleted, older };
  }

  /** Local rows, Graph and what was sent after the deletion, once a forced pass has run. */
  async function expectDeletedOnly(
    run: Awaited<ReturnType<typeof readSyncDelete>>,
    newReadingMs: number,
  ) {
    const sent: string[] = [];
    expect((await runSyncPass(deps({ fetch: recordingFetch(sent) }), { force: true })).state).toBe(
      'idle',
    );
    const { m, deleted, older } = run;
    const [local] = await listRecentActivities(fx.db);
    const ids = local?.historyItems.map((i) => i.id) ?? [];
    // Here: the reading deleted is gone, never saved again.
    expect(ids).not.toContain(deleted);
    // In Graph: never sent again, deleted exactly once when asked to.
    expect(sent.filter((line) => line.includes(deleted) && !line.startsWith('DELETE'))).toEqual([]);
    const graphItems = (await aliceActivities())
      .filter((a) => a.appActivityId === m.appActivityId)
      .flatMap((a) => a.historyItems.map((i) => [i.id, i.activeDurationSeconds]));
    if (c.alsoTimeline) {
      expect(graphItems.map(([id]) => id)).not.toContain(deleted);
      const deletes = (await acceptedWrites()).filter((w) => w.startsWith('DELETE'));
      expect(deletes).toEqual([c.whole ? 'DELETE activity' : 'DELETE item']);
    } else {
      // Here only: Graph keeps the copy it had, as it was when deleted here.
      expect(graphItems).toContainEqual([deleted, 30]);
    }
    // What was read after the deletion was asked for is a new reading, here and in Graph.
    const kept = c.whole ? [] : [older.id];
    const fresh = local?.historyItems.filter((i) => !kept.includes(i.id)) ?? [];
    // From just after the moment asked (the scope covers what started up to it, inclusive).
    expect(fresh.map((i) => i.activeMs)).toEqual([newReadingMs - 1]);
    // Other devices drop what started up to the deletion marker's time: not the new reading.
    const markers = (await getKv(fx.db, 'device-marker-outbox')) ?? [];
    for (const marker of markers) expect(marker.deletedAt).toBeLessThan(fresh[0]?.startedAt ?? 0);
    expect(markers).toHaveLength(c.whole && c.alsoTimeline ? 1 : 0);
    expect(graphItems).toContainEqual([fresh[0]?.id, newReadingMs / 1000]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  }

  it('and read on: the next save keeps it deleted, and saves the new reading', async () => {
    const run = await readSyncDelete(`save-${String(c.whole)}-${String(c.alsoTimeline)}`);
    await run.tab.signal(10_000);
    // Asked 30 s in; read 10 s in the undo window and 10 s after.
    await expectDeletedOnly(run, 20_000);
  });

  it('and read on, the worker stopped before the tracker heard of it: the same', async () => {
    const run = await readSyncDelete(`stopped-${String(c.whole)}-${String(c.alsoTimeline)}`, false);
    await run.tab.signal(10_000);
    // The tracker still counts the deleted reading; the store writes none of it.
    const rows = await fx.db.getAll('historyItems');
    expect(rows.map((i) => i.id)).not.toContain(run.deleted);
    // A new worker: the tracker hears of the deletion as it starts (deleted-readings.ts).
    await run.tab.restart();
    await run.tab.signal(10_000);
    await expectDeletedOnly(run, 30_000);
  });

  it('and left: its end keeps it deleted, and ends the new reading', async () => {
    const run = await readSyncDelete(`end-${String(c.whole)}-${String(c.alsoTimeline)}`);
    // No evidence after the deletion applied: the tick closes the reading past the gap.
    await run.tab.tick(GAP_MS + 2_000);
    await expectDeletedOnly(run, 10_000);
  });
});
