import type { ActivityRecord, SearchKey } from './schema';

/**
 * The `by-term-time` index entries of a page (schema.ts `searchKeys`). Pure.
 *
 * Every write that sets a page's `lastActiveAt` or `searchTerms` passes the record through
 * `withSearchKeys`, so the index orders each word's pages by when they were last read. A page not
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
