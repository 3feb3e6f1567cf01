// Graph's error shape: {"error":{"code","message","innerError":{"request-id","date"}}}. Clients
// branch on `code`, so each failure mode gets a stable code (listed in sandbox/README.md).

/**
 * Graph's error body: `error.code`, `message` and `innerError` (request id, date).
 * @see https://learn.microsoft.com/graph/errors
 */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { 'request-id': string; 'client-request-id'?: string; date: string };
  };
}

/** An error Graph answers with: HTTP `status`, Graph `code`, message, extra headers. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/**
 * Graph's JSON error body for `code` and `message`, stamped with the request id and date.
 * @see https://learn.microsoft.com/graph/errors
 */
export function errorBody(
  code: string,
  message: string,
  requestId: string,
  date: Date,
  clientRequestId?: string,
): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        'request-id': requestId,
        ...(clientRequestId === undefined ? {} : { 'client-request-id': clientRequestId }),
        // Graph stamps the inner error without fractional seconds.
        date: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
    },
  };
}

/** Unreadable payloads, URLs and query options (OData-level failures). */
export const badRequest = (message: string): GraphError =>
  new GraphError(400, 'BadRequest', message);

/** A readable body that breaks the userActivity contract. */
export const invalidRequest = (message: string): GraphError =>
  new GraphError(400, 'invalidRequest', message);

/** Graph's 404 itemNotFound. */
export const itemNotFound = (message: string): GraphError =>
  new GraphError(404, 'itemNotFound', message);

/** Graph's 405 for a method the path does not take. */
export const methodNotAllowed = (method: string): GraphError =>
  new GraphError(
    405,
    'BadRequest',
    `The HTTP method '${method}' is not supported on this resource.`,
  );

/** Graph's own message for a body that is not JSON (400 BadRequest). */
export const MALFORMED_JSON_MESSAGE =
  'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';
