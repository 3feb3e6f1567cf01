import { siteLabelOf } from '../activity/site-label';
import { hostKeyOf } from './host-key';
import type { ActivityRecord, SearchKey } from './schema';

/**
 * The `by-term-time` index entries of a page (schema.ts `searchKeys`). Pure.
 *
 * Every write that sets a page's `lastActiveAt` or `searchTerms` passes the record through
 * `withSearchKeys` (by `withIndexKeys`), so the index orders each word's pages by when they were last read. A page not
 * yet read has no entries: search lists read pages only.
 */
export function searchKeysOf(record: ActivityRecord): SearchKey[] | undefined {
  const { lastActiveAt, searchTerms } = record;
  if (lastActiveAt === undefined || !searchTerms?.length) return undefined;
  return searchTerms.map((term): SearchKey => [term, lastActiveAt]);
}

/** The record with its `searchKeys` matching its terms and last read time (a copy). */
export function withSearchKeys<T extends ActivityRecord>(record: T): T {
  const { searchKeys: _old, ...rest } = record;
  const searchKeys = searchKeysOf(record);
  return (searchKeys ? { ...rest, searchKeys } : rest) as T;
}

/**
 * The record with every key the store derives for its indexes matching its fields (a copy):
 * `searchKeys` (`by-term-time`), `siteLabel` (`by-site-label`, version 11) and `hostKey`
 * (`by-host-key`, version 12). Every write that sets a page's metadata passes through it; a write
 * that keeps the metadata keeps them (a copy of the record read).
 */
export function withIndexKeys<T extends ActivityRecord>(record: T): T {
  const siteLabel = siteLabelOf(record.metadata.url, record.metadata.siteName);
  return { ...withSearchKeys(record), siteLabel, hostKey: hostKeyOf(record.metadata.url) };
}
