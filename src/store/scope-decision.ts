import {
  decideForPage,
  type DeletionScope,
  type ScopeDecision,
  type ScopedPage,
} from '../deletion/deletion-scope';
import type { ActivityRecord } from './schema';

/** A stored page as a deletion scope sees it: its address, site name and first sighting. */
export type ScopedRecord = Pick<ActivityRecord, 'appActivityId' | 'firstSeenAt' | 'metadata'>;

/** An engagement as a scope sees it (a stored one, or a row listing it): its id and span. */
export type ScopedItem = ScopedPage['items'][number];

/**
 * What `scope` removes from a stored page with its engagements `items` (deletion-scope.ts
 * `decideForPage`): nothing, the whole page, or some engagements.
 */
export function decideForRecord(
  scope: DeletionScope,
  record: ScopedRecord,
  items: readonly ScopedItem[],
): ScopeDecision {
  return decideForPage(scope, record.appActivityId, {
    url: record.metadata.url,
    siteName: record.metadata.siteName,
    firstSeenAt: record.firstSeenAt,
    items,
  });
}
