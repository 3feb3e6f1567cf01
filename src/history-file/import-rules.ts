/**
 * This browser's rules, as they apply to an imported history file. An import is data from outside
 * like a pull from other devices (devices/merge.ts), so it obeys the same rules as the device's
 * own reading: no page the never-record rules refuse (a token in its path, a sign-in page: a file
 * an older version wrote may hold them), nothing of an excluded site is kept (or published), and a
 * read page older than the
 * retention period is not kept (retention.ts would prune it, but only after publishing it, as an
 * import marks every read page it adds as changed). The privacy switches (description, image,
 * authors) are not applied here: they decide what is sent (activity/user-activity.ts), and the
 * device's own captures keep those fields locally too. A page with a time more than a day ahead
 * of this browser's clock is left out too: a device whose clock ran years ahead, or a made-up
 * file, would put it at the top of the history (and of the Timeline) for ever.
 */
import { isExcludedUrl } from '../settings/excluded-sites';
import type { Settings } from '../settings/settings';
import type { HistoryEntry } from './format';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What an import keeps. */
export interface ImportRules {
  /**
   * True for a page URL never recorded whatever the settings: the capture's own rule, given by the
   * worker (background/may-read.ts `isNeverRecordedUrl`), so the two cannot differ.
   */
  neverRecorded: (url: string) => boolean;
  /** True for a page URL on a site the user excluded. */
  excluded: (url: string) => boolean;
  /** Read pages last active before this (ms since the epoch) are not kept; null keeps all. */
  keepSince: number | null;
  /** Pages with any time after this (ms since the epoch) are not kept. */
  notAfter: number;
}

/**
 * The import rules from the user's settings at `now` (epoch ms), with `neverRecorded` (the
 * capture's never-record rule) as it is.
 */
export function importRulesFrom(
  settings: Pick<Settings, 'excludedSites' | 'retentionDays'>,
  now: number,
  neverRecorded: (url: string) => boolean,
): ImportRules {
  return {
    neverRecorded,
    excluded: (url) => isExcludedUrl(url, settings.excludedSites),
    keepSince: settings.retentionDays > 0 ? now - settings.retentionDays * DAY_MS : null,
    // A day of grace: another device's clock a few hours off is not a reason to lose its reading.
    notAfter: now + DAY_MS,
  };
}

/** The entries an import keeps, and how many pages each rule left out. */
export interface RuledEntries {
  entries: HistoryEntry[];
  /** Pages the never-record rules refuse (`ImportRules.neverRecorded`). */
  neverRecordedPages: number;
  /** Pages of an excluded site. */
  excludedPages: number;
  /** Read pages last active before the retention period. */
  expiredPages: number;
  /** Pages with a time after `ImportRules.notAfter`. */
  futurePages: number;
}

/** The latest time an entry holds (ms since the epoch). */
function latestTime({ record, historyItems }: HistoryEntry): number {
  let latest = Math.max(record.firstSeenAt, record.lastActiveAt ?? -Infinity);
  for (const item of historyItems) latest = Math.max(latest, item.startedAt, item.lastActiveAt);
  return latest;
}

/** Applies `rules` to parsed entries (parse.ts), page by page. Pure. */
export function applyImportRules(
  entries: readonly HistoryEntry[],
  rules: ImportRules,
): RuledEntries {
  const ruled: RuledEntries = {
    entries: [],
    neverRecordedPages: 0,
    excludedPages: 0,
    expiredPages: 0,
    futurePages: 0,
  };
  for (const entry of entries) {
    const { metadata, lastActiveAt } = entry.record;
    // Asked first: whatever the settings, such a page is never kept (nor published).
    if (rules.neverRecorded(metadata.url)) ruled.neverRecordedPages++;
    else if (rules.excluded(metadata.url)) ruled.excludedPages++;
    else if (latestTime(entry) > rules.notAfter) ruled.futurePages++;
    // The same test as pruneHistory (store/activities-store.ts): a read page by its last activity.
    else if (
      rules.keepSince !== null &&
      lastActiveAt !== undefined &&
      lastActiveAt < rules.keepSince
    )
      ruled.expiredPages++;
    else ruled.entries.push(entry);
  }
  return ruled;
}
