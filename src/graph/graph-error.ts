import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-timing';

/**
 * A Graph call that did not succeed, carrying what callers branch on. `code` comes from Graph's
 * error body (`{"error":{"code","message","innerError":{"request-id"}}}`) and is what to branch on,
 * never `message`.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** From Retry-After, when the server sent a valid one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** The request never got an HTTP answer: offline, DNS, connection dropped, or timed out. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/**
 * The GraphError for a failed `response`: code, message and request id from Graph's error body when
 * it is JSON (else `http-<status>` and the status text), and Retry-After in ms from `now` (epoch
 * ms), at most MAX_RETRY_AFTER_MS. Never throws.
 */
export async function graphErrorFrom(response: Response, now: number): Promise<GraphError> {
  let code = `http-${String(response.status)}`;
  let message = response.statusText || `HTTP ${String(response.status)}`;
  let requestId = response.headers.get('request-id') ?? undefined;
  try {
    const body = (await response.json()) as {
      error?: { code?: unknown; message?: unknown; innerError?: { 'request-id'?: unknown } };
    };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
    const inner = body.error?.innerError?.['request-id'];
    if (typeof inner === 'string') requestId = inner;
  } catch {
    // Not JSON (a proxy's HTML page, an empty 503): the status says enough.
  }
  const retryAfterMs = parseRetryAfter(
    response.headers.get('retry-after'),
    now,
    MAX_RETRY_AFTER_MS,
  );
  return new GraphError(response.status, code, message, requestId, retryAfterMs);
}
