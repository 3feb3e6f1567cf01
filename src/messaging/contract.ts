import type { PageMetadata } from '../activity/page-metadata';
import { parseSignInGrant, type AccountStatus, type SignInGrant } from '../auth/grant';
import { sanitizePageMetadata } from '../activity/sanitize';
import type { Settings } from '../settings/settings';
import { parseDeletionScope, type DeletionScope } from '../deletion/deletion-scope';
import type { DeletionCount } from '../store/deletion-store';
import type { EngagementRow, PageRow } from '../store/page-rows';
import type { HistoryItemRecord, RelaySiteRule, RelayStatus, SyncStatus } from '../store/schema';
import type { SiteTotal } from '../store/history-store';
import { CHANNEL } from './channel';
import type { SerializedError } from './errors';

/**
 * Every message between contexts, declared once: name → request and response. Requests are
 * validated by `parseRequest` on receipt; anything that does not fit is refused, never trusted.
 */

/** Sent by the content script of an http(s) page (`frame-signal` also by any of its subframes). */
export interface ContentContract {
  'page-loaded': {
    request: {
      metadata: PageMetadata;
      visible: boolean;
      /** How long (ms) the page had been read when it reported (it reports once read). */
      attendedMs?: number;
      /** A document the page cannot observe (the PDF viewer): the tab's title names it. */
      viewer?: boolean;
    };
    response: { tracked: boolean; heartbeatMs: number; idleThresholdSec: number };
  };
  'page-signal': { request: { visible: boolean; mediaPlaying: boolean }; response: null };
  'page-left': { request: Record<string, never>; response: null };
  /** A subframe saw input, or its media started, stopped or still plays (presence.iife.ts). */
  'frame-signal': { request: { mediaPlaying: boolean }; response: null };
}

export interface ActivityListItem {
  appActivityId: string;
  metadata: PageMetadata;
  lastActiveAt: number;
  /** Including the engagement under way. */
  activeMs: number;
  historyItems: HistoryItemRecord[];
}

/** Sync as the user sees it: state, last success, what waits and what Graph refused. */
export interface SyncOverview extends SyncStatus {
  pending: number;
  parked: number;
}

export interface Status {
  paused: boolean;
  /** When a timed pause ends (ms since the epoch); null while paused until resumed. */
  pausedUntil: number | null;
  /** A write the browser refused for lack of space (QuotaExceededError): shown, never swallowed. */
  storageError: StorageProblem | null;
  recordedPages: number;
  sync: SyncOverview;
}

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

