// bench:control's history: `pages` pages on 97 sites, page `i` read once for 30 s, one a minute,
// as a history file holds it.
import { appActivityIdFor } from '../../src/activity/activity-id';
import type { PageMetadata } from '../../src/activity/page-metadata';
import type { HistoryEntry } from '../../src/history-file/format';

function page(i: number): PageMetadata {
  const url = `https://site${String(i % 97)}.example/articles/${String(i)}`;
  return {
    url,
    // As the content script and the worker's gate compute it (a raw URL id would need %2F).
    appActivityId: appActivityIdFor(url),
    title: `Article ${String(i)}`,
    siteName: `Site ${String(i % 97)}`,
    type: 'NewsArticle',
    description: `DESCRIPTION of article ${String(i)}`,
    image: `${url}/lead.jpg`,
    authors: [{ kind: 'Person', name: `Author ${String(i % 13)}` }],
    keywords: [],
  };
}

/** The history: page `i` read for 30 s at `start` + i minutes, as a history file holds it. */
export function history(start: number, pages: number): HistoryEntry[] {
  return Array.from({ length: pages }, (_, i) => {
    const at = start + i * 60_000;
    const metadata = page(i);
    const { appActivityId } = metadata;
    const item = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      appActivityId,
      startedAt: at,
      lastActiveAt: at + 30_000,
      activeMs: 30_000,
      userTimezone: 'UTC',
      ended: true,
    };
    return {
      record: { appActivityId, metadata, firstSeenAt: at, lastActiveAt: at + 30_000 },
      historyItems: [item],
    };
  });
}
