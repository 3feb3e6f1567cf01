import { isExcludedUrl } from '../settings/excluded-sites';
import type { RelayReadRecord } from '../store/schema';
import type { TrackerEffect } from '../tracking/engagement-types';
import { matchesSiteRules, type CompiledSiteRule } from './site-rules';

/** What decides whether a read may go to the organisation's relay. */
export interface ReportPolicy {
  /** False while no relay is configured: nothing is ever queued then. */
  relayConfigured: boolean;
  rules: readonly CompiledSiteRule[];
  paused: boolean;
  excludedSites: readonly string[];
}

/**
 * The reads a tracker transition hands to the relay outbox: engagements that reached the minimum
 * visit time (`save-engagement`, the tracker emits nothing shorter), on pages the relay's rules
 * match, never while paused or on an excluded site. Incognito windows never reach the tracker
 * (`"incognito": "not_allowed"`). One read per engagement: the outbox keeps the first.
 */
export function readsToReport(
  effects: readonly TrackerEffect[],
  policy: ReportPolicy,
  now: number,
): RelayReadRecord[] {
  if (!policy.relayConfigured || policy.paused || policy.rules.length === 0) return [];
  const reads: RelayReadRecord[] = [];
  for (const effect of effects) {
    if (effect.type !== 'save-engagement') continue;
    const { id, url, startedAt } = effect.engagement;
    if (isExcludedUrl(url, policy.excludedSites)) continue;
    if (!matchesSiteRules(url, policy.rules)) continue;
    reads.push({ id, url, startedAt, queuedAt: now });
  }
  return reads;
}
