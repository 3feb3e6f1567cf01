// One Graph request's path once admin calls and CORS preflights are set apart (server.ts): its log
// number and ids, the fault switches (drop, latency, failure), the body (4 MB at most), the
// version root, then a connector route (connector-exchange.ts), or the user's token and a $batch
// (batch-exchange.ts) or one operation (operation.ts). Every path ends in one log entry.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { readBody } from '../http-util';
import { runBatchExchange } from './batch-exchange';
import { runConnectorExchange } from './connector-exchange';
import type { ConnectorPath } from './connector-routes';
import { header } from './cors';
import { badRequest, GraphError, methodNotAllowed } from './errors';
import {
  errorResponse,
  type Exchange,
  type ExchangeContext,
  recordExchange,
  sendExchange,
} from './exchange';
import { faultError } from './faults';
import { executeOperation } from './operation';
import { type GraphVersion, parseRawBody, type PartRequest, type PartResponse } from './request';
import type { RequestLogEntry } from './request-log';

/** Graph rejects request bodies above 4 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The request as the server has read it so far. */
export interface ArrivedRequest {
  /** Path and query as sent (what the log keeps). */
  url: string;
  /** The path as routing sees it (a decoding gateway's, FaultSwitches.routedPath). */
  rawPath: string;
  /** Raw query string without '?'. */
  search: string;
  /** Upper case. */
  method: string;
  /** CORS headers for the answer (cors.ts). */
  cors: Record<string, string>;
  /** A Graph connectors path, with the requests in flight on its connection; else undefined. */
  connector: (ConnectorPath & { inFlight: number }) | undefined;
}

/** Answers one Graph request (never an admin call or a preflight) and logs it. */
export async function handleGraphRequest(
  ctx: ExchangeContext,
  req: IncomingMessage,
  res: ServerResponse,
  { url, rawPath, search, method, cors, connector }: ArrivedRequest,
): Promise<void> {
  const clientRequestId = header(req, 'client-request-id');
  const ex: Exchange = {
    seq: ctx.log.nextSeq(),
    arrivalMs: ctx.now(),
    requestId: randomUUID(),
    ...(clientRequestId === undefined ? {} : { clientRequestId }),
    method,
    path: url,
  };
  const version = /^\/(v1\.0|beta)(?=\/|$)/i.exec(rawPath);
  const underVersion = version ? rawPath.slice(version[0].length) || '/' : rawPath;
  const faultPaths = [rawPath, underVersion];

  if (ctx.faults.takeDrop(method, faultPaths)) {
    recordExchange(ctx, ex, 0, { fault: 'dropped' });
    req.socket.destroy();
    return;
  }
  const latency = ctx.faults.latencyMs;
  if (latency > 0) {
    try {
      await sleep(latency, undefined, { signal: ctx.stopping });
    } catch {
      return; // the sandbox is stopping
    }
  }

  const body = await readBody(req, MAX_BODY_BYTES);
  const send = (response: PartResponse, extra: Partial<RequestLogEntry> = {}): void => {
    sendExchange(ctx, res, ex, cors, response, extra);
  };

  const failure = ctx.faults.takeFailure(method, faultPaths);
  if (failure) {
    send(errorResponse(ctx, ex, faultError(failure)), { fault: 'failed' });
    return;
  }
  if (!body.ok) {
    if (body.reason === 'aborted') {
      recordExchange(ctx, ex, 0);
      return;
    }
    send(
      errorResponse(
        ctx,
        ex,
        new GraphError(
          413,
          'requestEntityTooLarge',
          `The request body exceeds the maximum of ${MAX_BODY_BYTES} bytes.`,
        ),
      ),
    );
    return;
  }
  if (!version?.[1]) {
    send(
      errorResponse(ctx, ex, badRequest(`Invalid version in '${rawPath}': use /v1.0 or /beta.`)),
    );
    return;
  }
  const graphVersion: GraphVersion = version[1].toLowerCase() === 'beta' ? 'beta' : 'v1.0';
  if (connector) {
    send(
      await runConnectorExchange(
        ctx,
        ex,
        req,
        connector,
        graphVersion,
        underVersion,
        search,
        body.data,
      ),
    );
    return;
  }

  try {
    ex.principal = await ctx.verifier(header(req, 'authorization'));
  } catch (error) {
    send(errorResponse(ctx, ex, error));
    return;
  }
  const part: PartRequest = {
    method,
    version: graphVersion,
    path: underVersion,
    search,
    headers: Object.fromEntries(
      Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
    ),
    body: parseRawBody(body.data, header(req, 'content-type')),
  };
  if (/^\/\$batch$/i.test(underVersion)) {
    send(
      method === 'POST'
        ? await runBatchExchange(ctx, ex, part)
        : errorResponse(ctx, ex, methodNotAllowed(method)),
    );
    return;
  }
  send(executeOperation(ctx, ex, part));
}
