// Two devices signed in to the same sandbox account (testing/sandbox-devices.ts): what goes and
// what is never read or written. Deletions carried by markers, pages today's rules refuse deleted
// from Graph, a single browser's silence, an account Graph refused. The merge and reading back:
// devices-pull.sandbox.test.ts.
import { describe, expect, it } from 'vitest';
import { isNeverRecordedUrl } from '../background/may-read';
import { readCounters, recountStore } from '../store/counter-store';
import { deletePage } from '../store/testing/delete-page';
import { countBacklog } from '../sync/outbox-store';
import { activitiesIn, newsPage as page } from '../sync/testing/sandbox-sync';
import { itemsOf, MINUTE, useDevicesSandbox } from './testing/sandbox-devices';

// Today's never-record rule, as pull-store.test.ts gives it.
const { graph, device, graphWritesSince, lastSeq } = useDevicesSandbox((url) =>
  isNeverRecordedUrl(url, { clientId: 'c', tenant: 'common' }),
);

describe('your history on every device', () => {
  it('removes a page deleted on B from A at its next pull, though Graph may still hold it', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    const m = page('gone');
    const keep = page('kept');
    await a.read(m, Date.now() - 30 * MINUTE, 60_000);
    await a.read(keep, Date.now() - 20 * MINUTE, 60_000);
    await a.sync();
    await b.sync();
    expect(await itemsOf(b, m)).toHaveLength(1);
    await deletePage(b.db, m.appActivityId, Date.now());
    await b.sync();
    // A listing sees no trace of the page; what tells A is the marker B wrote.
    await a.sync();
    expect(await a.db.get('activities', m.appActivityId)).toBeUndefined();
    expect(await itemsOf(a, m)).toEqual([]);
    expect(await itemsOf(a, keep)).toHaveLength(1);
    expect(await readCounters(a.db)).toEqual(await recountStore(a.db));
    // Read again later on A: it comes back, and B takes the new reading only.
    const again = await a.read(m, Date.now(), 30_000);
    await a.sync();
    await b.sync();
    expect((await itemsOf(b, m)).map((i) => i.id)).toEqual([again]);
  });

  it('keeps no page of an older version’s that today’s rules refuse, and deletes it from Graph', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb', {}, true);
    const reset = page(`reset-password/${'9f3a'.repeat(16)}`);
    await b.read(reset, Date.now() - 20 * MINUTE, 60_000);
    await b.read(page('kept'), Date.now() - 10 * MINUTE, 60_000);
    await b.sync();
    const before = await lastSeq();
    await a.sync();
    expect(a.results.at(-1)).toMatchObject({ pulledActivities: 1, refusedPages: 1 });
    expect((await a.db.getAll('activities')).map((r) => r.metadata.url)).toEqual([
      page('kept').url,
    ]);
    // The same pass sends the delete (and A's name, now that it has seen B): Graph keeps the other.
    const writes = await graphWritesSince(before);
    expect(writes.filter((w) => w.method === 'DELETE')).toHaveLength(1);
    const inGraph = (await activitiesIn(graph)).map((g) => g.appActivityId);
    expect(inGraph).toContain(page('kept').appActivityId);
    expect(inGraph).not.toContain(reset.appActivityId);
    expect(await countBacklog(a.db)).toEqual({ pending: 0, parked: 0 });
    expect(await readCounters(a.db)).toEqual(await recountStore(a.db));
  });

  it('a single browser writes neither a name nor a deletion marker', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const m = page('alone');
    await a.read(m, Date.now() - 10 * MINUTE, 60_000);
    await a.sync();
    await deletePage(a.db, m.appActivityId, Date.now());
    await a.sync();
    const writes = await graphWritesSince(0);
    expect(writes.map((w) => w.method)).toEqual(['PUT', 'DELETE']);
    expect((await graph.admin.dump()).users.alice?.activities ?? []).toEqual([]);
  });

  it('reads nothing from an account Graph refused as a whole until the user’s Sync now', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    await a.read(page('refused'), Date.now() - 10 * MINUTE, 60_000);
    await graph.admin.failNext(1_000, {
      status: 403,
      code: 'accessDenied',
      pathPrefix: '/me/activities',
    });
    await a.sync();
    const seen = (await graph.admin.requestLog()).length;
    // Past the read back-off the refused read set, so only the refusal can hold the reads back.
    const due = a.results.at(-1)?.nextAt ?? Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()) + 50));
    await a.pass();
    await a.pass();
    expect(await graph.admin.requestLog()).toHaveLength(seen);
    await graph.admin.clearFaults();
    await a.sync();
    expect((await graph.admin.requestLog()).length).toBeGreaterThan(seen);
  });
});
