import { readHistoryBatch, importHistoryEntries } from '../history-file/history-store-io';
import { parseHistoryActivities } from '../history-file/parse';
import type { BackgroundContext } from './context';
import type { HandlerMap } from './handler-map';

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
    const counts = await importHistoryEntries(context.db, parsed.entries);
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
