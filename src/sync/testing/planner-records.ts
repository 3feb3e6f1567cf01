// The sync planner's test fixture: a clock, plan options with a readable body hash, and
// activities with their history items.
import type { ActivityRecord, HistoryItemRecord } from '../../store/schema';
import type { PlanOptions } from '../sync-planner';
import type { PendingActivity } from '../sync-writes';

/** The planner's now (ms). */
export const NOW = 10_000_000;
export const options: PlanOptions = {
  now: NOW,
  settleMs: 60_000,
  force: false,
  buildBody: (m) => ({ appActivityId: m.appActivityId, visualElements: { displayText: m.title } }),
  hash: (text) => String(text.length) + text.slice(-20),
};
export const bodyHashOf = (title: string, id: string) =>
  options.hash(JSON.stringify(options.buildBody({ ...metadata(id), title })));

export function metadata(id: string) {
  return {
    url: `https://s.test/${id}`,
    appActivityId: id,
    title: `T ${id}`,
    type: 'WebPage',
    authors: [],
    keywords: [],
  };
}

export function item(
  id: string,
  lastActiveAt: number,
  extra: Partial<HistoryItemRecord> = {},
): HistoryItemRecord {
  return {
    id,
    appActivityId: 'a',
    startedAt: lastActiveAt - 30_000,
    lastActiveAt,
    activeMs: 30_000,
    userTimezone: 'Europe/Paris',
    ended: false,
    ...extra,
  };
}

export function activity(
  id: string,
  items: HistoryItemRecord[],
  sync?: ActivityRecord['sync'],
): PendingActivity {
  return {
    record: {
      appActivityId: id,
      metadata: metadata(id),
      firstSeenAt: 0,
      lastActiveAt: NOW,
      unsyncedChanges: 1,
      ...(sync ? { sync } : {}),
    },
    items,
  };
}

/** A time whose engagements have settled by NOW. */
export const settled = NOW - 120_000;
