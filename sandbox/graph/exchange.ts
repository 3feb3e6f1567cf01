// One Graph exchange (a top-level request or a $batch part) as the request log sees it, what the
// request path needs from the server, and the three steps every exchange ends with: an error
// turned into Graph's error body, the log entry, and the HTTP answer.
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http-util';
import type { AppTokenVerifier } from './app-auth';
import type { Principal, TokenVerifier } from './auth';
import type { ConnectorStore } from './connector-store';
import { errorBody, GraphError } from './errors';
import type { FaultSwitches } from './faults';
import { type GraphVersion, JSON_CONTENT_TYPE, type PartResponse } from './request';
import type { RequestLog, RequestLogEntry } from './request-log';
import type { ActivityStore } from './store';
import type { SlidingWindowBudget } from './throttle';

/** One exchange: its log number, arrival time (sandbox-clock ms), ids, and who made it. */
export interface Exchange {
  seq: number;
  arrivalMs: number;
  requestId: string;
  clientRequestId?: string;
  method: string;
  path: string;
  principal?: Principal;
}

/**
 * The server's state and services as the request path uses them (GraphServer builds one).
 * `now` is the sandbox clock in ms; `pageSize` is read per request, as admin may change it.
 */
export interface ExchangeContext {
  readonly store: ActivityStore;
  readonly connectors: ConnectorStore;
  readonly writes: SlidingWindowBudget;
  readonly reads: SlidingWindowBudget;
  readonly faults: FaultSwitches;
  readonly log: RequestLog;
  /** User tokens (activities routes); app-only tokens for connector routes, when set up. */
  readonly verifier: TokenVerifier;
  readonly appVerifier: AppTokenVerifier | undefined;
  /** Aborts when the server stops (ends waits for injected latency). */
  readonly stopping: AbortSignal;
  now(): number;
  pageSize(): number;
  baseUrl(version: GraphVersion): string;
  userLabel(oid: string): string;
  /** Logs an unexpected error unless the server is quiet. */
  report(error: unknown): void;
}

/** Graph's error answer for `error`: its own status and code, or a 500 for anything unexpected. */
export function errorResponse(ctx: ExchangeContext, ex: Exchange, error: unknown): PartResponse {
  const e =
    error instanceof GraphError
      ? error
      : new GraphError(500, 'generalException', 'An unexpected error occurred in the sandbox.');
  if (!(error instanceof GraphError)) ctx.report(error);
  return {
    status: e.status,
    headers: { ...e.headers },
    body: errorBody(e.code, e.message, ex.requestId, new Date(ctx.now()), ex.clientRequestId),
  };
}

/** Sends `response` over HTTP with CORS and Graph's request-id headers, and logs it. */
export function sendExchange(
  ctx: ExchangeContext,
  res: ServerResponse,
  ex: Exchange,
  cors: Record<string, string>,
  response: PartResponse,
  extra: Partial<RequestLogEntry>,
): void {
  const retryAfter = response.headers['Retry-After'];
  recordExchange(ctx, ex, response.status, { ...extra, ...(retryAfter ? { retryAfter } : {}) });
  sendJson(res, response.status, response.body, {
    ...cors,
    ...response.headers,
    ...(response.body === undefined ? {} : { 'Content-Type': JSON_CONTENT_TYPE }),
    'request-id': ex.requestId,
    'client-request-id': ex.clientRequestId ?? ex.requestId,
  });
}

/** Adds the exchange's entry to the request log, ending now (status 0: the connection dropped). */
export function recordExchange(
  ctx: ExchangeContext,
  ex: Exchange,
  status: number,
  extra: Partial<RequestLogEntry> = {},
): void {
  ctx.log.add({
    seq: ex.seq,
    method: ex.method,
    path: ex.path,
    ...(ex.principal ? { user: ctx.userLabel(ex.principal.oid), appId: ex.principal.appId } : {}),
    status,
    arrivalMs: ex.arrivalMs,
    endMs: ctx.now(),
    ...extra,
  });
}
