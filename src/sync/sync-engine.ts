import type { TokenResult } from '../auth/token-source';
import { createActivitiesClient, type ActivitiesClient } from '../graph/activities-client';
import { GraphError } from '../graph/graph-error';
import { backoffDelay } from '../graph/retry-timing';
import { serializeError } from '../messaging/errors';
import { sendWrite } from './graph-writes';
import {
  clearChangeCounters,
  forgetActivityOnServer,
  loadSyncBacklog,
  loadSyncStatus,
  parkWrite,
  recordSend,
  saveSyncStatus,
} from './outbox-store';
import { acknowledgeWrite } from './write-ack-store';
import { classifyFailure, DEFAULT_RETRY_POLICY, refusesAccount } from './retry-policy';
import { UNSAFE_METADATA } from '../messaging/contract';
import { planSync } from './sync-planner';
import type { SyncWrite } from './sync-writes';
import type { SyncEngineDeps } from './sync-engine-deps';
import {
  blockedUntil,
  reduceSyncStatus,
  sendsUnsettled,
  type SyncOutcome,
  type SyncStatus,
} from './sync-status';
import { budgetState } from './write-budget';
import { loadWriteLog } from './write-log-store';

/** How a failed write leaves the pass: go on with the next write, plan again, or stop. */
type AfterFailure = 'continue' | 'replan' | { stop: SyncOutcome };

/**
 * One sync pass: plan from what is stored, send within the write budget, acknowledge each write in
 * its own transaction after its answer. Never awaits the network inside a transaction, so a worker
 * stopped mid-pass loses nothing: an unacknowledged write is planned again, and every write is an
 * idempotent PUT or DELETE keyed by stable ids. What the user sees follows `reduceSyncStatus`.
 */
