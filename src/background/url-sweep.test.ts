// The sweep of pages an older version recorded that today's rules never record (url-sweep.ts),
// against the real store (fake-indexeddb) and the real deletion runner.
import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import type { PageMetadata } from '../activity/page-metadata';
import { recordPage } from '../store/activities-store';
import { readCounters } from '../store/counter-store';
import type { Db } from '../store/db';
import { listRecentPages } from '../store/page-rows';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import { memorySession } from './testing/memory-session';
import { createDeletionRunner } from './deletion-runner';
import { mayRead } from './may-read';
import {
  planUrlSweep,
  sweepNeverRecorded,
  SWEPT_RULES_KEY,
  URL_RULES_VERSION,
  type UrlSweepDeps,
} from './url-sweep';

const NOW = Date.UTC(2026, 11, 1, 12);
const HOUR = 3_600_000;
const AUTH = { clientId: 'x', tenant: 'common' };

const RESET =
  'https://app.ledgerly.example/reset-password/9f2c4e1a7b3d8c6e0f5a2b9d4c7e1f3a8b6d0c2e5f9a1b4d7c3e6f0a2b5d8c1e';
const MAGIC = 'https://app.example.com/auth/magic-link/eW91ci1tYWdpYy1saW5rLXRva2VuLTQy';
const INVITE = 'https://team.example.io/invite/accept/AbC123xYz789QrS456tUv0Wk';
const ADFS = 'https://sts.contoso.com/adfs/ls/';
const ARTICLE = 'https://example.com/2024/05/17/how-tides-really-work/';
const UUID_ARTICLE =
  'https://www.washingtonpost.com/politics/2024/01/05/3fa85f64-5717-4562-b3fc-2c963f66afa6/';
const HELP = 'https://docs.example.com/guides/authentication/reset-password';
const DOC = 'https://docs.google.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit';

let db: Db;
freshDbForEachTest('url-sweep', (opened) => (db = opened));

const idOf = (url: string): string => appActivityIdFor(url);

/**
 * A page read for 10 minutes at `hoursAgo`, committed as the tracker does; `published` marks it
 * as Graph acknowledged it (`serverId`) or as sent with no answer yet (`sent`).
 */
async function read(url: string, hoursAgo: number, published?: 'serverId' | 'sent'): Promise<void> {
  const id = idOf(url);
  const metadata: PageMetadata = {
    url,
    appActivityId: id,
    title: `Page ${url.slice(8, 40)}`,
    type: 'WebPage',
    authors: [],
    keywords: [],
  };
  const startedAt = NOW - hoursAgo * HOUR;
  await recordPage(db, metadata, startedAt);
  const engagement = {
    id: `item-${id.slice(0, 8)}`,
    appActivityId: id,
    url,
    startedAt,
    lastActiveAt: startedAt + 600_000,
    activeMs: 600_000,
  };
  await commitTransition(
    db,
    initialTrackerState(0),
    [{ type: 'engagement-ended', kept: true, engagement }],
    'UTC',
  );
  if (published === undefined) return;
  const record = await db.get('activities', id);
  if (!record) throw new Error('not recorded');
  const sync = published === 'serverId' ? { serverId: `srv-${id.slice(0, 8)}` } : { sentAt: NOW };
  await db.put('activities', { ...record, sync });
}

/** The sweep's dependencies over the test's database, with what it did to sync and the tracker. */
function sweepDeps(storage = memorySession()) {
  const passes: boolean[] = [];
  const deletions = createDeletionRunner({
    db,
    alarms: { create: () => Promise.resolve(), clear: () => Promise.resolve(true) },
    now: () => NOW,
    newId: () => crypto.randomUUID(),
    afterApply: (alsoTimeline) => passes.push(alsoTimeline),
    forgetReadings: () => Promise.resolve(),
  });
  const deps: UrlSweepDeps = { db, storage, auth: () => Promise.resolve(AUTH), deletions };
  return { deps, storage, passes };
}

/** The history's URLs, newest first (what the popup and the history page list). */
async function listedUrls(): Promise<string[]> {
  return (await listRecentPages(db, { limit: 100 })).map((row) => row.url);
}

/** The Graph deletes waiting in the outbox, by appActivityId, and what each is sent with. */
async function queuedDeletes(): Promise<Record<string, string>> {
  const queued: Record<string, string> = {};
  for (const t of await db.getAll('tombstones')) {
    queued[t.appActivityId] = t.serverId ?? (t.metadata ? `by metadata ${t.metadata.url}` : '?');
  }
  return queued;
}

/** Seeds 4 pages today's rules refuse and 4 they keep, as an older version recorded them. */
async function seedOldHistory(): Promise<void> {
  await read(RESET, 30, 'serverId');
  await read(MAGIC, 20, 'sent');
  await read(ADFS, 15, 'serverId'); // a federated sign-in's page
  await read(INVITE, 10); // never sent: nothing to delete in Graph
  await read(ARTICLE, 5, 'serverId');
  await read(UUID_ARTICLE, 4, 'serverId');
  await read(HELP, 3);
  await read(DOC, 2, 'serverId');
}

