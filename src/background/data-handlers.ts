import { loadAuthConfig } from '../auth/config-store';
import { nodeOfGuid } from '../devices/device-id';
import { readHistoryBatch, importHistoryEntries } from '../history-file/history-store-io';
import { applyImportRules, importRulesFrom } from '../history-file/import-rules';
import { parseHistoryActivities } from '../history-file/parse';
import type { BackgroundContext } from './context';
import type { HandlerMap } from './handler-map';
import { isNeverRecordedUrl } from './may-read';

/** Pages per export batch when the page does not say. */
const EXPORT_BATCH = 500;

/** Export and import of the history file (options page, "Your reading history"). */
export const dataHandlers: HandlerMap<'export-history' | 'import-history', BackgroundContext> = {
  'export-history': (context, { after, limit }) =>
    readHistoryBatch(context.db, after, limit ?? EXPORT_BATCH),

  async 'import-history'(context, { version, activities }) {
    // The options page validated the whole file already; an extension page is not trusted either.
    const parsed = parseHistoryActivities(activities, version);
    if (!parsed.ok) throw parsed.error;
    // The capture's never-record rule, and this browser's excluded sites and retention, apply to
    // imported pages as to its own: a file an older version wrote may hold a reset link.
    const auth = await loadAuthConfig(context.storage);
    const { entries, neverRecordedPages, excludedPages, expiredPages, futurePages } =
      applyImportRules(
        parsed.entries,
        importRulesFrom(context.settings(), Date.now(), (url) => isNeverRecordedUrl(url, auth)),
      );
    const counts = {
      ...(await importHistoryEntries(context.db, entries, nodeOfGuid)),
      neverRecordedPages,
      excludedPages,
      expiredPages,
      futurePages,
    };
    // Imported pages are published under the current sign-in on the next pass.
    if (
      counts.newPages + counts.updatedPages + counts.newEngagements + counts.updatedEngagements >
      0
    ) {
      void context.sync.run().catch(() => undefined);
    }
    return counts;
  },
};
