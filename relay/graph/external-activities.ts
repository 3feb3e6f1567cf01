/**
 * The Graph side of delivery: the `addActivities` request body and what its answer means for each
 * activity. Reference: https://learn.microsoft.com/graph/api/externalconnectors-externalitem-addactivities
 * (200 OK: all recorded; 207 Multi-Status: one `externalActivityResult` per activity, `error`
 * null on success and a `publicError` otherwise).
 */
import type { QueuedActivity } from '../queue/activity-queue';

const ACTIVITY_TYPE = '#microsoft.graph.externalConnectors.externalActivity';

/** `microsoft.graph.externalConnectors.externalActivity` as sent. */
export interface ExternalActivity {
  '@odata.type': typeof ACTIVITY_TYPE;
  type: QueuedActivity['type'];
  startDateTime: string;
  performedBy: { type: 'user'; id: string };
}

/** Graph's `publicError` (code, message, target, details). */
export interface PublicError {
  code: string;
  message?: string;
  target?: string;
}

/** `microsoft.graph.externalConnectors.externalActivityResult`. */
export interface ExternalActivityResult {
  type?: string;
  startDateTime?: string;
  performedBy?: { id?: string };
  error: PublicError | null;
}

/** The body of `POST …/items/{itemId}/addActivities` for entries of one item. */
export function addActivitiesBody(entries: readonly QueuedActivity[]): {
  activities: ExternalActivity[];
} {
  return {
    activities: entries.map((e) => ({
      '@odata.type': ACTIVITY_TYPE,
      type: e.type,
      startDateTime: e.startDateTime,
      performedBy: { type: 'user', id: e.userId },
    })),
  };
}

/** The answer to one addActivities call, as the client saw it. */
export type AddActivitiesResponse =
  | { kind: 'http'; status: number; retryAfterMs: number | undefined; body: unknown }
  /** No HTTP answer (connection refused, reset, timeout): the outcome is unknown. */
  | { kind: 'network'; message: string };

/** What to do with each entry of a batch. Ids are queue ids. */
export interface DeliveryVerdict {
  delivered: number[];
  /** Worth another try; `retryAfterMs` set when the server said when (429/503 Retry-After). */
  retry: { ids: number[]; reason: string; retryAfterMs?: number };
  failed: { id: number; code: string; message: string }[];
  /** Pause every call to this connection for this long (throttling, service unavailable). */
  pauseConnectionMs?: number;
  /** 401: the app token was refused; get a new one before the next call. */
  renewToken?: boolean;
}

/**
 * publicError codes worth retrying: the service's own trouble, not the request's. Anything else
 * (itemNotFound, invalidRequest, unknown user, bad time…) is permanent.
 */
const RETRYABLE_CODES = new Set([
  'generalException',
  'serviceNotAvailable',
  'serviceUnavailable',
  'throttledRequest',
  'tooManyRequests',
  'timeout',
  'internalServerError',
]);
const RETRYABLE_STATUSES = new Set([401, 403, 408, 409, 429, 500, 502, 503, 504]);

/**
 * Classifies the answer for `batch` (the entries sent, in order). Never marks an entry delivered
 * unless Graph said so, and never retries one Graph recorded. A 207 result is matched to its entry
 * by (type, startDateTime, performedBy.id), falling back to position when the result omits them;
 * in a 207 an entry without a result is retried, in a 200 it counts as recorded.
 */
export function classifyAddActivities(
  batch: readonly QueuedActivity[],
  response: AddActivitiesResponse,
): DeliveryVerdict {
  const ids = batch.map((e) => e.id);
  const verdict: DeliveryVerdict = { delivered: [], retry: { ids: [], reason: '' }, failed: [] };
  if (response.kind === 'network') {
    verdict.retry = { ids, reason: 'network' };
    return verdict;
  }
  const { status, body, retryAfterMs } = response;
  // 200 says every activity was recorded: an entry the body does not mention is delivered.
  if (status === 200) return classifyResults(batch, resultsOf(body), verdict, 'delivered');
  if (status === 207) return classifyResults(batch, resultsOf(body), verdict, 'retry');
  const error = graphErrorOf(body) ?? { code: `http${status}` };
  if (status === 404) {
    verdict.failed = ids.map((id) => ({ id, code: error.code, message: error.message ?? '' }));
    return verdict;
  }
  if (RETRYABLE_STATUSES.has(status)) {
    verdict.retry = { ids, reason: error.code };
    if (retryAfterMs !== undefined) verdict.retry.retryAfterMs = retryAfterMs;
    if (status === 429 || status === 503) verdict.pauseConnectionMs = retryAfterMs;
    if (status === 401) verdict.renewToken = true;
    return verdict;
  }
  verdict.failed = ids.map((id) => ({ id, code: error.code, message: error.message ?? '' }));
  return verdict;
}

function classifyResults(
  batch: readonly QueuedActivity[],
  results: ExternalActivityResult[],
  verdict: DeliveryVerdict,
  withoutResult: 'delivered' | 'retry',
): DeliveryVerdict {
  const unmatched = [...results];
  const positional = results.length === batch.length;
  const retryReasons = new Set<string>();
  batch.forEach((entry, index) => {
    const found = unmatched.findIndex(
      (r) =>
        r.startDateTime !== undefined &&
        sameInstant(r.startDateTime, entry.startDateTime) &&
        (r.performedBy?.id ?? '').toLowerCase() === entry.userId.toLowerCase() &&
        (r.type ?? entry.type) === entry.type,
    );
    const atIndex = positional ? results[index] : undefined;
    const result =
      found >= 0
        ? unmatched.splice(found, 1)[0]
        : atIndex?.startDateTime === undefined
          ? atIndex
          : undefined;
    if (result === undefined && withoutResult === 'delivered') {
      verdict.delivered.push(entry.id);
    } else if (result === undefined) {
      verdict.retry.ids.push(entry.id);
      retryReasons.add('noResult');
    } else if (result.error === null) {
      verdict.delivered.push(entry.id);
    } else if (RETRYABLE_CODES.has(result.error.code)) {
      verdict.retry.ids.push(entry.id);
      retryReasons.add(result.error.code);
    } else {
      verdict.failed.push({
        id: entry.id,
        code: result.error.code,
        message: result.error.message ?? '',
      });
    }
  });
  verdict.retry.reason = [...retryReasons].join(',');
  return verdict;
}

function sameInstant(a: string, b: string): boolean {
  const x = Date.parse(a);
  return !Number.isNaN(x) && x === Date.parse(b);
}

function resultsOf(body: unknown): ExternalActivityResult[] {
  if (typeof body !== 'object' || body === null) return [];
  const value = (body as { value?: unknown }).value;
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is ExternalActivityResult => typeof r === 'object' && r !== null)
    .map((r) => ({ ...r, error: normaliseError(r.error) }));
}

function normaliseError(error: unknown): PublicError | null {
  if (error === null || error === undefined) return null;
  if (typeof error === 'object' && typeof (error as PublicError).code === 'string') {
    return error as PublicError;
  }
  return { code: 'unknownError' };
}

function graphErrorOf(body: unknown): PublicError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  return normaliseError(error) ?? undefined;
}
