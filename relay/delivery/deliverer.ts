/**
 * Delivers queued activities to Graph: leases due entries, groups them per item into
 * addActivities calls (at most `batchSize` activities each), keeps at most
 * `maxConcurrentPerConnection` calls in flight per connection (Graph connectors allow 25
 * concurrent operations per connection), and stores each outcome before leasing more.
 */
import type { ActivityQueue, DeliveryOutcome, QueuedActivity } from '../queue/activity-queue';
import type { ConnectorClient } from '../graph/connector-client';
import { addActivitiesBody, classifyAddActivities } from '../graph/external-activities';
import type { Logger } from '../log';
import type { RelayMetrics } from '../metrics';
import { backoffDelay } from '../../src/graph/retry-timing';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

/** Graph's documented limit of concurrent operations per connection. */
export const GRAPH_MAX_CONCURRENT_PER_CONNECTION = 25;

/** Deliverer settings; every field has a default. */
export interface DelivererOptions {
  connectionIds: readonly string[];
  /** ≤ 25; default 25. */
  maxConcurrentPerConnection?: number;
  /** Activities per addActivities call; default 25. */
  batchSize?: number;
  /** How long a lease hides an entry from other workers; default 2 min (well over a call's timeout). */
  leaseMs?: number;
  /** Idle poll interval when nothing is due; default 1 s. {@link Deliverer.wake} cuts it short. */
  pollMs?: number;
  retryPolicy?: RetryPolicy;
  now?: () => number;
  random?: () => number;
}

/** A running delivery loop. */
export interface Deliverer {
  /** Something was enqueued: look for work now instead of at the next poll. */
  wake(): void;
  /** Stops leasing, waits for calls in flight and stores their outcomes. */
  stop(): Promise<void>;
  /** Resolves when the loop has ended. */
  done: Promise<void>;
}

/** Starts the delivery loop. */
export function startDeliverer(
  queue: ActivityQueue,
  client: ConnectorClient,
  metrics: RelayMetrics,
  log: Logger,
  options: DelivererOptions,
): Deliverer {
  const maxConcurrent = Math.min(
    options.maxConcurrentPerConnection ?? GRAPH_MAX_CONCURRENT_PER_CONNECTION,
    GRAPH_MAX_CONCURRENT_PER_CONNECTION,
  );
  const batchSize = options.batchSize ?? 25;
  const leaseMs = options.leaseMs ?? 120_000;
  const pollMs = options.pollMs ?? 1_000;
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const pausedUntil = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  // Entries in a call not yet answered: never sent twice by this relay, even if their lease ran out.
  const sending = new Set<number>();
  let stopping = false;
  let wakeUp: (() => void) | undefined;

  const active = (connectionId: string) => metrics.inFlight.get(connectionId) ?? 0;

  function dispatch(connectionId: string): number {
    const free = maxConcurrent - active(connectionId);
    if (free <= 0 || (pausedUntil.get(connectionId) ?? 0) > now()) return 0;
    const leased = queue
      .lease(now(), leaseMs, free * batchSize, [connectionId])
      .filter((e) => !sending.has(e.id));
    const batches = groupByItem(leased, batchSize);
    const sendNow = batches.slice(0, free);
    queue.release(
      batches
        .slice(free)
        .flat()
        .map((e) => e.id),
    );
    for (const batch of sendNow) {
      for (const e of batch) sending.add(e.id);
      const call = send(connectionId, batch).finally(() => {
        for (const e of batch) sending.delete(e.id);
        inFlight.delete(call);
        wakeUp?.();
      });
      inFlight.add(call);
    }
    return sendNow.length;
  }

  async function send(connectionId: string, batch: QueuedActivity[]): Promise<void> {
    const count = active(connectionId) + 1;
    metrics.inFlight.set(connectionId, count);
    metrics.maxInFlight.set(
      connectionId,
      Math.max(count, metrics.maxInFlight.get(connectionId) ?? 0),
    );
    const itemId = batch[0]?.itemId ?? '';
    let response;
    try {
      response = await client.addActivities(connectionId, itemId, addActivitiesBody(batch));
    } finally {
      metrics.inFlight.set(connectionId, active(connectionId) - 1);
    }
    const verdict = classifyAddActivities(batch, response);
    const at = now();
    const outcome: DeliveryOutcome = { delivered: verdict.delivered, failed: [], retry: [] };
    for (const failure of verdict.failed) {
      outcome.failed.push({ id: failure.id, failure });
      log.warn('activity.failed', { connectionId, itemId, code: failure.code });
    }
    if (verdict.pauseConnectionMs !== undefined) {
      pausedUntil.set(
        connectionId,
        Math.max(pausedUntil.get(connectionId) ?? 0, at + verdict.pauseConnectionMs),
      );
    }
    const retry = batch.filter((e) => verdict.retry.ids.includes(e.id));
    const exhausted = retry.filter((e) => e.attempts >= policy.maxAttempts);
    for (const e of exhausted) {
      outcome.failed.push({
        id: e.id,
        failure: { code: 'retriesExhausted', message: verdict.retry.reason },
      });
    }
    const again = retry.filter((e) => e.attempts < policy.maxAttempts);
    for (const e of again) {
      const delay = verdict.retry.retryAfterMs ?? backoffDelay(e.attempts, policy, random);
      outcome.retry.push({ id: e.id, notBefore: at + delay, reason: verdict.retry.reason });
    }
    queue.settle(outcome, at);
    metrics.delivered += outcome.delivered.length;
    metrics.failed += outcome.failed.length;
    metrics.retried += again.length;
    if (retry.length > 0) {
      log.info('activities.retry', {
        connectionId,
        itemId,
        count: again.length,
        reason: verdict.retry.reason,
      });
    }
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      let started = 0;
      try {
        for (const id of options.connectionIds) started += dispatch(id);
      } catch (error) {
        log.error('deliverer.error', {
          message: error instanceof Error ? error.message : 'unknown',
        });
      }
      if (started === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
    }
    await Promise.allSettled(inFlight);
  }

  const done = loop();
  return {
    wake: () => wakeUp?.(),
    async stop() {
      stopping = true;
      wakeUp?.();
      await done;
    },
    done,
  };
}

/** Groups entries per item, in order of first appearance, into chunks of at most `size`. */
export function groupByItem(entries: readonly QueuedActivity[], size: number): QueuedActivity[][] {
  const byItem = new Map<string, QueuedActivity[][]>();
  const order: QueuedActivity[][] = [];
  for (const entry of entries) {
    const chunks = byItem.get(entry.itemId) ?? [];
    if (!byItem.has(entry.itemId)) byItem.set(entry.itemId, chunks);
    let last = chunks.at(-1);
    if (last === undefined || last.length >= size) {
      last = [];
      chunks.push(last);
      order.push(last);
    }
    last.push(entry);
  }
  return order;
}
