// The sweep of pages an older version recorded and published that today's rules never record
// (url-sweep.ts), end to end through the outbox: Graph ends without them and with everything
// else, also when the worker is stopped while the deletes are in flight. The real store, deletion
// runner and sync engine against the local Graph sandbox (set-up: src/sync/testing/engine-sandbox.ts).
import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import { countBacklog } from '../sync/outbox-store';
import { runSyncPass } from '../sync/sync-engine';
import { dying, HOUR_AGO, useEngineSandbox } from '../sync/testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from '../sync/testing/sandbox-sync';
import { createDeletionRunner } from './deletion-runner';
import { memorySession } from './testing/memory-session';
import { sweepNeverRecorded } from './url-sweep';

const fx = useEngineSandbox();
const { read, deps, aliceActivities } = fx;

const RESET =
  'https://app.ledgerly.example/reset-password/9f2c4e1a7b3d8c6e0f5a2b9d4c7e1f3a8b6d0c2e5f9a1b4d7c3e6f0a2b5d8c1e';
const MAGIC = 'https://app.example.com/auth/magic-link/eW91ci1tYWdpYy1saW5rLXRva2VuLTQy';

/** A page at `url` (not news.example), as newsPage makes one. */
const pageAt = (url: string) => ({ ...page('x'), url, appActivityId: appActivityIdFor(url) });

describe('pages recorded before a never-record rule, already in Graph', () => {
  it('go from Graph once swept, through a worker stopped mid-pass, and nothing else does', async () => {
    const pages = [pageAt(RESET), pageAt(MAGIC), page('tides'), page('moon')];
    for (const [i, m] of pages.entries()) {
      await read(
        m,
        engagement(m, `40000000-0000-4000-8000-00000000000${String(i)}`, HOUR_AGO, 30_000),
      );
    }
    await runSyncPass(deps(), { force: true });
    expect(await aliceActivities()).toHaveLength(4);

    const passes: boolean[] = [];
    const deletions = createDeletionRunner({
      db: fx.db,
      alarms: { create: () => Promise.resolve(), clear: () => Promise.resolve(true) },
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      afterApply: (alsoTimeline) => passes.push(alsoTimeline),
      forgetReadings: () => Promise.resolve(),
    });
    const sweep = {
      db: fx.db,
      storage: memorySession(),
      auth: () => Promise.resolve({ clientId: 'x', tenant: 'common' }),
      deletions,
    };
    expect(await sweepNeverRecorded(sweep)).toBe(2);
    expect(passes).toEqual([true]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 2, parked: 0 });

    // The worker is stopped after its deletes reached Graph, before it heard the answers.
    await runSyncPass(deps({ fetch: dying }), { force: true });
    // Its next start: the sweep is done, the outbox still holds what was not acknowledged.
    expect(await sweepNeverRecorded(sweep)).toBeNull();
    await runSyncPass(deps(), { force: true });

    const inGraph = (await aliceActivities()).map((a) => a.activationUrl).sort();
    expect(inGraph).toEqual(['https://news.example/moon', 'https://news.example/tides']);
    // The first delete reached Graph in the stopped pass; sent again, Graph no longer has it (404,
    // done); the second goes in the next pass. The kept pages are not written again.
    const writes = (await fx.graph.admin.requestLog())
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${String(r.status)}`);
    expect(writes).toEqual([
      ...Array<string>(4).fill('PUT 201'),
      'DELETE 204',
      'DELETE 404',
      'DELETE 204',
    ]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });
});
