import { describe, expect, it } from 'vitest';
import type { ConnectorClient } from '../graph/connector-client';
import type { AddActivitiesResponse, ExternalActivity } from '../graph/external-activities';
import { silentLogger } from '../log';
import { createMetrics } from '../metrics';
import type { ActivityReport } from '../queue/activity-queue';
import { openSqliteActivityQueue } from '../queue/sqlite-activity-queue';
import { groupByItem, startDeliverer } from './deliverer';

const reports = (users: number, items: number): ActivityReport[] =>
  Array.from({ length: users * items }, (_, i) => ({
    connectionId: 'wiki',
    itemId: `item-${i % items}`,
    userId: `user-${Math.floor(i / items)}`,
    type: 'viewed' as const,
    startDateTime: new Date(Date.UTC(2026, 10, 29, 8, 0, i)).toISOString(),
  }));

/** A Graph stand-in: records what it accepted, answers with `answer` for each call. */
function fakeGraph(
  answer: (call: number, activities: ExternalActivity[]) => AddActivitiesResponse,
) {
  const recorded: string[] = [];
  let calls = 0;
  let active = 0;
  let maxActive = 0;
  const client: ConnectorClient = {
    getConnection: () => Promise.reject(new Error('unused')),
    async addActivities(_connectionId, itemId, { activities }) {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
      const response = answer(++calls, activities);
      if (response.kind === 'http' && (response.status === 200 || response.status === 207)) {
        const results = Array.isArray((response.body as { value?: unknown } | null)?.value)
          ? (response.body as { value: { error: unknown }[] }).value
          : activities.map(() => ({ error: null }));
        activities.forEach((a, i) => {
          if (results[i]?.error === null)
            recorded.push(`${itemId}|${a.performedBy.id}|${a.startDateTime}`);
        });
      }
      return response;
    },
  };
  return { client, recorded, stats: () => ({ calls, maxActive }) };
}

const ok: AddActivitiesResponse = {
  kind: 'http',
  status: 200,
  body: null,
  retryAfterMs: undefined,
};
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 50, maxRetryAfterMs: 1000 };

/**
 * Waits until nothing is pending. The deadline only stops a hang: on a loaded 2-core machine the
 * 1,200-activity drain has taken over 10 s, so it is far above what a healthy run needs.
 */
async function drain(queue: ReturnType<typeof openSqliteActivityQueue>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (queue.counts().pending > 0 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 5));
}

describe('startDeliverer', { timeout: 90_000 }, () => {
  it('delivers every activity once, never more than 25 calls at a time', async () => {
    const queue = openSqliteActivityQueue(':memory:');
    queue.enqueue(reports(40, 30), 0);
    const graph = fakeGraph(() => ok);
    const metrics = createMetrics();
    const deliverer = startDeliverer(queue, graph.client, metrics, silentLogger, {
      connectionIds: ['wiki'],
      batchSize: 5,
    });
    await drain(queue);
    await deliverer.stop();
    expect(queue.counts()).toEqual({ pending: 0, delivered: 1200, failed: 0 });
    expect(new Set(graph.recorded).size).toBe(1200);
    expect(graph.recorded).toHaveLength(1200);
    expect(graph.stats().maxActive).toBeLessThanOrEqual(25);
    expect(graph.stats().maxActive).toBeGreaterThan(1);
    expect(metrics.maxInFlight.get('wiki')).toBeLessThanOrEqual(25);
  });

  it('207: retries only the failed activities until they are recorded', async () => {
    const queue = openSqliteActivityQueue(':memory:');
    queue.enqueue(reports(10, 3), 0);
    // Every other activity fails with a retryable error on its first try.
    const seen = new Set<string>();
    const graph = fakeGraph((_call, activities) => ({
      kind: 'http',
      status: 207,
      retryAfterMs: undefined,
      body: {
        value: activities.map((a, i) => {
          const key = `${a.performedBy.id}|${a.startDateTime}`;
          const fail = i % 2 === 0 && !seen.has(key);
          seen.add(key);
          return { error: fail ? { code: 'serviceNotAvailable', message: 'later' } : null };
        }),
      },
    }));
    const metrics = createMetrics();
    const deliverer = startDeliverer(queue, graph.client, metrics, silentLogger, {
      connectionIds: ['wiki'],
      retryPolicy: fastRetry,
    });
    await drain(queue);
    await deliverer.stop();
    expect(queue.counts()).toEqual({ pending: 0, delivered: 30, failed: 0 });
    expect(graph.recorded).toHaveLength(30);
    expect(new Set(graph.recorded).size).toBe(30);
    expect(metrics.retried).toBeGreaterThan(0);
  });

  it('429: waits out Retry-After for the whole connection', async () => {
    const queue = openSqliteActivityQueue(':memory:');
    queue.enqueue(reports(1, 2), 0);
    const callTimes: number[] = [];
    const graph = fakeGraph((call) => {
      callTimes.push(Date.now());
      return call === 1
        ? {
            kind: 'http',
            status: 429,
            body: { error: { code: 'throttledRequest' } },
            retryAfterMs: 300,
          }
        : ok;
    });
    const deliverer = startDeliverer(queue, graph.client, createMetrics(), silentLogger, {
      connectionIds: ['wiki'],
      maxConcurrentPerConnection: 1,
      pollMs: 20,
    });
    await drain(queue);
    await deliverer.stop();
    expect(queue.counts().delivered).toBe(2);
    expect((callTimes[1] ?? 0) - (callTimes[0] ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it('never sends an entry twice while its call is unanswered, even past its lease', async () => {
    const queue = openSqliteActivityQueue(':memory:');
    queue.enqueue(reports(1, 1), 0);
    let calls = 0;
    const slow: ConnectorClient = {
      getConnection: () => Promise.reject(new Error('unused')),
      async addActivities() {
        calls++;
        await new Promise((r) => setTimeout(r, 300)); // far longer than the 20 ms lease
        return ok;
      },
    };
    const deliverer = startDeliverer(queue, slow, createMetrics(), silentLogger, {
      connectionIds: ['wiki'],
      leaseMs: 20,
      pollMs: 5,
    });
    await drain(queue);
    await deliverer.stop();
    expect(calls).toBe(1);
    expect(queue.counts().delivered).toBe(1);
  });

  it('404: records the failure once and moves on', async () => {
    const queue = openSqliteActivityQueue(':memory:');
    queue.enqueue(reports(2, 1), 0);
    const graph = fakeGraph(() => ({
      kind: 'http',
      status: 404,
      body: { error: { code: 'itemNotFound' } },
      retryAfterMs: undefined,
    }));
    const metrics = createMetrics();
    const deliverer = startDeliverer(queue, graph.client, metrics, silentLogger, {
      connectionIds: ['wiki'],
    });
    await drain(queue);
    await deliverer.stop();
    expect(queue.counts()).toEqual({ pending: 0, delivered: 0, failed: 2 });
    expect(graph.stats().calls).toBe(1);
    expect(metrics.failed).toBe(2);
  });
});

describe('groupByItem', () => {
  it('groups per item in order of first appearance, in chunks', () => {
    const entries = reports(3, 2).map((r, id) => ({ ...r, id, attempts: 1 }));
    expect(groupByItem(entries, 2).map((g) => g.map((e) => e.id))).toEqual([
      [0, 2],
      [1, 3],
      [4],
      [5],
    ]);
  });
});
