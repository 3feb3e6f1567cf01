import { nameEngagementDevices, namePageDevices, type DeviceWords } from '../devices/device-labels';
import { wordDeviceName } from '../devices/device-name-words';
import { t } from '../i18n/i18n';
import type { RequestOf, ResponseOf } from '../messaging/contract';
import { countEngagements } from '../store/engagement-count';
import { historyStats, listEngagements } from '../store/history-store';
import type { PageRow } from '../store/page-rows';
import { searchPages } from '../store/search-store';
import { sumShown } from '../tracking/shown-rounding';
import type { ShownItem } from '../tracking/shown-time';
import type { BackgroundContext } from './context';
import { collectPendingEvidence } from './pending-evidence';
import { keptEngagements, withoutRemovedEngagements } from './pending-removals';
import { shownTimes, withShownTime } from './shown-floors';

/** The popup's and the history page's reads (deleting goes through 'schedule-deletion'). */
export type HistoryMessage =
  | 'list-pages'
  | 'get-activity'
  | 'list-engagements'
  | 'count-engagements'
  | 'engagement-totals'
  | 'history-stats';

type Handlers = {
  [K in HistoryMessage]: (
    context: BackgroundContext,
    payload: RequestOf<K>,
  ) => Promise<ResponseOf<K>>;
};

const deviceWords = (): DeviceWords => ({
  thisDevice: t('devices_this'),
  unknown: t('devices_unknown'),
  defaultName: (name) => wordDeviceName(name),
});

/** Rows the popup shows by default: a screenful and some. */
const POPUP_ROWS = 30;
/** History page batch when the page does not say. */
const HISTORY_BATCH = 200;

/** Answers the history page and the popup's lists: pages, one page, engagements, totals, stats. */
export const historyHandlers: Handlers = {
  async 'list-pages'(context, { query = '', limit = POPUP_ROWS, collectEvidence = true }) {
    // Before the rows are read: what the page says now is then in the store or the tracker.
    if (collectEvidence) await collectPendingEvidence(context);
    const pendingEvidence = !collectEvidence && context.tracker.current.interval !== null;
    const result = await searchPages(context.db, query, { limit });
    const rows = await withoutHidden(context, result.rows);
    return {
      total: result.total - (result.rows.length - rows.length),
      more: result.more,
      pendingEvidence,
      rows: await namePageDevices(context.db, await withLiveTime(context, rows), deviceWords()),
    };
  },

  async 'get-activity'(context, { appActivityId }) {
    const record = await context.db.get('activities', appActivityId);
    if (record?.lastActiveAt === undefined) return null;
    // listRecentActivities' shape, for one page: the card preview renders from it.
    const stored = await context.db.getAllFromIndex('historyItems', 'by-activity', appActivityId);
    const items = await shownRows(context, stored);
    items.sort((a, b) => b.startedAt - a.startedAt);
    return {
      appActivityId,
      metadata: record.metadata,
      lastActiveAt: record.lastActiveAt,
      activeMs: items.reduce((sum, item) => sum + item.activeMs, 0),
      historyItems: items,
    };
  },

  async 'list-engagements'(context, { limit = HISTORY_BATCH, collectEvidence = true, ...query }) {
    // As 'list-pages': the engagement under way is saved with each piece of evidence it banks.
    if (collectEvidence) await collectPendingEvidence(context);
    const pendingEvidence = !collectEvidence && context.tracker.current.interval !== null;
    const batch = await listEngagements(context.db, { limit, ...query });
    const rows = await withoutRemovedEngagements(context, batch.rows);
    return {
      ...batch,
      pendingEvidence,
      rows: await nameEngagementDevices(context.db, await shownRows(context, rows), deviceWords()),
    };
  },

  async 'count-engagements'(context, query) {
    // The day list leaves out what a deletion in its undo window removes (pending-removals.ts),
    // the store still holds it: counted as the list shows it, so the size is right at once.
    return countEngagements(context.db, query, await context.deletions.scopes());
  },

  async 'engagement-totals'(context, { ranges }) {
    // A day's total is the sum of its rows as the list shows them: each at its shown time
    // (shown-floors.ts: banked time not saved yet, a floor above a take-back), rounded as its row
    // is (shown-rounding.ts), so the heading adds up with the rows under it. A deletion in its
    // undo window: its engagements are off the list already, and off the totals.
    const kept = await keptEngagements(context, ranges);
    const times = await shownTimes(context);
    const totals = kept.map((items) => ({
      activeMs: sumShown(items.map((item) => times.of(item))),
      count: items.length,
    }));
    await times.save();
    return totals;
  },

  'history-stats': (context, request) => historyStats(context.db, request),
};

/**
 * Drops the rows of pages a deletion in its undo window will remove (control's deletion runner):
 * the lists hide them at once. Costs nothing while no deletion is pending.
 */
export async function withoutHidden<T extends { appActivityId: string }>(
  context: BackgroundContext,
  rows: T[],
): Promise<T[]> {
  const effects = await context.deletions.effects();
  if (!effects) return rows;
  const ids = [...new Set(rows.map((row) => row.appActivityId))];
  const hidden = new Set<string>();
  await Promise.all(
    ids.map(async (id) => {
      const [record, items] = await Promise.all([
        context.db.get('activities', id),
        context.db.getAllFromIndex('historyItems', 'by-activity', id),
      ]);
      if (!record || effects(record, items) === 'hidden') hidden.add(id);
    }),
  );
  return rows.filter((row) => !hidden.has(row.appActivityId));
}

/**
 * Adds what the tracker has banked for the engagement under way beyond what the store holds, and
 * what lists showed before beyond it (shown-floors.ts: a figure shown never decreases). For every
 * list of pages ('list-pages', 'list-unfinished'), so a page shows one time wherever it is listed.
 */
export async function withLiveTime(
  context: BackgroundContext,
  rows: PageRow[],
): Promise<PageRow[]> {
  const times = await shownTimes(context);
  const stored = (id: string) => context.db.get('historyItems', id);
  const shown = await Promise.all(
    rows.map(async (row) => {
      const extra = await times.pageExtra(row.appActivityId, stored);
      return extra === 0 ? row : { ...row, activeMs: row.activeMs + extra };
    }),
  );
  await times.save();
  return shown;
}

/** History items (or rows of one) at what lists show of them (shown-floors.ts). */
async function shownRows<T extends ShownItem>(context: BackgroundContext, rows: T[]): Promise<T[]> {
  const times = await shownTimes(context);
  const shown = withShownTime(times, rows);
  await times.save();
  return shown;
}
