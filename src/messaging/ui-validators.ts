// Validators of the messages the extension's own pages send (UiContract): part of parseRequest
// (parse-request.ts), which refuses anything that does not fit. Shapes, lengths and counts are
// checked; values a handler clamps itself (settings, imported pages) only by shape.
import { parseSignInGrant } from '../auth/grant';
import { parseDeletionScope } from '../deletion/deletion-scope';
import type { ReceivedOf, RequestOf, UiContract } from './contract';
import {
  isBag,
  isId,
  isTime,
  MAX_ID_LENGTH,
  MAX_QUERY_LENGTH,
  optionalLimit,
  type Bag,
} from './payload-checks';

/** Most ranges, bins or ids one request may carry. */
const MAX_LIST_LENGTH = 5000;
/** Pages per export or import message: ~0.5 MB, so no message nears the browser's limit. */
const MAX_EXPORT_BATCH = 1000;
const MAX_IMPORT_BATCH = 1000;

/** `activity:<id>` or `item:<id>`, the keys 'list-parked' hands out. */
const isParkedKey = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^(activity|item):./.test(value) &&
  value.length <= MAX_ID_LENGTH + 'activity:'.length;

/** One validator per UI message (a message without one does not compile): request or null. */
export const uiValidators: { [K in keyof UiContract]: (payload: Bag) => ReceivedOf<K> | null } = {
  'list-unfinished': (p) => {
    const limit = optionalLimit(p.limit, 200);
    if (limit === null) return null;
    return limit === undefined ? {} : { limit };
  },
  'open-page': (p) =>
    isId(p.appActivityId) && typeof p.resume === 'boolean'
      ? { appActivityId: p.appActivityId, resume: p.resume }
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
  'count-engagements': (p) => {
    if (!isTime(p.before)) return null;
    const query: RequestOf<'count-engagements'> = { before: p.before };
    if (p.from !== undefined) {
      if (!isTime(p.from)) return null;
      query.from = p.from;
    }
    if (p.site !== undefined) {
      // As 'list-engagements' takes it: the Site filter's text, a site label.
      if (typeof p.site !== 'string' || p.site === '' || p.site.length > MAX_QUERY_LENGTH) {
        return null;
      }
      query.site = p.site;
    }
    return query;
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
  'page-recording': (p) => {
    if (p.ownTab === undefined) return {};
    // A tab id: a whole number (Chromium's and Firefox's ids are positive; -1 is TAB_ID_NONE).
    return typeof p.ownTab === 'number' && Number.isInteger(p.ownTab) && p.ownTab >= 0
      ? { ownTab: p.ownTab }
      : null;
  },
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
  'get-device-suffix': () => ({}),
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
