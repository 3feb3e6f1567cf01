/**
 * The relay's HTTP API (node:http): health, readiness, metrics, the published resolvers and the
 * reads endpoint. Routing and glue only; rules live in the modules it calls.
 *
 * - `GET /healthz`: 200 while the process serves.
 * - `GET /readyz`: 200 once the connections' resolvers are loaded, else 503.
 * - `GET /metrics`: Prometheus text.
 * - `GET /v1/sites` (Bearer): the resolvers' base URLs and patterns, for the extension's filter.
 * - `POST /v1/reads` (Bearer, JSON `{ reads: [{ url, startDateTime }] }`): 200
 *   `{ accepted, duplicates, rejected: [{ index, reason }] }` only after the activities are stored.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { TokenRejectedError, type Caller } from '../auth/access-token';
import type { CompiledResolver } from '../graph/resolver';
import type { Logger } from '../log';
import { renderMetrics, type RelayMetrics } from '../metrics';
import type { ActivityQueue } from '../queue/activity-queue';
import { BadReadsBodyError, readsToReports } from './reads';

/** What the API needs. */
export interface ApiDependencies {
  verifyToken(token: string): Promise<Caller>;
  /** The compiled resolvers of every connection, or undefined until they are loaded. */
  resolvers(): readonly CompiledResolver[] | undefined;
  queue: ActivityQueue;
  metrics: RelayMetrics;
  log: Logger;
  /** Called after reads were stored (wakes the deliverer). */
  onEnqueued(): void;
  allowedOrigins: readonly string[];
  maxReadAgeMs: number;
  now?: () => number;
}

const MAX_BODY_BYTES = 256 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Builds the request listener. */
export function createApi(deps: ApiDependencies): RequestListener {
  const now = deps.now ?? Date.now;

  async function authenticate(req: IncomingMessage): Promise<Caller> {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) throw new HttpError(401, 'invalid_request', 'Bearer token required');
    try {
      return await deps.verifyToken(match[1]);
    } catch (error) {
      if (error instanceof TokenRejectedError) {
        deps.log.warn('token.rejected', { reason: error.reason });
        throw new HttpError(401, 'invalid_token', error.reason);
      }
      throw error;
    }
  }

  function ready(): readonly CompiledResolver[] {
    const resolvers = deps.resolvers();
    if (resolvers === undefined) throw new HttpError(503, 'notReady', 'connections not loaded yet');
    return resolvers;
  }

  async function postReads(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const resolvers = ready();
    const caller = await authenticate(req);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'unsupportedMediaType', 'send application/json');
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'invalidRequest', 'body is not JSON');
    }
    let parsed;
    try {
      parsed = readsToReports(body, caller.userId, resolvers, now(), deps.maxReadAgeMs);
    } catch (error) {
      if (error instanceof BadReadsBodyError)
        throw new HttpError(400, 'invalidRequest', error.message);
      throw error;
    }
    // Stored (committed to disk) before the answer: the acknowledgement means "will be delivered".
    const { added, duplicates } = deps.queue.enqueue(parsed.reports, now());
    deps.metrics.accepted += added;
    deps.metrics.duplicates += duplicates;
    deps.metrics.rejected += parsed.rejected.length;
    deps.log.info('reads.stored', {
      userId: caller.userId,
      accepted: added,
      duplicates,
      rejected: parsed.rejected.length,
    });
    if (added > 0) deps.onEnqueued();
    sendJson(res, 200, { accepted: added, duplicates, rejected: parsed.rejected });
  }

  async function getSites(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const resolvers = ready();
    await authenticate(req);
    sendJson(res, 200, {
      resolvers: resolvers.map((r) => ({
        connectionId: r.connectionId,
        priority: r.priority,
        baseUrls: r.source.urlMatchInfo.baseUrls,
        urlPattern: r.source.urlMatchInfo.urlPattern,
      })),
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    const key = `${req.method ?? ''} ${path}`;
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    switch (key) {
      case 'GET /healthz':
        sendJson(res, 200, { status: 'ok' });
        return;
      case 'GET /readyz':
        if (deps.resolvers() === undefined) sendJson(res, 503, { status: 'starting' });
        else sendJson(res, 200, { status: 'ready' });
        return;
      case 'GET /metrics':
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
        res.end(renderMetrics(deps.metrics, deps.queue.counts()));
        return;
      case 'GET /v1/sites':
        return getSites(req, res);
      case 'POST /v1/reads':
        return postReads(req, res);
      default:
        throw new HttpError(404, 'notFound', 'no such route');
    }
  }

  return (req, res) => {
    allowCors(req, res, deps.allowedOrigins);
    route(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === 401) {
          res.setHeader('www-authenticate', `Bearer error="${error.code}"`);
        }
        sendJson(res, error.status, { error: { code: error.code, message: error.message } });
        return;
      }
      // Storage or key-fetch trouble: not acknowledged, so the extension keeps the reads and retries.
      deps.log.error('request.failed', {
        message: error instanceof Error ? error.message : 'unknown',
      });
      sendJson(res, 503, { error: { code: 'serviceNotAvailable', message: 'try again later' } });
    });
  };
}

function allowCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const ok = allowed.some((a) =>
    a.endsWith('*') ? origin.startsWith(a.slice(0, -1)) : a === origin,
  );
  if (!ok) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-methods', 'GET, POST');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
  res.setHeader('access-control-max-age', '600');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'requestTooLarge', 'body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
