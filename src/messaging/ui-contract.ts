// The messages the extension's own pages send (contract.ts puts them with the pages' in one map).
import type { AccountStatus, SignInGrant } from '../auth/grant';
import type { Settings } from '../settings/settings';
import type { DeletionScope } from '../deletion/deletion-scope';
import type { HistoryEntry } from '../history-file/format';
import type { MergeCounts } from '../history-file/merge-plan';
import type { DeletionCount } from '../store/deletion-store';
import type { EngagementRow, PageRow } from '../store/page-rows';
import type { CountQuery, EngagementCount } from '../store/engagement-count';
import type { SiteTotal } from '../store/history-store';
import type {
  ActivityListItem,
  OrganisationOverview,
  PageRecording,
  ParkedEntry,
  ScheduledDeletion,
  Status,
  SyncOverview,
} from './ui-shapes';

/** Sent by the extension's own pages (popup, options). */
export interface UiContract {
  /**
   * The popup's list: the most recent pages, or the best matches of `query` (search over title,
   * site, authors, description, keywords and URL), as slim rows. `total` counts the matches
   * found; `more`: older pages may match too (search stops once it has enough).
   */
  'list-pages': {
    request: {
      query?: string;
      limit?: number;
      /**
       * false: answer at once from what is stored and banked, without first asking the page being
       * read for input it has not said yet (up to EVIDENCE_WAIT_MS: the popup's first screen).
       * Default true.
       */
      collectEvidence?: boolean;
    };
    /**
     * `pendingEvidence`: a page is being read and its unsaid input was not asked for (the request
     * said `collectEvidence: false`), so its row's time may be a few seconds behind: ask again.
     */
    response: { rows: PageRow[]; total: number; more: boolean; pendingEvidence: boolean };
  };
  /** One page in full, for its Timeline card preview; null once deleted. */
  'get-activity': { request: { appActivityId: string }; response: ActivityListItem | null };
  /**
   * History page: engagements newest first; `next` is the `before` of the next batch.
   * `collectEvidence` and `pendingEvidence` as for 'list-pages' (the day list's first screen).
   */
  'list-engagements': {
    request: {
      before?: number;
      from?: number;
      limit?: number;
      site?: string;
      collectEvidence?: boolean;
    };
    response: { rows: EngagementRow[]; next: number | null; pendingEvidence: boolean };
  };
  /**
   * History page: how many engagements started in [from, before) (epoch ms), of pages under the
   * site label `site` when set (the Site filter), and on how many local days besides the one
   * `before` falls in: the day list's rows not loaded yet and their day headings, for
   * `aria-setsize` (store/engagement-count.ts `countEngagements`). What a deletion waiting out
   * its undo window removes is left out, as the list leaves it out.
   */
  'count-engagements': {
    request: CountQuery;
    response: EngagementCount;
  };
  /** Engaged ms and engagement count per [start, end) epoch-ms range (the page's days). */
  'engagement-totals': {
    request: { ranges: [number, number][] };
    response: { activeMs: number; count: number }[];
  };
  /** Charts and per-site view: engaged ms per bin (given by ascending starts) and per site. */
  'history-stats': {
    request: { from: number; to: number; binStarts: number[] };
    response: { bins: number[]; sites: SiteTotal[] };
  };
  /** "Continue reading": unfinished pages with a position, most recently read first. */
  'list-unfinished': { request: { limit?: number }; response: PageRow[] };
  /**
   * Brings a recorded page up: switches to a tab already showing it (as the tracker knows it, so
   * no "tabs" permission is needed), else opens it in a new tab. `resume` (Continue reading):
   * also at its reading position, scrolling the tab there or opening it with a text fragment.
   * `how` says which; 'missing': the page is no longer recorded and nothing was opened.
   */
  'open-page': {
    request: { appActivityId: string; resume: boolean };
    response: { how: 'switched' | 'opened' | 'missing' };
  };
  'get-status': { request: Record<string, never>; response: Status };
  /** Whether the page in front is recorded, and why not (the popup's line about it). */
  /** `ownTab`: the asking popup's tab, when it is open as a tab of its own (tabs.getCurrent). */
  'page-recording': { request: { ownTab?: number }; response: PageRecording };
  /** `until` (ms since the epoch) ends the pause by itself; absent or null: until resumed. */
  'set-paused': { request: { paused: boolean; until?: number | null }; response: Status };
  /** What a deletion would remove (pages, engagements, pages in Graph), deleting nothing. */
  'count-deletion': { request: { scope: DeletionScope }; response: DeletionCount };
  /**
   * Hides what the scope covers at once and deletes it (here, and in Graph with `alsoTimeline`)
   * once the undo window has passed, unless cancelled.
   */
  'schedule-deletion': {
    request: { scope: DeletionScope; alsoTimeline: boolean };
    response: ScheduledDeletion;
  };
  /** Undo: nothing of the deletion has been applied or sent. False when it was already applied. */
  'cancel-deletion': { request: { deletionId: string }; response: { cancelled: boolean } };
  /** Retention: how many pages were last read more than `retentionDays` days ago. */
  'count-retention': { request: { retentionDays: number }; response: { pages: number } };
  /**
   * Export: up to `limit` pages with their engagements, by id after `after`; `next` is the
   * `after` of the next batch, null at the end (src/history-file/history-store-io.ts).
   */
  'export-history': {
    request: { after?: string; limit?: number };
    response: { entries: HistoryEntry[]; next: string | null };
  };
  /**
   * Import: one batch of a history file's `activities` (file shape, `version` of the file), which
   * the worker validates with the file's own reader before merging it by id.
   */
  'import-history': {
    request: { version: number; activities: unknown[] };
    response: MergeCounts;
  };
  /** Queue every page Graph holds for a new PUT with what the settings now publish. */
  republish: { request: Record<string, never>; response: { queued: number } };
  /** Writes Graph refused for good: the page, the reason in plain words (sync/parked-writes.ts). */
  'list-parked': { request: Record<string, never>; response: ParkedEntry[] };
  /** "Retry": one parked write (`key` from 'list-parked') or all of them go on the next pass. */
  'retry-parked': { request: { key?: string }; response: { released: number } };
  /** "Don't publish": the refused page stays on this device only (a refused delete is dropped). */
  'dont-publish': { request: { key: string }; response: { done: boolean } };
  'get-settings': { request: Record<string, never>; response: Settings };
  /**
   * This device's node's last four hex digits, upper case ("3FA2"), for its default name on the
   * options page (devices/device-id.ts); '' before the worker has created its identity.
   */
  'get-device-suffix': { request: Record<string, never>; response: { suffix: string } };
  'sync-now': { request: Record<string, never>; response: SyncOverview };
  'update-settings': { request: { patch: Partial<Settings> }; response: Settings };
  /** Sign-in (src/background/auth-handlers.ts). Never answers with a token. */
  'get-account': { request: Record<string, never>; response: AccountStatus };
  /** The options page hands over what its interactive sign-in produced. */
  'complete-sign-in': { request: { grant: SignInGrant }; response: AccountStatus };
  'sign-out': { request: { deleteHistory: boolean }; response: { deletedHistory: boolean } };
  /**
   * The organisation relay as the options page shows it: config in effect, the fields a policy
   * set, the sites reported and the outbox (src/organisation/). Never carries a token.
   */
  'organisation-overview': { request: Record<string, never>; response: OrganisationOverview };
}