export async function runSyncPass(
  deps: SyncEngineDeps,
  { force = false }: { force?: boolean } = {},
): Promise<SyncStatus> {
  const now = deps.now ?? (() => Date.now());
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  const { db } = deps;
  let status = await loadSyncStatus(db);
  // What the user asked for with "Sync now" still holds when a retry finishes the job.
  const syncNow = sendsUnsettled(status, force);

  const apply = (outcome: SyncOutcome, at = now()): SyncStatus =>
    (status = reduceSyncStatus(status, outcome, at));
  /**
   * Ends the pass: saves the status and sets the next pass, at `wakeAt` or, after a `wait`, when
   * the wait is over.
   */
  const finish = async (
    outcome: SyncOutcome,
    wakeAt: number | null = null,
  ): Promise<SyncStatus> => {
    const at = now();
    apply(outcome, at);
    await saveSyncStatus(db, status);
    await deps.schedule(outcome.kind === 'wait' ? at + outcome.delayMs : wakeAt);
    return status;
  };
  /** The provider could not be asked for a token: back off like any network failure. */
  const providerDown = (error: unknown): SyncOutcome => ({
    kind: 'wait',
    error: serializeError(error, 'error'),
    delayMs: backoffDelay(status.attempt + 1, policy, deps.random),
    fromServer: false,
    syncNow,
  });

  const until = blockedUntil(status, force);
  if (until > now()) {
    const before = status;
    if (apply({ kind: 'blocked', syncNowAsked: force }) !== before)
      await saveSyncStatus(db, status);
    // A refused account has no time to wake at (Infinity): nothing is scheduled.
    await deps.schedule(Number.isFinite(until) ? until : null);
    return status;
  }

  let token: TokenResult;
  try {
    token = await deps.tokens.getAccessToken({ forceRefresh: false });
  } catch (error) {
    return finish(providerDown(error));
  }
  if (token.kind !== 'token') return finish({ kind: token.kind });
  let client = connect(deps, token.accessToken, now);
  let refreshed = false;
  apply({ kind: 'started' });

  /** Decides what a failed write means for the rest of the pass. */
  async function afterFailure(error: unknown, write: SyncWrite): Promise<AfterFailure> {
    const verdict = classifyFailure(
      error,
      {
        attempt: status.attempt + 1,
        isHistoryItemWrite: write.op === 'put-history-item',
        isDelete: write.op === 'delete-activity' || write.op === 'delete-history-item',
      },
      policy,
      deps.random,
    );
    switch (verdict.kind) {
      case 'ok':
        await acknowledgeWrite(db, write);
        return 'continue';
      case 'recreate':
        if (write.op === 'put-history-item') await forgetActivityOnServer(db, write.appActivityId);
        return 'replan';
      case 'park':
        await parkWrite(db, write, {
          code: verdict.code,
          message: verdict.message,
          at: now(),
          ...(error instanceof GraphError ? { status: error.status } : {}),
          ...(write.op === 'put-activity' ? { bodyHash: write.bodyHash } : {}),
        });
        apply({ kind: 'parked', error: serializeError(error, 'error') });
        return 'continue';
      case 'account-refused':
        // Not this page's fault: the write stays pending, unparked, for when the account is served.
        return { stop: { kind: 'account-refused', error: serializeError(error, 'error') } };
      case 'auth': {
        if (refreshed) {
          const kind = refusesAccount(error, true) ? 'account-refused' : 'token-refused';
          return { stop: { kind, error: serializeError(error, 'error') } };
        }
        // One silent refresh; if that fails the user must sign in again, outbox intact.
        refreshed = true;
        let fresh: TokenResult;
        try {
          fresh = await deps.tokens.getAccessToken({ forceRefresh: true });
        } catch (tokenError) {
          return { stop: providerDown(tokenError) };
        }
        if (fresh.kind !== 'token') return { stop: { kind: fresh.kind } };
        client = connect(deps, fresh.accessToken, now);
        return 'replan';
      }
      case 'wait':
        return {
          stop: {
            kind: 'wait',
            // The verdict's reason, not the error's own code: a dropped connection or a timeout
            // has none ('error'), and the popup words 'network' and 'timeout' (src/ui/sync-line.ts).
            error: { ...serializeError(error, 'error'), code: verdict.reason },
            delayMs: verdict.delayMs,
            fromServer: error instanceof GraphError && error.retryAfterMs !== undefined,
            syncNow,
          },
        };
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
      force: syncNow,
      buildBody: deps.buildBody,
      hash: deps.hash,
    });
    for (const target of plan.unsafe) {
      // Never sent: what the body would carry is what the worker's gate rejects.
      await parkWrite(db, target, {
        code: UNSAFE_METADATA,
        message: 'This page’s address could not be made safe to publish; it stays on this device.',
        at: now(),
      });
    }
    const counters = new Map(
      backlog.activities.map((a) => [a.record.appActivityId, a.record.unsyncedChanges]),
    );
    await clearChangeCounters(
      db,
      plan.clean.map((appActivityId) => ({ appActivityId, seen: counters.get(appActivityId) })),
    );
    if (plan.writes.length === 0) return finish({ kind: 'in-sync' }, plan.nextDueAt);
    const budget = budgetState(await loadWriteLog(db), now(), config.budget);
    if (budget.available === 0) {
      // The popup says when the next batch goes ("next batch at 15:05"), and the alarm wakes then.
      const nextSlotAt = budget.nextSlotAt ?? now();
      return finish({ kind: 'budget-spent', syncNow, nextSlotAt }, nextSlotAt);
    }

    for (const write of plan.writes.slice(0, budget.available)) {
      // An engagement dropped since the plan is not sent: plan again without it.
      if (!(await recordSend(db, write, now()))) break;
      let serverId: string | undefined;
      try {
        serverId = await sendWrite(client, write);
      } catch (error) {
        const next = await afterFailure(error, write);
        if (next === 'continue') continue;
        if (next === 'replan') break;
        return finish(next.stop);
      }
      // Only the network call is classified: a local storage failure is not Graph's verdict.
      await acknowledgeWrite(db, write, serverId);
      apply({ kind: 'sent' });
    }
  }
  // Rounds used up with work left: come back soon rather than hold the worker.
  await saveSyncStatus(db, status);
  await deps.schedule(now() + 1_000);
  return status;
}

function connect(deps: SyncEngineDeps, token: string, now: () => number): ActivitiesClient {
  return createActivitiesClient({
    baseUrl: deps.config().graphBaseUrl,
    token,
    now,
    fetch: deps.fetch,
  });
}
