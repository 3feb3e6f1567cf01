// Pages an older version recorded that today's rules never record (a password-reset or magic
// link, a sign-in page: may-read.ts `isNeverRecordedUrl`) go, here and from the Timeline, once
// per version of those rules, with nothing asked of the user (docs/your-data.md, Never recorded).
// They go the way the user's own deletions go (deletion-runner.ts `applyNow`, store/
// deletion-store.ts): one transaction, a tombstone per published page, the Graph DELETE sent by
// sync from the outbox, so a stopped worker or an outage delays it and loses nothing.
import type { Storage } from 'webextension-polyfill';
import type { AuthConfig } from '../auth/config';
import { listPageUrls, type PageUrl } from '../store/activities-store';
import type { Db } from '../store/db';
import type { DeletionRunner } from './deletion-runner';
import { isNeverRecordedUrl } from './may-read';

/**
 * The version of the rules `isNeverRecordedUrl` applies. Raise it with every change that makes
 * them refuse more: the worker's next start sweeps what was recorded under the older rules.
 * 1: bearer tokens in the path (`hasPathToken`, commit 72eb8c4) and pages of a federated
 * sign-in (auth/sso-urls.ts, commit 7e83fdf).
 */
export const URL_RULES_VERSION = 1;

/** The storage.local key of the last `URL_RULES_VERSION` swept (absent: none yet). */
export const SWEPT_RULES_KEY = 'sweptRulesVersion';

/**
 * The appActivityIds of the pages, among `pages`, that today's rules never record: those
 * `isNeverRecordedUrl` refuses under `auth` (the sign-in configuration). The capture asks the
 * same function (mayRead), so what it refuses and what the sweep deletes never differ. The
 * user's settings (excluded sites, pause) are not rules of this kind: what they left recorded
 * stays. Pure.
 */
export function planUrlSweep(pages: readonly PageUrl[], auth: AuthConfig): string[] {
  return pages.filter((page) => isNeverRecordedUrl(page.url, auth)).map((p) => p.appActivityId);
}

/** What the sweep is given: the database, storage.local, the sign-in configuration, deletions. */
export interface UrlSweepDeps {
  db: Db;
  /** Where `SWEPT_RULES_KEY` is kept (browser.storage.local). */
  storage: Pick<Storage.StorageArea, 'get' | 'set'>;
  /** The sign-in configuration, for the provider's own pages (auth/config-store.ts). */
  auth: () => Promise<AuthConfig>;
  deletions: Pick<DeletionRunner, 'applyNow'>;
}

/**
 * Sweeps, unless this rules version was swept already: deletes every page `planUrlSweep` names,
 * whole, with its engagements, also from the Timeline (a tombstone for each page Graph holds or
 * may hold), then records the version. Returns how many pages went, or null when there was
 * nothing to do. A worker stopped before the version is recorded sweeps again at its next start,
 * which finds the deletion done (one transaction: all of it or none) and only records the
 * version. Rejects when the store or storage.local does; the next start tries again.
 */
export async function sweepNeverRecorded(deps: UrlSweepDeps): Promise<number | null> {
  const swept = (await deps.storage.get(SWEPT_RULES_KEY))[SWEPT_RULES_KEY];
  if (typeof swept === 'number' && swept >= URL_RULES_VERSION) return null;
  const ids = planUrlSweep(await listPageUrls(deps.db), await deps.auth());
  if (ids.length > 0) {
    // Everything up to now (applyNow bounds `to`): every engagement of these pages.
    await deps.deletions.applyNow(
      { from: 0, to: Number.MAX_SAFE_INTEGER, appActivityIds: ids },
      true,
    );
  }
  await deps.storage.set({ [SWEPT_RULES_KEY]: URL_RULES_VERSION });
  return ids.length;
}
