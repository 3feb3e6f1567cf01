// Small pages and engagements for the store's tests (store, store-retention, search-store).
import type { PageMetadata } from '../../activity/page-metadata';
import type { Engagement } from '../../tracking/engagement-types';

/** A page at https://example.test/<id>, titled "Title <id>"; `extra` overrides any field. */
export function page(id: string, extra: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url: `https://example.test/${id}`,
    appActivityId: `https://example.test/${id}`,
    title: `Title ${id}`,
    type: 'Article',
    authors: [],
    keywords: [],
    ...extra,
  };
}

/** An engagement of page `pageId` starting at `startedAt` (ms) and active `activeMs`. */
export function engagement(
  pageId: string,
  id: string,
  startedAt: number,
  activeMs: number,
): Engagement {
  return {
    id,
    appActivityId: `https://example.test/${pageId}`,
    url: `https://example.test/${pageId}`,
    startedAt,
    lastActiveAt: startedAt + activeMs,
    activeMs,
  };
}
