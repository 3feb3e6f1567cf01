/**
 * The body of `POST /v1/reads` and how each read becomes an activity: the URL is resolved with the
 * connections' resolvers and then dropped (only the item id is stored); the user id comes from
 * the verified token, never from the body.
 */
import type { ActivityReport } from '../queue/activity-queue';
import { resolveItem, type CompiledResolver } from '../graph/resolver';

/** At most this many reads per request. */
export const MAX_READS_PER_REQUEST = 100;
// Reads a few minutes in the future are clock skew; more is a bad clock or a forgery.
const MAX_FUTURE_SKEW_MS = 5 * 60_000;

/** A read the API refused, by its index in the request. */
export interface RejectedRead {
  index: number;
  reason: 'notIndexed' | 'badUrl' | 'badStartDateTime' | 'tooOld' | 'inFuture';
}

/** Thrown for a body that is not `{ reads: [{ url, startDateTime }] }`. */
export class BadReadsBodyError extends Error {
  override name = 'BadReadsBodyError';
}

/**
 * Turns a parsed body into activity reports for `userId`. Throws {@link BadReadsBodyError} for a
 * malformed body; refuses single reads (unknown site, bad or implausible time) in `rejected`.
 */
export function readsToReports(
  body: unknown,
  userId: string,
  resolvers: readonly CompiledResolver[],
  now: number,
  maxAgeMs: number,
): { reports: ActivityReport[]; rejected: RejectedRead[] } {
  const reads =
    typeof body === 'object' && body !== null ? (body as { reads?: unknown }).reads : undefined;
  if (!Array.isArray(reads)) throw new BadReadsBodyError('expected { "reads": [...] }');
  if (reads.length > MAX_READS_PER_REQUEST) {
    throw new BadReadsBodyError(`at most ${MAX_READS_PER_REQUEST} reads per request`);
  }
  const reports: ActivityReport[] = [];
  const rejected: RejectedRead[] = [];
  reads.forEach((read: unknown, index) => {
    const { url, startDateTime } = (typeof read === 'object' && read !== null ? read : {}) as {
      url?: unknown;
      startDateTime?: unknown;
    };
    if (typeof url !== 'string' || url.length > 8192)
      return rejected.push({ index, reason: 'badUrl' });
    // ISO 8601 with an explicit offset: a local time would shift with the relay's time zone.
    const start =
      typeof startDateTime === 'string' && /(Z|[+-]\d\d:\d\d)$/.test(startDateTime)
        ? Date.parse(startDateTime)
        : Number.NaN;
    if (Number.isNaN(start)) return rejected.push({ index, reason: 'badStartDateTime' });
    if (start > now + MAX_FUTURE_SKEW_MS) return rejected.push({ index, reason: 'inFuture' });
    if (start < now - maxAgeMs) return rejected.push({ index, reason: 'tooOld' });
    const item = resolveItem(url, resolvers);
    if (item === null) return rejected.push({ index, reason: 'notIndexed' });
    reports.push({ ...item, userId, type: 'viewed', startDateTime: new Date(start).toISOString() });
    return undefined;
  });
  return { reports, rejected };
}
