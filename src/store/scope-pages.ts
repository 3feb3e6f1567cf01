// The pages a deletion by site may cover, from an index instead of every page: a scope by host
// (`site`) from `by-host-key`, one by site label from `by-site-label`. For the deletion itself
// (deletion-store.ts) and the history's count while it waits out its undo window (pending-count.ts).
import type { DeletionScope } from '../deletion/scope-match';
import { hostKeyRange } from './host-key';
import type { KvStore } from './kv';
import type { ActivityRecord } from './schema';
import { hostKeysReady, siteLabelsReady } from './site-labels';

/** The `activities` store of a transaction, as far as reading its two site indexes goes. */
export interface SiteIndexes {
  index(name: 'by-host-key' | 'by-site-label'): {
    getAll(query: IDBKeyRange | string): Promise<ActivityRecord[]>;
  };
}

/**
 * Every page `scope` may cover by its host (`site`: the host and its subdomains) or else its site
 * label, read from that index in the caller's transaction; null for a scope by neither, and while
 * pages written before the index wait for their key (site-labels.ts), which the index would miss:
 * the caller then reads every page. A page listed may still be outside the scope's range: the
 * scope decides each (deletion-scope.ts).
 */
export async function sitePages(
  activities: SiteIndexes,
  kv: Pick<KvStore, 'get'>,
  scope: Pick<DeletionScope, 'site' | 'siteLabel'>,
): Promise<ActivityRecord[] | null> {
  if (scope.site !== undefined) {
    if (!(await hostKeysReady(kv))) return null;
    return activities.index('by-host-key').getAll(hostKeyRange(scope.site));
  }
  if (scope.siteLabel !== undefined) {
    if (!(await siteLabelsReady(kv))) return null;
    return activities.index('by-site-label').getAll(scope.siteLabel);
  }
  return null;
}
