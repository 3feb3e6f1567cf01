// Validation of every message on receipt: one validator per message of the contract (a message
// without one does not compile), each returning the typed request or null. Nothing a page or a
// stale extension page sends is trusted: shapes, lengths and counts are checked here.
import { sanitizePageMetadata } from '../activity/sanitize';
import { parseReadingPosition } from '../activity/text-fragment';
import { parseSignInGrant } from '../auth/grant';
import { parseDeletionScope } from '../deletion/deletion-scope';
import {
  CHANNEL,
  type ContentContract,
  type ContentRequest,
  type MessageType,
  type ParsedRequest,
  type ReceivedOf,
  type RequestOf,
  type UiRequest,
} from './contract';

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_QUERY_LENGTH = 500;
const MAX_ID_LENGTH = 4096;
/** Most ranges, bins or ids one request may carry. */
const MAX_LIST_LENGTH = 5000;
/** Pages per export or import message: ~0.5 MB, so no message nears the browser's limit. */
const MAX_EXPORT_BATCH = 1000;
const MAX_IMPORT_BATCH = 1000;

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** `activity:<id>` or `item:<id>`, the keys 'list-parked' hands out. */
const isParkedKey = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^(activity|item):./.test(value) &&
  value.length <= MAX_ID_LENGTH + 'activity:'.length;

/** A positive integer at most `max`, or undefined when absent; null when malformed. */
function optionalLimit(value: unknown, max: number): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return null;
  return Math.min(value, max);
}

/**
 * A signal's optional `presentUntil` and `resumedAt` (epoch ms, see ContentContract): absent stays
 * absent, a number is kept (the tracker clamps both to what it already knows), anything else
 * rejects the signal.
 */
function withFreezeTimes<T extends object>(
  signal: T,
  { presentUntil, resumedAt }: Bag,
): (T & { presentUntil?: number; resumedAt?: number }) | null {
  if (presentUntil !== undefined && !isTime(presentUntil)) return null;
  if (resumedAt !== undefined && !isTime(resumedAt)) return null;
  return {
    ...signal,
    ...(presentUntil === undefined ? {} : { presentUntil }),
    ...(resumedAt === undefined ? {} : { resumedAt }),
  };
}

const validators: { [K in MessageType]: (payload: Bag) => ReceivedOf<K> | null } = {
  'page-loaded': (p) => {
    const metadata = sanitizePageMetadata(p.metadata);
    if (!metadata || typeof p.visible !== 'boolean') return null;
    const request: ReceivedOf<'page-loaded'> = { metadata, visible: p.visible };
    if (p.attendedMs !== undefined) {
      if (typeof p.attendedMs !== 'number' || !Number.isFinite(p.attendedMs)) return null;
      request.attendedMs = Math.max(0, p.attendedMs);
    }
    if (p.at !== undefined) {
      if (!isTime(p.at)) return null;
      request.at = p.at;
    }
    if (p.viewer !== undefined) {
      if (typeof p.viewer !== 'boolean') return null;
      request.viewer = p.viewer;
    }
    if (p.mediaPlaying !== undefined) {
      if (typeof p.mediaPlaying !== 'boolean') return null;
      request.mediaPlaying = p.mediaPlaying;
    }
    return request;
  },
  'frame-signal': (p) => {
    if (typeof p.mediaPlaying !== 'boolean') return null;
    return withFreezeTimes({ mediaPlaying: p.mediaPlaying }, p);
  },
  'page-signal': (p) => {
    if (typeof p.visible !== 'boolean' || typeof p.mediaPlaying !== 'boolean') return null;
    if (p.focused !== undefined && typeof p.focused !== 'boolean') return null;
    if (p.at !== undefined && !isTime(p.at)) return null;
    return withFreezeTimes(
      {
        visible: p.visible,
        mediaPlaying: p.mediaPlaying,
        ...(p.focused === undefined ? {} : { focused: p.focused }),
        ...(p.at === undefined ? {} : { at: p.at }),
      },
      p,
    );
  },
  'page-left': () => ({}),
  'page-position': (p) => {
    const position = parseReadingPosition(p.position);
    return position && isId(p.url) ? { url: p.url, position } : null;
  },
  'list-unfinished': (p) => {
    const limit = optionalLimit(p.limit, 200);
    if (limit === null) return null;
    return limit === undefined ? {} : { limit };
  },
  'open-page': (p) =>
    isId(p.appActivityId) && typeof p.resume === 'boolean'
      ? { appActivityId: p.appActivityId, resume: p.resume }
      : null,
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
    if (p.collectEvidence !== undefined) {
      if (typeof p.collectEvidence !== 'boolean') return null;
      request.collectEvidence = p.collectEvidence;
    }
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
    if (p.collectEvidence !== undefined) {
      if (typeof p.collectEvidence !== 'boolean') return null;
      request.collectEvidence = p.collectEvidence;
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
  'export-history': (p) => {
    const limit = optionalLimit(p.limit, MAX_EXPORT_BATCH);
    if (limit === null || (p.after !== undefined && !isId(p.after))) return null;
    const request: RequestOf<'export-history'> = {};
    if (typeof p.after === 'string') request.after = p.after;
    if (limit !== undefined) request.limit = limit;
    return request;
  },
  // The pages themselves are validated by the handler with the history file's reader.
  'import-history': (p) =>
    typeof p.version === 'number' &&
    Number.isInteger(p.version) &&
    Array.isArray(p.activities) &&
    p.activities.length <= MAX_IMPORT_BATCH
      ? { version: p.version, activities: p.activities as unknown[] }
      : null,
  'list-parked': () => ({}),
  'retry-parked': (p) => {
    if (p.key === undefined) return {};
    return isParkedKey(p.key) ? { key: p.key } : null;
  },
  'dont-publish': (p) => (isParkedKey(p.key) ? { key: p.key } : null),
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
  'page-position',
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
  // The validator map is keyed by message type, so this one returns ReceivedOf<type>.
  const validate = validators[type] as (payload: Bag) => ReceivedOf<MessageType> | null;
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
