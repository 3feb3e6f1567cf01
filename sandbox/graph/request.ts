// The request/response shapes shared by top-level HTTP requests and $batch parts, and the helpers
// that turn raw bodies and paths into them.
import { badRequest, GraphError, MALFORMED_JSON_MESSAGE } from './errors';

/** The Graph roots the sandbox serves. */
export type GraphVersion = 'v1.0' | 'beta';

/** A request body: none, parsed JSON, or the GraphError a bad one gets. */
export type RequestBody =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; error: GraphError };

/** One Graph request (alone or a batch part): method, version, path, headers, body. */
export interface PartRequest {
  method: string;
  version: GraphVersion;
  /** Path under the version root, still URL-encoded, starting with '/'. */
  path: string;
  /** Raw query string without '?'. */
  search: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: RequestBody;
}

/** One Graph answer: status, headers, body. */
export interface PartResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** The Content-Type Graph answers JSON with. */
export const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Whether a Content-Type is JSON (`application/json` or a `+json` type). */
export function isJsonContentType(contentType: string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

/** Interprets a raw request body the way Graph does: JSON only, with a JSON Content-Type. */
export function parseRawBody(raw: Buffer, contentType: string | undefined): RequestBody {
  if (raw.length === 0) return { kind: 'none' };
  if (!isJsonContentType(contentType))
    return { kind: 'invalid', error: badRequest(MALFORMED_JSON_MESSAGE) };
  try {
    return { kind: 'json', value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { kind: 'invalid', error: badRequest(MALFORMED_JSON_MESSAGE) };
  }
}

/** The JSON body a route needs, or the 400 explaining why there is none. */
export function requireJsonBody(body: RequestBody): unknown {
  switch (body.kind) {
    case 'json':
      return body.value;
    case 'invalid':
      throw body.error;
    case 'none':
      throw badRequest('A request body is required for this operation.');
  }
}

/** Splits a raw path into decoded segments; `%2F` inside a segment stays part of that segment. */
export function decodeSegments(path: string): string[] {
  const raw = path.replace(/^\/+/, '').split('/');
  return raw.map((segment) => {
    if (segment === '') throw badRequest(`The request URL '${path}' has an empty path segment.`);
    try {
      return decodeURIComponent(segment);
    } catch {
      throw badRequest(`The request URL segment '${segment}' is not correctly percent-encoded.`);
    }
  });
}
