import type { TokenResult } from '../auth/token-source';
import type { Db } from '../store/db';
import type { RelaySites, RelayStatus } from '../store/schema';
import { backoffDelay } from '../graph/retry-timing';
import { classifyFailure, DEFAULT_RETRY_POLICY } from '../sync/retry-policy';
import { relayConfigured, type OrganisationConfig } from './organisation-config';
import { relayBatch } from './relay-batch';
import { createRelayClient } from './relay-client';
import {
  countQueuedReads,
  loadQueuedReads,
  loadRelaySites,
  loadRelayStatus,
  removeRelayReads,
  saveRelaySites,
  saveRelayStatus,
} from './relay-outbox-store';

/** The relay delivery's one alarm, by name. */
export const RELAY_ALARM = 'organisation-relay';
/** The relay takes at most 100 reads per request (relay/http/reads.ts). */
export const RELAY_BATCH = 100;
/** How long the published rules are trusted before they are asked for again. */
export const SITES_TTL_MS = 60 * 60_000;
/** Chrome fires no alarm sooner than this after it is set. */
const ALARM_FLOOR_MS = 1_000;

/** The part of `browser.alarms` the runner uses: one one-shot alarm, by name (as sync's). */
export interface AlarmPort {
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
  clear(name: string): Promise<unknown>;
}

/** What a pass did, for the options page and tests. */
export type RelayPassResult =
  | { kind: 'off' }
  | { kind: 'waiting'; until: number }
  | { kind: 'signed-out' | 'interaction-required' }
  | { kind: 'delivered'; count: number; remaining: number }
  | { kind: 'failed'; code: string; retryAt: number };

/**
 * What the relay runner is given: the database, its alarm, the relay's config and a token for its
 * scope, and for tests the clock (epoch ms), randomness, fetch.
 */
export interface RelayRunnerDeps {
  db: Db;
  alarms: AlarmPort;
  /** The organisation config in effect (policy merged). */
  config: () => OrganisationConfig;
  /** A token for the relay's API scope; asked for only while a relay is configured. */
  token: (scope: string, options: { forceRefresh: boolean }) => Promise<TokenResult>;
  /** Told when the rules were fetched, so the capture filter uses them at once. */
  onSites?: (sites: RelaySites) => void;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
}

/**
 * Delivers queued reads to the organisation relay with sync's guarantees: one pass at a time,
 * driven by one alarm (no keep-alive); a read leaves the queue only once the relay answered that
 * it stored it, and the relay deduplicates on (user, item, startDateTime), so a read re-sent after
 * a lost answer or a killed worker is counted once; `429`/`503` wait out Retry-After, other
 * failures back off exponentially (sync/retry-policy.ts); a 401 gets one fresh token first.
 */