/** Sent by the extension's own pages (popup, options). */
export interface UiContract {
  'list-activities': {
    request: { query?: string; limit?: number };
    response: ActivityListItem[];
  };
  'delete-activity': { request: { appActivityId: string }; response: { deleted: boolean } };
  /**
   * The popup's list: the most recent pages, or the best matches of `query` (search over title,
   * site, authors, description, keywords and URL), as slim rows. `total` counts the matches.
   */
  'list-pages': {
    request: { query?: string; limit?: number };
    response: { rows: PageRow[]; total: number };
  };
  /** One page in full, for its Timeline card preview; null once deleted. */
  'get-activity': { request: { appActivityId: string }; response: ActivityListItem | null };
  /** History page: engagements newest first; `next` is the `before` of the next batch. */
  'list-engagements': {
    request: { before?: number; from?: number; limit?: number; site?: string };
    response: { rows: EngagementRow[]; next: number | null };
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
  /** Deletes each page through the same path as 'delete-activity'. */
  'delete-activities': { request: { appActivityIds: string[] }; response: { deleted: number } };
  'get-status': { request: Record<string, never>; response: Status };
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
  /** Queue every page Graph holds for a new PUT with what the settings now publish. */
  republish: { request: Record<string, never>; response: { queued: number } };
  'get-settings': { request: Record<string, never>; response: Settings };
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

export type Contract = ContentContract & UiContract;
export type MessageType = keyof Contract;
export type RequestOf<K extends MessageType> = Contract[K]['request'];
export type ResponseOf<K extends MessageType> = Contract[K]['response'];

export { CHANNEL } from './channel';

export interface Envelope<K extends MessageType = MessageType> {
  channel: typeof CHANNEL;
  type: K;
  payload: RequestOf<K>;
}

/** Errors cross the boundary as data (see errors.ts), so the caller can show them. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** A validated request of contract `C`: the union of `{ type, payload }` over its messages. */
export type RequestIn<C extends ContentContract | UiContract> = {
  [K in keyof C & MessageType]: { type: K; payload: RequestOf<K> };
}[keyof C & MessageType];

export type ParsedRequest = RequestIn<Contract>;
export type ContentRequest = RequestIn<ContentContract>;
export type UiRequest = RequestIn<UiContract>;

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_QUERY_LENGTH = 500;
const MAX_ID_LENGTH = 4096;
/** Most ranges, bins or ids one request may carry. */
const MAX_LIST_LENGTH = 5000;

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** A positive integer at most `max`, or undefined when absent; null when malformed. */
function optionalLimit(value: unknown, max: number): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return null;
  return Math.min(value, max);
}

const validators: { [K in MessageType]: (payload: Bag) => RequestOf<K> | null } = {
  'page-loaded': (p) => {
    const metadata = sanitizePageMetadata(p.metadata);
    if (!metadata || typeof p.visible !== 'boolean') return null;
    const request: RequestOf<'page-loaded'> = { metadata, visible: p.visible };
    if (p.attendedMs !== undefined) {
      if (typeof p.attendedMs !== 'number' || !Number.isFinite(p.attendedMs)) return null;
      request.attendedMs = Math.max(0, p.attendedMs);
    }
    if (p.viewer !== undefined) {
      if (typeof p.viewer !== 'boolean') return null;
      request.viewer = p.viewer;
    }
    return request;
  },
  'frame-signal': (p) =>
    typeof p.mediaPlaying === 'boolean' ? { mediaPlaying: p.mediaPlaying } : null,
  'page-signal': (p) =>
    typeof p.visible === 'boolean' && typeof p.mediaPlaying === 'boolean'
      ? { visible: p.visible, mediaPlaying: p.mediaPlaying }
      : null,
  'page-left': () => ({}),
  'list-activities': (p) => {
    const request: RequestOf<'list-activities'> = {};
    if (p.query !== undefined) {
      if (typeof p.query !== 'string') return null;
      request.query = p.query.slice(0, MAX_QUERY_LENGTH);
    }
    if (p.limit !== undefined) {
      if (typeof p.limit !== 'number' || !Number.isInteger(p.limit) || p.limit < 1) return null;
      request.limit = Math.min(p.limit, 10_000);
    }
    return request;
  },
  'delete-activity': (p) =>
    typeof p.appActivityId === 'string' && p.appActivityId.length <= MAX_ID_LENGTH
      ? { appActivityId: p.appActivityId }
      : null,
  'list-pages': (p) => {
    const request: RequestOf<'list-pages'> = {};
    if (p.query !== undefined) {
      if (typeof p.query !== 'string') return null;
      request.query = p.query.slice(0, MAX_QUERY_LENGTH);
    }
    const limit = optionalLimit(p.limit, 200);
    if (limit === null) return null;
    if (limit !== undefined) request.limit = limit;
    return request;
  },
  'get-activity': (p) => (isId(p.appActivityId) ? { appActivityId: p.appActivityId } : null),
  'list-engagements': (p) => {
    const request: RequestOf<'list-engagements'> = {};
    const limit = optionalLimit(p.limit, 1000);
    if (limit === null) return null;
    if (limit !== undefined) request.limit = limit;
    for (const key of ['before', 'from'] as const) {
      const value = p[key];
      if (value === undefined) continue;
      if (!isTime(value)) return null;
      request[key] = value;
    }
    if (p.site !== undefined) {
      if (typeof p.site !== 'string' || p.site.length > MAX_QUERY_LENGTH) return null;
      request.site = p.site;
    }
    return request;
  },
  'engagement-totals': (p) => {
    const { ranges } = p;
    if (!Array.isArray(ranges) || ranges.length > MAX_LIST_LENGTH) return null;
    const valid = ranges.every(
      (r): r is [number, number] =>
        Array.isArray(r) && r.length === 2 && isTime(r[0]) && isTime(r[1]) && r[0] <= r[1],
    );
    return valid ? { ranges: ranges.map(([a, b]: [number, number]) => [a, b]) } : null;
  },
  'history-stats': (p) => {
    const { from, to, binStarts } = p;
    if (!isTime(from) || !isTime(to) || from > to) return null;
    if (!Array.isArray(binStarts) || binStarts.length > MAX_LIST_LENGTH) return null;
    const ascending = binStarts.every(
      (start, i) => isTime(start) && (i === 0 || start > (binStarts[i - 1] as number)),
    );
    return ascending ? { from, to, binStarts: binStarts as number[] } : null;
  },
  'delete-activities': (p) => {
    const ids = p.appActivityIds;
    if (!Array.isArray(ids) || ids.length > MAX_LIST_LENGTH || !ids.every(isId)) return null;
    return { appActivityIds: [...new Set(ids)] };
  },
  'get-status': () => ({}),
  'organisation-overview': () => ({}),
  'set-paused': (p) => {
    if (typeof p.paused !== 'boolean') return null;
    if (p.until === undefined || p.until === null) return { paused: p.paused, until: null };
    return typeof p.until === 'number' && Number.isFinite(p.until) && p.until > 0
      ? { paused: p.paused, until: p.until }
      : null;
  },
  'count-deletion': (p) => {
    const scope = parseDeletionScope(p.scope);
    return scope ? { scope } : null;
  },
  'schedule-deletion': (p) => {
    const scope = parseDeletionScope(p.scope);
    return scope && typeof p.alsoTimeline === 'boolean'
      ? { scope, alsoTimeline: p.alsoTimeline }
      : null;
  },
  'cancel-deletion': (p) =>
    typeof p.deletionId === 'string' && p.deletionId.length <= 100
      ? { deletionId: p.deletionId }
      : null,
  'count-retention': (p) =>
    typeof p.retentionDays === 'number' && Number.isInteger(p.retentionDays) && p.retentionDays > 0
      ? { retentionDays: p.retentionDays }
      : null,
  republish: () => ({}),
  'get-settings': () => ({}),
  'sync-now': () => ({}),
  // Values are clamped by parseSettings; here only the shape is checked.
  'update-settings': (p) => (isBag(p.patch) ? { patch: p.patch } : null),
  'get-account': () => ({}),
  'complete-sign-in': (p) => {
    const grant = parseSignInGrant(p.grant);
    return grant ? { grant } : null;
  },
  'sign-out': (p) =>
    typeof p.deleteHistory === 'boolean' ? { deleteHistory: p.deleteHistory } : null,
};

const CONTENT_TYPES: readonly (keyof ContentContract)[] = [
  'page-loaded',
  'page-signal',
  'page-left',
  'frame-signal',
];

export function isContentMessageType(type: MessageType): type is keyof ContentContract {
  return (CONTENT_TYPES as readonly string[]).includes(type);
}

/** Returns the validated request, or null for anything that is not one of our messages. */
export function parseRequest(raw: unknown): ParsedRequest | null {
  if (!isBag(raw) || raw.channel !== CHANNEL || typeof raw.type !== 'string') return null;
  if (!Object.hasOwn(validators, raw.type)) return null;
  const type = raw.type as MessageType;
  const payload = isBag(raw.payload) ? raw.payload : null;
  if (!payload) return null;
  // The validator map is keyed by message type, so this one returns RequestOf<type>.
  const validate = validators[type] as (payload: Bag) => RequestOf<MessageType> | null;
  const parsed = validate(payload);
  return parsed === null ? null : ({ type, payload: parsed } as ParsedRequest);
}

/** A message a page's content script may send, validated; null for anything else (UI included). */
export function parseContentRequest(raw: unknown): ContentRequest | null {
  const request = parseRequest(raw);
  return request && isContentRequest(request) ? request : null;
}

/** A message the extension's own pages may send, validated; null for anything else. */
export function parseUiRequest(raw: unknown): UiRequest | null {
  const request = parseRequest(raw);
  return request && !isContentRequest(request) ? request : null;
}

function isContentRequest(request: ParsedRequest): request is ContentRequest {
  return isContentMessageType(request.type);
}

export function envelope<K extends MessageType>(type: K, payload: RequestOf<K>): Envelope<K> {
  return { channel: CHANNEL, type, payload };
}
