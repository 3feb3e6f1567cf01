import type { TokenResult } from '../auth/token-source';
import type { Settings } from '../settings/settings';
import type { Db } from '../store/db';
import type { OrganisationOverview } from '../messaging/contract';
import type { RelayReadRecord, RelaySites } from '../store/schema';
import type { TrackerEffect } from '../tracking/engagement-types';
import {
  EMPTY_ORGANISATION,
  effectiveOrganisation,
  MANAGED_RELAY_SCOPE,
  MANAGED_RELAY_URL,
  ORGANISATION_KEY,
  parseStoredOrganisation,
  relayConfigured,
  type EffectiveOrganisation,
} from './organisation-config';
import { readsToReport } from './reads-to-report';
import { clearRelayReads, loadRelaySites } from './relay-outbox-store';
import {
  createRelayRunner,
  RELAY_ALARM,
  type AlarmPort,
  type RelayPassResult,
} from './relay-runner';
import { compileSiteRules, type CompiledSiteRule } from './site-rules';

/** The part of a storage area the hook reads (storage.local, storage.managed). */
export interface ReadableArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

/**
 * What the organisation hook is given: the database, the relay's alarm, storage.local and
 * storage.managed (policies), the settings, a token for the relay's scope, the clock (epoch ms).
 */
export interface OrganisationHookDeps {
  db: Db;
  alarms: AlarmPort;
  local: ReadableArea;
  /** storage.managed; may reject (Firefox without a policy): read as no policy. */
  managed: ReadableArea;
  settings: () => Settings;
  token: (scope: string, options: { forceRefresh: boolean }) => Promise<TokenResult>;
  now?: () => number;
}

/**
 * The worker's organisation relay: holds the config in effect (policy merged) and the compiled
 * rules in memory for the tracker's commit, and runs the relay outbox. Entry files only wire it.
 */
export async function createOrganisationHook(deps: OrganisationHookDeps) {
  const now = deps.now ?? (() => Date.now());
  let effective: EffectiveOrganisation = { config: EMPTY_ORGANISATION, managed: [] };
  let compiled: CompiledSiteRule[] = [];
  let sites: RelaySites | undefined;

  function useSites(next: RelaySites | undefined): void {
    sites = next;
    compiled =
      next && next.relayUrl === effective.config.relayUrl ? compileSiteRules(next.rules) : [];
  }

  async function readLocal() {
    return parseStoredOrganisation((await deps.local.get(ORGANISATION_KEY))[ORGANISATION_KEY]);
  }

  async function readConfig(): Promise<EffectiveOrganisation> {
    const local = await readLocal();
    let policy: unknown = {};
    try {
      policy = await deps.managed.get([MANAGED_RELAY_URL, MANAGED_RELAY_SCOPE]);
    } catch {
      // No managed storage here (no policy, or a browser without one): the user's config holds.
    }
    return effectiveOrganisation(local, policy);
  }

  // Each read of the config is numbered: an older answer never replaces a newer one.
  let configSeq = 0;
  async function refreshConfig(): Promise<void> {
    const mine = ++configSeq;
    const next = await readConfig();
    if (mine !== configSeq) return;
    effective = next;
    useSites(sites);
  }

  const runner = createRelayRunner({
    db: deps.db,
    alarms: deps.alarms,
    config: () => effective.config,
    token: deps.token,
    onSites: useSites,
    now,
  });

  // The user's own config now, the policy when storage.managed answers: Chromium answers its
  // first read after a browser start only once its policy service is up, 3.5–5.3 s later on a
  // quiet machine, and the worker's start-up (every popup, every page's report) must not wait
  // for that. What needs the policy (a commit's relay reads) waits for `policyRead`.
  effective = effectiveOrganisation(await readLocal(), {});
  useSites(await loadRelaySites(deps.db));
  const policyRead = refreshConfig().catch(() => undefined);

  return {
    runner,

    /**
     * Resolves once the config in effect includes the policy (storage.managed answered, or failed
     * and there is none). Never rejects. The tracker's first commit waits for it.
     */
    policyRead,

    /** For TrackerRuntime: reads to queue in the same commit as the engagement. */
    relayReads(effects: readonly TrackerEffect[], at: number): RelayReadRecord[] {
      const current = deps.settings();
      return readsToReport(
        effects,
        {
          relayConfigured: relayConfigured(effective.config),
          rules: compiled,
          paused: current.paused,
          excludedSites: current.excludedSites,
        },
        at,
      );
    },

    /** After a tracker commit: deliver soon if something may have been queued. */
    async afterCommit(effects: readonly TrackerEffect[]): Promise<void> {
      if (compiled.length > 0 && effects.some((e) => e.type === 'save-engagement')) {
        await runner.poke();
      }
    },

    /** The relay alarm fired. */
    onAlarm(name: string): Promise<RelayPassResult> | null {
      return name === RELAY_ALARM ? runner.run() : null;
    },

    /**
     * storage.local's `organisation` or storage.managed changed: re-read the config. A different
     * relay (or none) drops what was queued for the old one and its rules: reads matched one
     * organisation's rules and are never handed to another.
     */
    async onStorageChanged(changedKeys: readonly string[], area: string): Promise<void> {
      const relevant =
        (area === 'local' && changedKeys.includes(ORGANISATION_KEY)) || area === 'managed';
      if (!relevant) return;
      const previous = effective.config.relayUrl;
      await refreshConfig();
      if (effective.config.relayUrl !== previous) {
        await clearRelayReads(deps.db);
        useSites(undefined);
      }
      await runner.run();
    },

    /** The options page's view: config in effect, which fields policy set, the sites reported. */
    async overview(): Promise<OrganisationOverview> {
      await refreshConfig();
      // Just configured: ask the relay for its sites now, so the page can show them.
      if (relayConfigured(effective.config) && sites?.relayUrl !== effective.config.relayUrl) {
        await runner.run();
      }
      return {
        ...effective,
        rules: sites?.relayUrl === effective.config.relayUrl ? sites.rules : [],
        rulesFetchedAt: sites?.relayUrl === effective.config.relayUrl ? sites.fetchedAt : null,
        status: await runner.overview(),
      };
    },
  };
}

/**
 * The organisation relay in the worker (createOrganisationHook): reads to queue with an
 * engagement, the runner and its alarm, policy and setting changes, the options page's overview.
 */
export type OrganisationHook = Awaited<ReturnType<typeof createOrganisationHook>>;
