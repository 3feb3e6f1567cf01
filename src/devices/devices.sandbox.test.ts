// Two devices (two databases) signed in to the same sandbox account, each running the product's
// sync runner with reading back wired in (devices-hook.ts): the exact merge, no re-publishing,
// deletions carried by markers, paging through empty pages, the read budget.
import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { isNeverRecordedUrl } from '../background/may-read';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { openTimelineDb, type Db } from '../store/db';
import { recountStore } from '../store/counter-store';
import { readCounters } from '../store/counter-store';
import { deletePage } from '../store/testing/delete-page';
import { countBacklog } from '../sync/outbox-store';
import { createSyncRunner, type AlarmPort } from '../sync/sync-runner';
import {
  activitiesIn,
  engagementWith,
  newsPage as page,
  recordReading,
  sandboxTokens,
  useGraphSandbox,
} from '../sync/testing/sandbox-sync';
import { deviceGuid } from './device-id';
import { createDevicesHook } from './devices-hook';
import type { DevicesPassResult } from './pull-pass';
import { deviceIdentity, deviceNames } from './pull-store';

const graph = useGraphSandbox();
let dbCount = 0;
const MINUTE = 60_000;
const SIGN_IN = { clientId: 'c', tenant: 'common' };

const alarms: AlarmPort = {
  get: () => Promise.resolve(undefined),
  create: () => Promise.resolve(),
  clear: () => Promise.resolve(true),
};

interface Device {
  db: Db;
  node: string;
  results: DevicesPassResult[];
  settings: Settings;
  sync: () => Promise<unknown>;
  /** A pass the alarm or a finished reading starts (not the user's Sync now). */
  pass: () => Promise<unknown>;
  read: (m: PageMetadata, startedAt: number, activeMs: number) => Promise<string>;
}

/** `olderRules`: a device on a version whose never-record rules refused nothing of these pages. */
async function device(
  label: string,
  node: string,
  settings: Partial<Settings> = {},
  olderRules = false,
) {
  const db = await openTimelineDb(`devices-${String(++dbCount)}`);
  const identity = () => deviceIdentity(db, () => ({ node, label }));
  await identity();
  const results: DevicesPassResult[] = [];
  const current: Settings = {
    ...DEFAULT_SETTINGS,
    graphBaseUrl: graph.sandbox.graphBaseUrl,
    ...settings,
  };
  const tokens = sandboxTokens(graph);
  const runner = createSyncRunner({
    db,
    alarms,
    settings: () => current,
    tokens,
    timezone: () => 'Europe/Paris',
    beforePass: createDevicesHook({
      db,
      settings: () => current,
      tokens,
      identity,
      neverRecorded: () =>
        Promise.resolve((url: string) => !olderRules && isNeverRecordedUrl(url, SIGN_IN)),
      onResult: (result) => results.push(result),
    }),
  });
  let n = 0;
  const self: Device = {
    db,
    node,
    results,
    settings: current,
    sync: () => runner.run(true),
    pass: () => runner.run(false),
    async read(m, startedAt, activeMs) {
      const id = deviceGuid(node, (length) => new Uint8Array(length).fill(++n));
      await recordReading(db, m, startedAt, [engagementWith(m, id, startedAt, activeMs, 0)]);
      return id;
    },
  };
  return self;
}

async function itemsOf(d: Device, m: PageMetadata) {
  const items = await d.db.getAllFromIndex('historyItems', 'by-activity', m.appActivityId);
  return items.map((i) => ({ id: i.id, activeMs: i.activeMs, device: i.device }));
}

async function graphWritesSince(seq: number) {
  return (await graph.admin.requestLog(seq)).filter((r) => r.method !== 'GET');
}

const lastSeq = async (): Promise<number> => (await graph.admin.requestLog()).at(-1)?.seq ?? 0;

describe('your history on every device', () => {
  it('shows a page read on A on B with its time and A’s name, and B publishes none of it', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    const m = page('one');
    const id = await a.read(m, Date.now() - 10 * MINUTE, 95_000);
    await a.sync();
    await b.sync();
    expect(await itemsOf(b, m)).toEqual([{ id, activeMs: 95_000, device: 'aaaaaaaaaaaa' }]);
    expect(await readCounters(b.db)).toMatchObject({ readPages: 1, unsynced: 0 });
    expect(await readCounters(b.db)).toEqual(await recountStore(b.db));
    // A names itself once it has seen another device in Graph (B's name); B learns it next pull.
    expect(await deviceNames(b.db)).toEqual({});
    await a.sync();
    await b.sync();
    expect(await deviceNames(b.db)).toEqual({ aaaaaaaaaaaa: 'Laptop' });
    expect(await deviceNames(a.db)).toEqual({ bbbbbbbbbbbb: 'Desktop' });
    // B's later passes send nothing: the page is A's, B's name is published.
    const before = await lastSeq();
    await b.sync();
    await b.sync();
    expect(await graphWritesSince(before)).toEqual([]);
    expect(await countBacklog(b.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('merges the same page read on both into one activity with both engagements, never twice', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    const m = page('both');
    const onA = await a.read(m, Date.now() - 30 * MINUTE, 60_000);
    await a.sync();
    const onB = await b.read(m, Date.now() - 10 * MINUTE, 120_000);
    await b.sync(); // pulls A's, publishes its own
    await a.sync(); // pulls B's
    await b.sync();
    for (const d of [a, b]) {
      const items = await itemsOf(d, m);
      expect(items.map((i) => i.id).sort()).toEqual([onA, onB].sort());
    }
    const pages = (await activitiesIn(graph)).filter((g) => g.appActivityId === m.appActivityId);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.historyItems.map((i) => i.id).sort()).toEqual([onA, onB].sort());
    // Every engagement was written by its own device only: one write each.
    expect(pages[0]?.historyItems.map((i) => i.writeCount)).toEqual([1, 1]);
  });

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

  it('follows next links through empty pages and stays within the read budget', async () => {
    await graph.admin.seedForeignActivities('alice', 25);
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    for (let i = 0; i < 12; i++)
      await a.read(page(`p${String(i)}`), Date.now() - 60 * MINUTE + i, 10_000);
    await a.sync();
    await b.sync();
    const pulled = b.results.at(-1);
    expect(pulled?.pulledActivities).toBe(12);
    expect(pulled?.reads).toBeGreaterThan(2);
    const reads = (await graph.admin.requestLog()).filter((r) => r.method === 'GET');
    expect(reads.every((r) => r.path.startsWith('/v1.0/me/activities'))).toBe(true);
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

  it.each<[string, Partial<Settings>, number]>([
    ['reading back off', { readBack: false }, 0],
    ['the site excluded', { excludedSites: ['news.example'] }, 0],
    ['a retention shorter than its age', { retentionDays: 1 }, 0],
    ['the defaults', {}, 1],
  ])('keeps pulled pages out with %s', async (_n, settings, pages) => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb', settings);
    await a.read(page('old'), Date.now() - 3 * 24 * 60 * MINUTE, 60_000);
    await a.sync();
    await b.sync();
    expect((await readCounters(b.db)).readPages).toBe(pages);
  });
});
