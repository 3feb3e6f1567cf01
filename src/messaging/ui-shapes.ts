// What the worker answers the extension's own pages with, beyond the store's rows (page-rows.ts):
// the status line, sync, the organisation relay, refused writes. Part of the message contract
// (contract.ts re-exports every name), kept apart so the contract file lists messages only.
import type { PageMetadata } from '../activity/page-metadata';
import type { DeletionCount } from '../store/deletion-store';
import type { HistoryItemRecord, RelaySiteRule, RelayStatus, SyncStatus } from '../store/schema';

/** A page with its engagements, as the card preview and `get-activity` give it. */
export interface ActivityListItem {
  /** Graph's appActivityId: the SHA-256 of the page's canonical URL, base64url. */
  appActivityId: string;
  metadata: PageMetadata;
  /** When the page was last read (ms since the epoch). */
  lastActiveAt: number;
  /** Including the engagement under way. */
  activeMs: number;
  /** Its engagements (Graph history items), as stored. */
  historyItems: HistoryItemRecord[];
}

/** Sync as the user sees it: state, last success, what waits and what Graph refused. */
export interface SyncOverview extends SyncStatus {
  pending: number;
  parked: number;
}

/** What the popup and options show at a glance (`get-status`): recording, storage, sync. */
export interface Status {
  /** Whether recording is paused (timed or until resumed). */
  paused: boolean;
  /** When a timed pause ends (ms since the epoch); null while paused until resumed. */
  pausedUntil: number | null;
  /** A write the browser refused for lack of space (QuotaExceededError): shown, never swallowed. */
  storageError: StorageProblem | null;
  recordedPages: number;
  sync: SyncOverview;
}

/**
 * Whether the page in front (the active tab of the last focused normal window) is recorded, and
 * why not (`page-recording`; background/may-read.ts `recordingVerdict` decides). `site`: the
 * page's site (activity/site.ts), its display name and the excluded-sites entry "Don't record"
 * adds; `entries` (excluded): the excluded-sites entries covering the page, which "Record" removes.
 * `not-web`: no web page, `page` saying what it is instead (none: no page in front at all, or
 * nothing to say). `lastTab`: the popup is open as a tab of its own (so it is the page in front):
 * the answer is for the tab of that window the reader was on before it; no page when that tab is
 * no web page (the popup then shows no line rather than one about a page out of sight).
 */
export type PageRecording =
  | { kind: 'recorded' | 'paused' | 'never-recorded'; site: string; lastTab?: true }
  | { kind: 'excluded'; site: string; entries: string[]; lastTab?: true }
  | { kind: 'not-web'; page?: NotWebPage };

/**
 * What the page in front is when it is no web page (background/page-recording.ts `notWebPage`):
 * `browser`, one the browser keeps from extensions (its address withheld from the worker, or a
 * `chrome:`, `edge:`, `about:` or `view-source:` page); `extension`, an extension's own page;
 * `file`, a file on this computer; `private`, any page in a private (incognito) window; `other`,
 * any other address (`data:`, `blob:`).
 */
export type NotWebPage = 'browser' | 'extension' | 'file' | 'private' | 'other';

/** The organisation relay as the options page shows it (src/organisation/organisation-hook.ts). */
export interface OrganisationOverview {
  /** The config in effect: a policy's values where it sets them, else the user's. */
  config: { relayUrl: string; relayScope: string };
  /** The fields a policy (storage.managed) set: shown read-only. */
  managed: ('relayUrl' | 'relayScope')[];
  /** The sites the relay asked for, as it published them; empty until fetched. */
  rules: RelaySiteRule[];
  rulesFetchedAt: number | null;
  status: RelayStatus & { queued: number };
}

/** The last time the browser refused to store what was read, and what it said. */
export interface StorageProblem {
  at: number;
  message: string;
}

/** A deletion waiting out its undo window: nothing is deleted or sent before `notBefore`. */
export interface ScheduledDeletion extends DeletionCount {
  deletionId: string;
  notBefore: number;
}

/**
 * `ParkedEntry.code` of a page the sync engine never sent because its stored URL or title no longer
 * passes the worker's gate (sync/sync-planner.ts): not one of Graph's codes.
 */
export const UNSAFE_METADATA = 'unsafeMetadata';

/** One write Graph refused for good, as the popup and history page list it. */
export interface ParkedEntry {
  /** `activity:<appActivityId>` for a page's publish, or the tombstone key for a delete. */
  key: string;
  kind: 'publish' | 'delete';
  appActivityId: string;
  /** The page's title and URL ('' for a delete whose page details are gone). */
  title: string;
  url: string;
  /** The site's own name (og:site_name) when the page gave one: the label the lists show. */
  siteName?: string;
  /** Graph's error code, or `UNSAFE_METADATA` (the page says it in words: ui/parked-writes.ts). */
  code: string;
  /** HTTP status of the refusal, when Graph answered with one. */
  status?: number;
  /** When Graph last refused it (ms since the epoch). */
  at: number;
  /** Refusals in a row. */
  refusals: number;
}
