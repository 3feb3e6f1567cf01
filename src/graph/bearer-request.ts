// One HTTP call with a bearer token, as the Graph and relay clients make it: the token goes to the
// one URL asked and nowhere else, and every failure comes back as one of the two errors sync's
// retry policy classifies.
import { graphErrorFrom, NetworkError } from './graph-error';

/** One call: where, with which token and JSON body; fetch, clock (epoch ms) and timeout (ms). */
export interface BearerRequest {
  method: string;
  url: string;
  token: string;
  /** Sent as JSON (`content-type: application/json`); absent: no body. */
  body?: unknown;
  fetch: typeof fetch;
  now: () => number;
  timeoutMs: number;
}

/**
 * Sends `request` with `Authorization: Bearer <token>`, never with cookies, never from the HTTP
 * cache, and never following a redirect: a redirect would carry the token off the URL asked
 * (fetch keeps Authorization on a same-origin redirect, and browsers older than its drop on
 * cross-origin ones kept it there too; https://fetch.spec.whatwg.org/#http-redirect-fetch).
 * @returns the response, when its status is 2xx (its body unread).
 * @throws NetworkError when no answer came (`timedOut` after `timeoutMs`, a refused redirect, a
 *   network failure); GraphError for any other status (graphErrorFrom: Graph's error shape,
 *   Retry-After in ms).
 */
export async function sendWithBearer(request: BearerRequest): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${request.token}` };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await request.fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(request.timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new NetworkError(error instanceof Error ? error.message : String(error), timedOut);
  }
  if (!response.ok) throw await graphErrorFrom(response, request.now());
  return response;
}