export function createRelayRunner(deps: RelayRunnerDeps) {
  const { db, alarms } = deps;
  const now = deps.now ?? (() => Date.now());
  const random = deps.random ?? Math.random;
  let running: Promise<RelayPassResult> | null = null;

  async function schedule(at: number | null): Promise<void> {
    if (at === null) await alarms.clear(RELAY_ALARM);
    else await alarms.create(RELAY_ALARM, { when: Math.max(at, now() + ALARM_FLOOR_MS) });
  }

  async function fail(status: RelayStatus, error: unknown): Promise<RelayPassResult> {
    const attempt = status.attempt + 1;
    const outcome = classifyFailure(
      error,
      { attempt, isHistoryItemWrite: false, isDelete: false },
      DEFAULT_RETRY_POLICY,
      random,
    );
    // A refused request is never dropped: the reads stay queued and are tried again, slowly.
    const delayMs =
      outcome.kind === 'wait'
        ? outcome.delayMs
        : backoffDelay(attempt, DEFAULT_RETRY_POLICY, random);
    const code =
      outcome.kind === 'wait' || outcome.kind === 'auth'
        ? outcome.reason
        : outcome.kind === 'park'
          ? outcome.code
          : 'unknown';
    const retryAt = now() + delayMs;
    await saveRelayStatus(db, {
      ...status,
      attempt,
      notBefore: retryAt,
      lastError: { code, at: now() },
    });
    await schedule(retryAt);
    return { kind: 'failed', code, retryAt };
  }

  async function pass(): Promise<RelayPassResult> {
    const config = deps.config();
    if (!relayConfigured(config)) {
      await schedule(null);
      return { kind: 'off' };
    }
    const status = await loadRelayStatus(db);
    if (status.notBefore !== undefined && status.notBefore > now()) {
      await schedule(status.notBefore);
      return { kind: 'waiting', until: status.notBefore };
    }
    const sites = await loadRelaySites(db);
    const sitesDueAt = sites?.relayUrl === config.relayUrl ? sites.fetchedAt + SITES_TTL_MS : 0;
    const sitesStale = sitesDueAt <= now();
    const queued = await loadQueuedReads(db, RELAY_BATCH);
    if (queued.length === 0 && !sitesStale) {
      await schedule(sitesDueAt);
      return { kind: 'delivered', count: 0, remaining: 0 };
    }
    let token: TokenResult;
    try {
      token = await deps.token(config.relayScope, { forceRefresh: false });
    } catch (error) {
      return fail(status, error);
    }
    for (let retried = false; ; retried = true) {
      if (token.kind !== 'token') {
        // Sign-in (or a new one) pokes the runner again; nothing to schedule until then.
        await schedule(null);
        return { kind: token.kind };
      }
      const client = createRelayClient({
        relayUrl: config.relayUrl,
        token: token.accessToken,
        now,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      });
      try {
        if (sitesStale) {
          const fresh = {
            relayUrl: config.relayUrl,
            rules: await client.sites(),
            fetchedAt: now(),
          };
          await saveRelaySites(db, fresh);
          deps.onSites?.(fresh);
        }
        // As many as fit the relay's body limit; one it would refuse anyway is not sent.
        const batch = relayBatch(queued);
        let count = batch.refused.length;
        if (batch.send.length > 0) {
          const ack = await client.postReads(batch.reads);
          // Accepted, duplicate (already stored) or refused for good (no longer indexed, too
          // old): in every case the relay has answered for each read, so none is sent again.
          count += ack.accepted + ack.duplicates + ack.rejected.length;
        }
        if (batch.send.length + batch.refused.length > 0) {
          await removeRelayReads(
            db,
            [...batch.send, ...batch.refused].map((read) => read.id),
          );
        }
        const remaining = await countQueuedReads(db);
        await saveRelayStatus(db, {
          attempt: 0,
          delivered: status.delivered + count,
          ...(count > 0
            ? { lastDeliveredAt: now() }
            : status.lastDeliveredAt !== undefined
              ? { lastDeliveredAt: status.lastDeliveredAt }
              : {}),
        });
        await schedule(remaining > 0 ? now() : now() + SITES_TTL_MS);
        return { kind: 'delivered', count, remaining };
      } catch (error) {
        const unauthorised =
          error instanceof Error &&
          'status' in error &&
          (error as { status: number }).status === 401;
        if (!unauthorised || retried) return fail(status, error);
        try {
          token = await deps.token(config.relayScope, { forceRefresh: true });
        } catch (tokenError) {
          return fail(status, tokenError);
        }
      }
    }
  }

  return {
    /** Runs a pass now, or joins the one under way. */
    run(): Promise<RelayPassResult> {
      running ??= pass().finally(() => {
        running = null;
      });
      return running;
    },

    /** Reads were queued: make sure a pass runs soon, never postponing one due sooner. */
    async poke(): Promise<void> {
      const wanted = now() + ALARM_FLOOR_MS;
      const existing = await alarms.get(RELAY_ALARM);
      if (!existing || existing.scheduledTime > wanted) await schedule(wanted);
    },

    /** The persisted delivery state with the queue's length (options page). */
    async overview(): Promise<RelayStatus & { queued: number }> {
      const [status, queued] = await Promise.all([loadRelayStatus(db), countQueuedReads(db)]);
      return { ...status, queued };
    },
  };
}

/**
 * Sends queued intranet reads to the relay (createRelayRunner): `run` a pass, `poke`, `overview`.
 */
export type RelayRunner = ReturnType<typeof createRelayRunner>;