const KEPT = [DOC, HELP, UUID_ARTICLE, ARTICLE];

describe('the sweep of pages recorded before a never-record rule', () => {
  it('deletes the reset, magic and invitation links and a sign-in page here, and queues a Graph delete for each published one', async () => {
    await seedOldHistory();
    expect(await listedUrls()).toHaveLength(8);
    const { deps, storage, passes } = sweepDeps();

    expect(await sweepNeverRecorded(deps)).toBe(4);

    expect(await listedUrls()).toEqual(KEPT);
    expect((await readCounters(db)).readPages).toBe(4);
    // Their engagements went with them; the kept pages keep theirs.
    const items = await db.getAll('historyItems');
    expect(items.map((item) => item.appActivityId).sort()).toEqual(KEPT.map(idOf).sort());
    expect(await queuedDeletes()).toEqual({
      [idOf(RESET)]: `srv-${idOf(RESET).slice(0, 8)}`,
      [idOf(MAGIC)]: `by metadata ${MAGIC}`,
      [idOf(ADFS)]: `srv-${idOf(ADFS).slice(0, 8)}`,
    });
    expect((await readCounters(db)).tombstones).toBe(3);
    expect(passes).toEqual([true]); // one sync pass asked for, to send the deletes
    expect(storage.data[SWEPT_RULES_KEY]).toBe(URL_RULES_VERSION);
  });

  it('a second run does nothing', async () => {
    await seedOldHistory();
    const { deps, storage, passes } = sweepDeps();
    await sweepNeverRecorded(deps);
    const writes = storage.writes();
    // A page recorded since (by a build without the rule, or imported) is not the sweep's any more.
    await read(RESET, 1);

    expect(await sweepNeverRecorded(deps)).toBeNull();
    expect(await listedUrls()).toEqual([RESET, ...KEPT]);
    expect(passes).toEqual([true]);
    expect(storage.writes()).toBe(writes);
    expect(Object.keys(await queuedDeletes())).toHaveLength(3);
  });

  it('a worker stopped after the deletion, before the version was noted, finishes at its next start', async () => {
    await seedOldHistory();
    const stopped = memorySession();
    stopped.set = () => Promise.reject(new Error('worker stopped'));
    await expect(sweepNeverRecorded(sweepDeps(stopped).deps)).rejects.toThrow('worker stopped');
    expect(await listedUrls()).toEqual(KEPT);
    expect(stopped.data[SWEPT_RULES_KEY]).toBeUndefined();

    const { deps, storage, passes } = sweepDeps(memorySession());
    expect(await sweepNeverRecorded(deps)).toBe(0);
    expect(await listedUrls()).toEqual(KEPT);
    expect(Object.keys(await queuedDeletes()).sort()).toEqual(
      [idOf(RESET), idOf(MAGIC), idOf(ADFS)].sort(),
    );
    expect((await readCounters(db)).tombstones).toBe(3);
    expect(passes).toEqual([]); // nothing new to send
    expect(storage.data[SWEPT_RULES_KEY]).toBe(URL_RULES_VERSION);
  });

  it('a worker stopped before the deletion committed deletes nothing, and sweeps all at its next start', async () => {
    await seedOldHistory();
    const { deps, storage } = sweepDeps();
    const stopped: UrlSweepDeps = {
      ...deps,
      deletions: { applyNow: () => Promise.reject(new Error('worker stopped')) },
    };
    await expect(sweepNeverRecorded(stopped)).rejects.toThrow('worker stopped');
    expect(await listedUrls()).toHaveLength(8);
    expect(storage.data[SWEPT_RULES_KEY]).toBeUndefined();

    expect(await sweepNeverRecorded(deps)).toBe(4);
    expect(await listedUrls()).toEqual(KEPT);
    expect(storage.data[SWEPT_RULES_KEY]).toBe(URL_RULES_VERSION);
  });

  it('sweeps again when the rules are newer than the version swept', async () => {
    await seedOldHistory();
    const storage = memorySession();
    await storage.set({ [SWEPT_RULES_KEY]: URL_RULES_VERSION - 1 });
    expect(await sweepNeverRecorded(sweepDeps(storage).deps)).toBe(4);
    expect(storage.data[SWEPT_RULES_KEY]).toBe(URL_RULES_VERSION);
  });

  it('refuses exactly the pages the capture refuses (mayRead, settings aside)', () => {
    const urls = [
      RESET,
      MAGIC,
      INVITE,
      ADFS,
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
      'https://app.test/callback?code=abc123&state=xyz',
      ...KEPT,
      'https://www.bbc.com/news/world-europe-68123456',
      'https://blog.example/adfs-explained',
    ];
    const pages = urls.map((url) => ({ appActivityId: url, url }));
    const refusedAtCapture = urls.filter(
      (url) => !mayRead(url, { paused: false, excludedSites: [] }, AUTH),
    );
    expect(planUrlSweep(pages, AUTH)).toEqual(refusedAtCapture);
    expect(refusedAtCapture).toHaveLength(6);
  });
});
