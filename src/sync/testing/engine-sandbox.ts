// Test helper for the sandbox tests of sync (src/sync/*.sandbox.test.ts, and the background's):
// the Graph sandbox, a fresh database per test, and the engine's dependencies, readings and
// Graph's state over them.
import { beforeEach } from 'vitest';
import type { PageMetadata } from '../../activity/page-metadata';
import { openTimelineDb, type Db } from '../../store/db';
import type { Engagement } from '../../tracking/engagement-types';
import type { SyncEngineDeps } from '../sync-engine-deps';
import {
  activitiesIn,
  recordReading,
  sandboxEngineDeps,
  sandboxTokens,
  useGraphSandbox,
} from './sandbox-sync';

/** An hour before the test file loaded, epoch ms: when its pages were first seen. */
export const HOUR_AGO = Date.now() - 3600_000;

/** The request reaches Graph, but the worker is stopped before it sees the answer. */
export const dying: typeof fetch = async (input, init) => {
  await fetch(input, init);
  throw new TypeError('worker stopped');
};

/**
 * The sandbox for the test file and a fresh database before each test (`fx.db`); `read` records
 * a page's reading, `deps` the engine's dependencies, `graphWrites` the writes Graph received,
 * `acceptedWrites` those it answered with a success, as `METHOD item|activity`.
 * Call at the top of the file.
 */
export function useEngineSandbox() {
  const graph = useGraphSandbox();
  let db: Db | undefined;
  let dbCount = 0;
  beforeEach(async () => {
    db = await openTimelineDb(`sync-${String(++dbCount)}`);
  });
  const current = (): Db => {
    if (db === undefined) throw new Error('no database before the first test');
    return db;
  };
  return {
    graph,
    get db(): Db {
      return current();
    },
    read: (m: PageMetadata, ...engagements: Engagement[]) =>
      recordReading(current(), m, HOUR_AGO, engagements),
    tokens: (user?: string) => sandboxTokens(graph, user),
    deps: (overrides?: Partial<SyncEngineDeps>) => sandboxEngineDeps(graph, current(), overrides),
    aliceActivities: () => activitiesIn(graph),
    graphWrites: async (): Promise<number> =>
      (await graph.admin.requestLog()).filter(
        (r) => r.method !== 'GET' && r.path.includes('/me/activities'),
      ).length,
    acceptedWrites: async (): Promise<string[]> =>
      (await graph.admin.requestLog())
        .filter((r) => r.method !== 'GET' && r.status < 300)
        .map((r) => `${r.method} ${r.path.includes('historyItems') ? 'item' : 'activity'}`),
  };
}
