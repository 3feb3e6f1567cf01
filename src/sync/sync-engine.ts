import type { PageMetadata } from '../activity/page-metadata';
import type { TokenResult, TokenSource } from '../auth/token-source';
import { createActivitiesClient, type ActivitiesClient } from '../graph/activities-client';
import { GraphError } from '../graph/graph-error';
import type { Db } from '../store/db';
import {
  acknowledgeWrite,
  clearSyncFlags,
  forgetActivityOnServer,
  loadSyncBacklog,
  loadSyncStatus,
  loadWriteLog,
  parkWrite,
  recordSend,
  saveSyncStatus,
} from '../store/sync-store';
import {
  backoffDelay,
  classifyFailure,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from './retry-policy';
import { planSync, type PendingActivity, type SyncWrite } from './sync-planner';
import type { SyncStatus } from './sync-status';
import { budgetState, type WriteBudget } from './write-budget';

export interface SyncConfig {
  graphBaseUrl: string;
  budget: WriteBudget;
  settleMs: number;
}

export interface SyncEngineDeps {
  db: Db;
  tokens: TokenSource;
  config: () => SyncConfig;
  buildBody: (metadata: PageMetadata) => Record<string, unknown>;
  hash: (text: string) => string;
  /** Arrange the next pass at this time (null: nothing scheduled is needed). */
  schedule: (at: number | null) => Promise<void>;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  policy?: RetryPolicy;
  /** Upper bound on plan/send rounds in one pass, so a pass always ends. */
  maxRounds?: number;
  /**
   * Pages to leave alone this pass (a deletion waiting out its undo window): nothing about them
   * is sent until it is applied or undone.
   */
  holdBack?: () => Promise<((activity: PendingActivity) => boolean) | null>;
}

/** After a failed write: go on with the next, plan again, or end the pass with this status. */
type FailureAction = 'continue' | 'replan' | { stop: SyncStatus; scheduleAt: number | null };

/**
 * One sync pass: plan from what is stored, send within the write budget, acknowledge each write in
 * its own transaction after its answer. Never awaits the network inside a transaction, so a worker
 * stopped mid-pass loses nothing: an unacknowledged write is planned again, and every write is an
 * idempotent PUT or DELETE keyed by stable ids.
 */
export async function runSyncPass(
  deps: SyncEngineDeps,
  { force = false }: { force?: boolean } = {},
): Promise<SyncStatus> {
  const now = deps.now ?? (() => Date.now());
  const { db } = deps;
  let status = await loadSyncStatus(db);
  // What the user asked for with "Sync now" still holds when a retry finishes the job.
  const sendUnsettled = force || status.syncNowPending === true;
  const blockedUntil = Math.max(
    status.retryAfterUntil ?? 0,
    force ? 0 : (status.backoffUntil ?? 0),
  );
  if (blockedUntil > now()) {
    if (force && !status.syncNowPending) {
      status = { ...status, syncNowPending: true };
      await saveSyncStatus(db, status);
    }
    await deps.schedule(blockedUntil);
    return status;
  }

  let tokenResult: TokenResult;
  try {
    tokenResult = await deps.tokens.getAccessToken({ forceRefresh: false });
  } catch (error) {
    return await waitForTokens(error);
  }
  if (tokenResult.kind !== 'token') {
    status = signedOutStatus(status, tokenResult.kind, now());
    await saveSyncStatus(db, status);
    await deps.schedule(null);
    return status;
  }
  let client = makeClient(deps, tokenResult.accessToken, now);
  let refreshed = false;
  status = { ...status, state: 'syncing' };

  /** The provider could not be reached for a token: back off like any network failure. */
  function backoffStatus(error: unknown, at: number): SyncStatus {
    const delayMs = backoffDelay(
      status.attempt + 1,
      deps.policy ?? DEFAULT_RETRY_POLICY,
      deps.random,
    );
    return {
      ...status,
      state: 'waiting',
      attempt: status.attempt + 1,
      lastError: errorOf(error, at),
      backoffUntil: at + delayMs,
      syncNowPending: sendUnsettled,
    };
  }

  async function waitForTokens(error: unknown): Promise<SyncStatus> {
    status = backoffStatus(error, now());
    await saveSyncStatus(db, status);
    await deps.schedule(status.backoffUntil ?? null);
    return status;
  }

  /** Decides what a failed write means for the rest of the pass. */
  async function handleFailure(error: unknown, write: SyncWrite): Promise<FailureAction> {
    const outcome = classifyFailure(
      error,
      {
        attempt: status.attempt + 1,
        isHistoryItemWrite: write.op === 'put-history-item',
        isDelete: write.op === 'delete-activity' || write.op === 'delete-history-item',
      },
      deps.policy ?? DEFAULT_RETRY_POLICY,
      deps.random,
    );
    const at = now();
    const lastError = errorOf(error, at);
    switch (outcome.kind) {
      case 'ok':
        await acknowledgeWrite(db, write);
        return 'continue';
      case 'recreate':
        if (write.op === 'put-history-item') await forgetActivityOnServer(db, write.appActivityId);
        return 'replan';
      case 'park':
        await parkWrite(db, write, {
          code: outcome.code,
          message: outcome.message,
          at,
          ...(write.op === 'put-activity' ? { bodyHash: write.bodyHash } : {}),
        });
        status = { ...status, lastError };
        return 'continue';
      case 'auth': {
        if (!refreshed) {
          // One silent refresh; if that fails the user must sign in again, outbox intact.
          refreshed = true;
          let fresh: TokenResult;
          try {
            fresh = await deps.tokens.getAccessToken({ forceRefresh: true });
          } catch (tokenError) {
            const waiting = backoffStatus(tokenError, now());
            return { stop: waiting, scheduleAt: waiting.backoffUntil ?? null };
          }
          if (fresh.kind === 'token') {
            client = makeClient(deps, fresh.accessToken, now);
            return 'replan';
          }
          return { stop: signedOutStatus(status, fresh.kind, at), scheduleAt: null };
        }
        return { stop: { ...status, state: 'sign-in-required', lastError }, scheduleAt: null };
      }
      case 'wait': {
        const until = at + outcome.delayMs;
        const fromServer = error instanceof GraphError && error.retryAfterMs !== undefined;
        return {
          stop: {
            ...status,
            state: 'waiting',
            attempt: status.attempt + 1,
            lastError,
            syncNowPending: sendUnsettled,
            ...(fromServer ? { retryAfterUntil: until } : { backoffUntil: until }),
          },
          scheduleAt: until,
        };
      }
    }
  }

  for (let round = 0; round < (deps.maxRounds ?? 50); round++) {
    const config = deps.config();
    const backlog = await loadSyncBacklog(db);
    const held = (await deps.holdBack?.()) ?? null;
    const activities = held ? backlog.activities.filter((a) => !held(a)) : backlog.activities;
    const plan = planSync(activities, backlog.tombstones, {
      now: now(),
      settleMs: config.settleMs,
      force: sendUnsettled,
      buildBody: deps.buildBody,
      hash: deps.hash,
    });
    const stamps = new Map(
      backlog.activities.map((a) => [a.record.appActivityId, a.record.syncPending]),
    );
    await clearSyncFlags(
      db,
      plan.clean.map((appActivityId) => ({ appActivityId, stamp: stamps.get(appActivityId) })),
    );
    if (plan.writes.length === 0) {
      status = { state: 'idle', attempt: 0, lastSuccessAt: now() };
      await saveSyncStatus(db, status);
      await deps.schedule(plan.nextDueAt);
      return status;
    }
    const budget = budgetState(await loadWriteLog(db), now(), config.budget);
    if (budget.available === 0) {
      status = { ...status, state: 'waiting', syncNowPending: sendUnsettled };
      await saveSyncStatus(db, status);
      await deps.schedule(budget.nextSlotAt);
      return status;
    }

    for (const write of plan.writes.slice(0, budget.available)) {
      await recordSend(db, write, now());
      let serverId: string | undefined;
      try {
        serverId = await send(client, write);
      } catch (error) {
        const action = await handleFailure(error, write);
        if (action === 'continue') continue;
        if (action === 'replan') break;
        status = action.stop;
        await saveSyncStatus(db, status);
        await deps.schedule(action.scheduleAt);
        return status;
      }
      // Only the network call is classified: a local storage failure is not Graph's verdict.
      await acknowledgeWrite(db, write, serverId);
      status = { ...status, attempt: 0, lastError: undefined };
    }
  }
  // Rounds used up with work left: come back soon rather than hold the worker.
  await saveSyncStatus(db, status);
  await deps.schedule(now() + 1_000);
  return status;
}

function makeClient(deps: SyncEngineDeps, token: string, now: () => number): ActivitiesClient {
  return createActivitiesClient({
    baseUrl: deps.config().graphBaseUrl,
    token,
    now,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
}

async function send(client: ActivitiesClient, write: SyncWrite): Promise<string | undefined> {
  switch (write.op) {
    case 'put-activity':
      return (await client.putActivity(write.appActivityId, write.body)).id;
    case 'put-history-item':
      await client.putHistoryItem(write.serverId, write.item.id, write.body);
      return undefined;
    case 'delete-activity':
      await client.deleteActivity(write.serverId);
      return undefined;
    case 'delete-history-item':
      await client.deleteHistoryItem(write.serverId, write.historyItemId);
      return undefined;
  }
}

function signedOutStatus(
  status: SyncStatus,
  kind: 'signed-out' | 'interaction-required',
  at: number,
): SyncStatus {
  return kind === 'signed-out'
    ? { ...status, state: 'signed-out' }
    : {
        ...status,
        state: 'sign-in-required',
        lastError: { code: 'interactionRequired', message: 'Sign in again to keep syncing.', at },
      };
}

function errorOf(error: unknown, at: number): { code: string; message: string; at: number } {
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'error';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message, at };
}
