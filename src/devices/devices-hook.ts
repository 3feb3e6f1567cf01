/**
 * Wires reading back into the sync runner (its `beforePass`): a token from the sign-in, a Graph
 * client, this device's rules from the settings, then one devices pass (pull-pass.ts). Signed out
 * or without a token it does nothing; the sync pass that follows reports why.
 */
import type { TokenSource } from '../auth/token-source';
import { createActivitiesClient } from '../graph/activities-client';
import { isExcludedUrl } from '../settings/excluded-sites';
import type { Settings } from '../settings/settings';
import type { Db } from '../store/db';
import type { DeviceIdentity } from '../store/schema';
import { syncScheduleFrom } from '../sync/sync-schedule';
import type { MergeRules } from './merge';
import { runDevicesPass, type DevicesPassResult } from './pull-pass';
import { deviceIdentity } from './pull-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * This device's rules for pulled data, from the user's settings at `now` (epoch ms), with
 * `neverRecorded` (the capture's never-record rule) as it is.
 */
export function mergeRulesFrom(
  settings: Settings,
  ownNode: string,
  now: number,
  neverRecorded: (url: string) => boolean,
): MergeRules {
  return {
    ownNode,
    neverRecorded,
    keepSince: settings.retentionDays > 0 ? now - settings.retentionDays * DAY_MS : null,
    excluded: (url) => isExcludedUrl(url, settings.excludedSites),
    keep: {
      description: settings.sendDescription,
      image: settings.sendImage,
      authors: settings.sendAuthors,
    },
  };
}

/**
 * What reading back is given before each sync pass: the database, the settings, tokens, this
 * device's identity, and for tests the clock (epoch ms), randomness, fetch.
 */
export interface DevicesHookDeps {
  db: Db;
  settings: () => Settings;
  tokens: TokenSource;
  /** This install's identity as stored (created on first use by the caller). */
  identity: () => Promise<DeviceIdentity>;
  /**
   * The capture's never-record rule as it stands now (background/may-read.ts
   * `isNeverRecordedUrl` under the stored sign-in configuration): pulled pages it refuses are
   * not kept, and are deleted from Graph.
   */
  neverRecorded: () => Promise<(url: string) => boolean>;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  /** Told the outcome of every pass that ran (bench and tests read the figures). */
  onResult?: (result: DevicesPassResult) => void;
}

/**
 * The sync runner's `beforePass`: runs a devices pass and returns when reading back wants the next
 * pass (null: not needed). Never throws: a failure waits for the next pass.
 */
export function createDevicesHook(deps: DevicesHookDeps) {
  const now = deps.now ?? (() => Date.now());
  return async (force: boolean): Promise<number | null> => {
    try {
      const token = await deps.tokens.getAccessToken({ forceRefresh: false });
      if (token.kind !== 'token') return null;
      const settings = deps.settings();
      const identity = await deps.identity();
      const result = await runDevicesPass({
        db: deps.db,
        client: createActivitiesClient({
          baseUrl: settings.graphBaseUrl,
          token: token.accessToken,
          now,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        }),
        identity,
        rules: mergeRulesFrom(settings, identity.node, now(), await deps.neverRecorded()),
        pull: settings.readBack,
        writeBudget: syncScheduleFrom(settings).budget,
        force,
        now,
        ...(deps.random ? { random: deps.random } : {}),
      });
      deps.onResult?.(result);
      return result.nextAt;
    } catch {
      // A local storage failure or a provider outage: the sync pass meets and reports it.
      return null;
    }
  };
}

export { deviceIdentity };
