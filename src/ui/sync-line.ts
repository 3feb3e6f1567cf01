import type { SyncOverview } from '../messaging/contract';
import { t, tCount } from '../i18n/i18n';
import { formatAgo, formatWhen } from './format';

/** The sync line (popup footer, options account card): its words, its button's action and whether it warns. */
export interface SyncLine {
  text: string;
  /** What the button next to it does. */
  action: 'sync' | 'sign-in';
  /** Something needs the user's attention. */
  warn: boolean;
}

/** The plain reasons a waiting sync can give (catalog keys). */
export type WaitReasonKey =
  | 'sync_waiting_offline'
  | 'sync_waiting_sign_in'
  | 'sync_waiting_slow'
  | 'sync_waiting_throttled'
  | 'sync_waiting_unavailable';

// Graph's body codes, and `http-<status>` for an answer without a Graph body (a gateway's;
// src/graph/graph-error.ts graphErrorFrom).
const THROTTLED = /toomanyrequests|throttl|activitylimitreached|^http-429$/;
const SLOW = /^(timeout|gatewaytimeout|http-504|http-408)$/;
// `invalidResponse`: a success whose body was no Graph answer (a captive portal, src/graph/).
const UNAVAILABLE =
  /servicenotavailable|serviceunavailable|generalexception|internalserver|badgateway|^http-50[0-3]$|^invalidresponse$/;

/**
 * Why sync waits, in words, for the error codes a wait comes with: the sync's own `network` and
 * `timeout` (src/sync/retry-policy.ts), the sign-in's `tokenUnavailable`, and Graph's codes for throttling (429) and a service that is
 * down (5xx; https://learn.microsoft.com/graph/errors). Null for any other code, shown as it is.
 */
export function waitReasonKey(code: string): WaitReasonKey | null {
  const lower = code.toLowerCase();
  if (lower === 'network') return 'sync_waiting_offline';
  // The sign-in could not be renewed: its provider did not answer (src/auth/token-renewal.ts).
  if (lower === 'tokenunavailable') return 'sync_waiting_sign_in';
  if (SLOW.test(lower)) return 'sync_waiting_slow';
  if (THROTTLED.test(lower)) return 'sync_waiting_throttled';
  if (UNAVAILABLE.test(lower)) return 'sync_waiting_unavailable';
  return null;
}

// Graph's answers that deny access (403: its body's code, or `http-403` without one).
const ACCESS_DENIED = /^(accessdenied|forbidden|authorization_requestdenied|http-403)$/;

/**
 * A refused account in words for Graph's access-denied codes; any other code (a 401 on a fresh
 * token, src/sync/retry-policy.ts refusesAccount) is rare and shown as it is, for support.
 */
function accountRefusedText(code: string | undefined): string {
  return code === undefined || ACCESS_DENIED.test(code.toLowerCase())
    ? t('sync_account_refused')
    : t('sync_account_refused_code', code);
}

/**
 * Whether sync was never used in this browser: signed out, and no pass ever found Graph up to date
 * or had a write refused. The history page leaves its sync line out then: nothing of the user's is
 * in their Timeline, and nothing is on its way there (a signed-out browser sends nothing, however
 * many pages wait). Signed out after syncing, the line stays ("Not signed in…", Sign in): the
 * Timeline still holds what was published.
 */
export function syncNeverUsed(sync: SyncOverview): boolean {
  return sync.state === 'signed-out' && sync.lastSuccessAt === undefined && sync.parked === 0;
}

/** How the line is asked for: `afterSyncNow` words the answer to a "Sync now" just pressed. */
export interface SyncLineOptions {
  afterSyncNow?: boolean;
}

/**
 * The clock time of the next batch ("15:05"), with the weekday when it is not today (the daily
 * budget): a time of day reads as a plan, where "in 4 minutes" goes stale on screen.
 */
function clockTime(at: number, now: number, locale?: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const time = new Date(at).toLocaleTimeString(locale, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: 'numeric',
    minute: '2-digit',
  });
  // One unit on screen: "3:47 PM" never wraps between "3:47" and "PM".
  return time.replace(/\s/g, '\u00a0');
}

/**
 * One line telling the user where their Timeline stands, in the catalog's language (`locale` is
 * the catalog's tag, for the relative times). What still waits leads, and the last sync follows it
 * as a past fact ("2 waiting to sync · last synced just now"): "Synced this minute · 2 not sent yet"
 * read as a contradiction, or a failure. Shared by the popup and the options page's account card.
 */
export function describeSync(
  sync: SyncOverview,
  now: number,
  locale?: string,
  options: SyncLineOptions = {},
): SyncLine {
  const number = new Intl.NumberFormat(locale);
  const extras = [
    sync.pending > 0 ? tCount('sync_pending', sync.pending) : '',
    sync.parked > 0 ? t('sync_parked', number.format(sync.parked)) : '',
  ].filter(Boolean);
  const line = (head: string): string => [head, ...extras].join(' · ');
  switch (sync.state) {
    case 'signed-out':
      return { text: t('sync_signed_out'), action: 'sign-in', warn: false };
    case 'sign-in-required':
      return { text: line(t('sync_sign_in_again')), action: 'sign-in', warn: true };
    case 'account-refused':
      // "Sync now" is the user's "try again": one pass, never a loop.
      return {
        text: accountRefusedText(sync.lastError?.code),
        action: 'sync',
        warn: true,
      };
    case 'waiting': {
      // Healthy, only paced: the write budget is spent until its next slot (never a warning).
      if (sync.nextSlotAt !== undefined) {
        const key = options.afterSyncNow ? 'sync_waiting_budget_asked' : 'sync_waiting_budget';
        return {
          text: line(t(key, clockTime(sync.nextSlotAt, now, locale))),
          action: 'sync',
          warn: false,
        };
      }
      const until = Math.max(sync.retryAfterUntil ?? 0, sync.backoffUntil ?? 0);
      const code = sync.lastError?.code;
      const reason = code === undefined ? null : waitReasonKey(code);
      const head =
        code === undefined
          ? t('sync_waiting')
          : reason === null
            ? t('sync_waiting_for', code)
            : t(reason);
      // A wait just over (a 2 s backoff after a 503) is retried by the alarm about now: "next try
      // this minute", never a failure with no time.
      const next =
        until > 0 ? [t('sync_next_try', formatWhen(Math.max(until, now), now, locale))] : [];
      return {
        text: [head, ...next, ...extras].join(' · '),
        action: 'sync',
        warn: sync.attempt > 2,
      };
    }
    case 'idle':
    case 'syncing':
    case 'error': {
      const warn = sync.parked > 0;
      const last = sync.lastSuccessAt;
      if (extras.length === 0) {
        const text =
          last === undefined ? t('sync_never') : t('sync_last', formatAgo(last, now, locale));
        return { text, action: 'sync', warn };
      }
      // Never synced: what waits says it all.
      const tail = last === undefined ? [] : [t('sync_last_after', formatAgo(last, now, locale))];
      return { text: [...extras, ...tail].join(' · '), action: 'sync', warn };
    }
  }
}
