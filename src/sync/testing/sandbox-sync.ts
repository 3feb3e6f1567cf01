// Test support, never bundled: the set-up every sandbox test of sync shares. One local Graph
// sandbox per test file (HTTP, real tokens, real throttling), reset before each test, with
// fake-indexeddb standing in for the browser's IndexedDB; pages read into a fresh database the way
// the tracker commits them; the sync engine's dependencies pointed at the sandbox.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  sandboxAdmin,
  startSandbox,
  unsafeActivityPaths,
  type Sandbox,
  type SandboxAdmin,
} from '../../../sandbox';
import { appActivityIdFor, fnv1a64 } from '../../activity/activity-id';
import type { PageMetadata } from '../../activity/page-metadata';
import type { TokenResult, TokenSource } from '../../auth/token-source';
import { recordPage } from '../../store/activities-store';
import type { Db } from '../../store/db';
import { commitTransition } from '../../store/tracker-store';
import { initialTrackerState } from '../../tracking/engagement';
import type { Engagement } from '../../tracking/engagement-types';
import type { SyncEngineDeps } from '../sync-engine-deps';

/** The running sandbox and its admin client, valid from beforeAll on. */
export interface GraphSandbox {
  readonly sandbox: Sandbox;
  readonly admin: SandboxAdmin;
}

/**
 * Starts the sandbox for this test file (in the gateway mode that decodes %2F before routing: ids
 * must never need it), resets it before each test and checks after each that no path the client
 * sent held %2F or a reserved character in the id segment. Call at the top of the file.
 */
export function useGraphSandbox(): GraphSandbox {
  let sandbox: Sandbox | undefined;
  let admin: SandboxAdmin | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true, decodeEncodedSlashes: true });
    admin = sandboxAdmin(sandbox.adminUrl);
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  beforeEach(async () => {
    await admin?.reset();
  });
  afterEach(async () => {
    if (admin) expect(unsafeActivityPaths(await admin.requestLog())).toEqual([]);
  });
  return {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox starts in beforeAll');
      return sandbox;
    },
    get admin() {
      if (!admin) throw new Error('The sandbox starts in beforeAll');
      return admin;
    },
  };
}

/** A news article at https://news.example/<slug>, titled "Story <slug>". */
export function newsPage(slug: string, extra: Partial<PageMetadata> = {}): PageMetadata {
  const url = `https://news.example/${slug}`;
  return {
    url,
    appActivityId: appActivityIdFor(url),
    title: `Story ${slug}`,
    type: 'NewsArticle',
    authors: [],
    keywords: [],
    ...extra,
  };
}

/** A minimal valid Graph body; the real mapping is activity/user-activity.ts. */
export function minimalGraphBody(m: PageMetadata): Record<string, unknown> {
  return {
    appActivityId: m.appActivityId,
    activitySourceHost: new URL(m.url).origin,
    activationUrl: m.url,
    fallbackUrl: m.url,
    appDisplayName: 'Reading Timeline',
    visualElements: {
      displayText: m.title,
      ...(m.themeColor ? { backgroundColor: m.themeColor } : {}),
    },
  };
}

/**
 * One engagement `id` (a GUID) with `m`: `activeMs` of reading from `startedAt` (epoch ms), its
 * last activity `idleTailMs` after the reading ended.
 */
export function engagementWith(
  m: PageMetadata,
  id: string,
  startedAt: number,
  activeMs: number,
  idleTailMs = 5000,
): Engagement {
  return {
    id,
    appActivityId: m.appActivityId,
    url: m.url,
    startedAt,
    lastActiveAt: startedAt + activeMs + idleTailMs,
    activeMs,
  };
}

/**
 * Records `m` as seen at `seenAt` and commits `engagements` as the tracker does when readings end
 * (kept), in `timezone` (IANA), so the outbox holds them.
 */
export async function recordReading(
  db: Db,
  m: PageMetadata,
  seenAt: number,
  engagements: readonly Engagement[],
  timezone = 'Europe/Paris',
): Promise<void> {
  await recordPage(db, m, seenAt);
  await commitTransition(
    db,
    initialTrackerState(0),
    engagements.map((engagement) => ({ type: 'engagement-ended', kept: true, engagement })),
    timezone,
  );
}

/** A TokenSource issuing the sandbox's tokens for `user`: `calls` lists forceRefresh per call, `next` overrides the answer. */
export function sandboxTokens(
  graph: GraphSandbox,
  user = 'alice',
): TokenSource & { calls: boolean[]; next?: TokenResult } {
  const source = {
    calls: [] as boolean[],
    next: undefined as TokenResult | undefined,
    async getAccessToken({ forceRefresh }: { forceRefresh: boolean }): Promise<TokenResult> {
      source.calls.push(forceRefresh);
      if (source.next) return source.next;
      return { kind: 'token', accessToken: await graph.sandbox.issueToken(user) };
    },
  };
  return source;
}

/**
 * The sync engine's dependencies against the sandbox as alice, with the default budget
 * (60 writes in 5 min, 4800 a day), settling 60 s, no jitter; `scheduled` lists what it asked
 * the alarm for (null: nothing).
 */
export function sandboxEngineDeps(
  graph: GraphSandbox,
  db: Db,
  overrides: Partial<SyncEngineDeps> = {},
): SyncEngineDeps & { scheduled: (number | null)[] } {
  const scheduled: (number | null)[] = [];
  return {
    db,
    tokens: sandboxTokens(graph),
    config: () => ({
      graphBaseUrl: graph.sandbox.graphBaseUrl,
      budget: { per5Min: 60, perDay: 4800 },
      settleMs: 60_000,
    }),
    buildBody: minimalGraphBody,
    hash: fnv1a64,
    random: () => 0,
    schedule: (at) => {
      scheduled.push(at);
      return Promise.resolve();
    },
    scheduled,
    ...overrides,
  };
}

/** What the sandbox holds for `user` (default alice). */
export async function activitiesIn(graph: GraphSandbox, user = 'alice') {
  return (await graph.admin.dump()).users[user]?.activities ?? [];
}
