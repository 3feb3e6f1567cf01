// Over 250 lines on purpose: one request's path (CORS, faults, log, budgets, auth, routes, $batch)
// reads top to bottom in this one class; CORS, faults, routes and validation live beside it.
// The Graph user-activities server: HTTP on 127.0.0.1, /v1.0 and /beta, CORS for extension
// origins, fault switches, request log, per-user budgets, then the routes. Admin calls under
// /__sandbox/ are handed to a separate handler and never see Graph auth.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxClock } from '../clock';
import { closeServer, listen, LOOPBACK, readBody, sendJson } from '../http-util';
import { userByOid } from '../users';
import { matchRoute } from './activities-routes';
import type { AppTokenVerifier } from './app-auth';
import {
  type ConnectorPath,
  matchConnectorPath,
  runConnectorRoute,
  tooManyConcurrent,
} from './connector-routes';
import { ConnectorStore } from './connector-store';
import type { Principal, TokenVerifier } from './auth';
import { parseBatch, runBatch } from './batch';
import { instantFromMs } from './datetime';
import { badRequest, errorBody, GraphError, methodNotAllowed } from './errors';
import { corsHeaders, header, preflightHeaders } from './cors';
import { faultError, FaultSwitches } from './faults';
import {
  decodeSegments,
  type GraphVersion,
  JSON_CONTENT_TYPE,
  parseRawBody,
  type PartRequest,
  type PartResponse,
} from './request';
import { type RequestLogEntry, RequestLog } from './request-log';
import { ActivityStore } from './store';
import {
  type Budget,
  DEFAULT_READ_BUDGET,
  DEFAULT_WRITE_BUDGET,
  formatRetryAfter,
  SlidingWindowBudget,
} from './throttle';

/** Graph rejects request bodies above 4 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const DEFAULT_PAGE_SIZE = 10;

export type AdminHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  search: string,
) => Promise<void>;

export interface GraphServerOptions {
  clock: SandboxClock;
  verifier: TokenVerifier;
  /** App-only tokens for the connector routes (refused with 401 when absent). */
  appVerifier?: AppTokenVerifier;
  writeBudget?: Budget;
  readBudget?: Budget;
  /** Start in the gateway mode that decodes `%2F` before routing (FaultSwitches). */
  decodeEncodedSlashes?: boolean;
  quiet?: boolean;
}

interface Exchange {
  seq: number;
  arrivalMs: number;
  requestId: string;
  clientRequestId?: string;
  method: string;
  path: string;
  principal?: Principal;
}

/** Graph connectors allow at most 25 concurrent operations per connection. */
export const CONNECTOR_CONCURRENCY_LIMIT = 25;

export class GraphServer {
  readonly store = new ActivityStore();
  readonly connectors = new ConnectorStore();
  readonly writes: SlidingWindowBudget;
  readonly reads: SlidingWindowBudget;
  readonly faults = new FaultSwitches();
  readonly log = new RequestLog();
  pageSize = DEFAULT_PAGE_SIZE;

  readonly #clock: SandboxClock;
  readonly #verifier: TokenVerifier;
  readonly #appVerifier: AppTokenVerifier | undefined;
  readonly #quiet: boolean;
  readonly #server: Server;
  readonly #stopping = new AbortController();
  readonly #initialWrites: Budget;
  readonly #initialReads: Budget;
  readonly #initialDecodeSlashes: boolean;
  #admin: AdminHandler | undefined;
  #origin = '';

  constructor(options: GraphServerOptions) {
    this.#clock = options.clock;
    this.#verifier = options.verifier;
    this.#appVerifier = options.appVerifier;
    this.#quiet = options.quiet ?? false;
    // Every request waiting out injected latency listens on this one signal.
    setMaxListeners(0, this.#stopping.signal);
    this.#initialWrites = options.writeBudget ?? DEFAULT_WRITE_BUDGET;
    this.#initialReads = options.readBudget ?? DEFAULT_READ_BUDGET;
    this.writes = new SlidingWindowBudget(this.#initialWrites);
    this.reads = new SlidingWindowBudget(this.#initialReads);
    this.#initialDecodeSlashes = options.decodeEncodedSlashes ?? false;
    this.faults.setDecodeEncodedSlashes(this.#initialDecodeSlashes);
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.#report(error);
        if (!res.headersSent) res.destroy();
      });
    });
    // Keep-alive sockets must not outlive a test's sandbox; closeServer() also cuts them.
    this.#server.keepAliveTimeout = 5_000;
  }

  /** http://127.0.0.1:PORT once listening. */
  get origin(): string {
    return this.#origin;
  }

  baseUrl(version: GraphVersion = 'v1.0'): string {
    return `${this.#origin}/${version}`;
  }

  setAdminHandler(handler: AdminHandler): void {
    this.#admin = handler;
  }

  async listen(port: number): Promise<void> {
    const bound = await listen(this.#server, port);
    this.#origin = `http://${LOOPBACK}:${bound}`;
  }

  async close(): Promise<void> {
    this.#stopping.abort();
    await closeServer(this.#server);
  }

  /** Back to the state at start: no data, log, faults or budget usage; start-time limits. */
  reset(): void {
    this.store.reset();
    this.connectors.reset();
    this.log.clear();
    this.faults.clear();
    this.faults.setDecodeEncodedSlashes(this.#initialDecodeSlashes);
    this.writes.reset();
    this.reads.reset();
    this.writes.setLimits(this.#initialWrites);
    this.reads.setLimits(this.#initialReads);
    this.pageSize = DEFAULT_PAGE_SIZE;
  }

  userLabel(oid: string): string {
    return userByOid(oid)?.name ?? oid;
  }

  #report(error: unknown): void {
    if (!this.#quiet) console.error('[sandbox graph]', error);
  }

  /** Counts connector requests in flight per connection around the whole exchange. */
  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const version = /^\/(v1\.0|beta)(?=\/|$)/i.exec(rawPath);
    const connector = version?.[1]
      ? matchConnectorPath(
          version[1].toLowerCase() === 'beta' ? 'beta' : 'v1.0',
          rawPath.slice(version[0].length) || '/',
        )
      : undefined;
    if (!connector) {
      await this.#handleRequest(req, res, undefined);
      return;
    }
    const inFlight = this.connectors.enter(connector.connectionId);
    try {
      await this.#handleRequest(req, res, { ...connector, inFlight });
    } finally {
      this.connectors.leave(connector.connectionId);
    }
  }

  async #handleRequest(
    req: IncomingMessage,
    res: ServerResponse,
    connector: (ConnectorPath & { inFlight: number }) | undefined,
  ): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    // Routing sees the path as a decoding gateway would pass it on; the log keeps `url` as sent.
    const rawPath = this.faults.routedPath(q === -1 ? url : url.slice(0, q));
    const search = q === -1 ? '' : url.slice(q + 1);
    const method = (req.method ?? 'GET').toUpperCase();

    if (rawPath === '/__sandbox' || rawPath.startsWith('/__sandbox/')) {
      if (!this.#admin) {
        sendJson(res, 404, { error: 'admin API not configured' });
        return;
      }
      await this.#admin(req, res, rawPath.slice('/__sandbox'.length) || '/', search);
      return;
    }

    const cors = corsHeaders(req);
    if (method === 'OPTIONS') {
      res.writeHead(204, { ...cors, ...preflightHeaders(req) });
      res.end();
      return;
    }

    const clientRequestId = header(req, 'client-request-id');
    const ex: Exchange = {
      seq: this.log.nextSeq(),
      arrivalMs: this.#clock.now(),
      requestId: randomUUID(),
      ...(clientRequestId === undefined ? {} : { clientRequestId }),
      method,
      path: url,
    };
    const version = /^\/(v1\.0|beta)(?=\/|$)/i.exec(rawPath);
    const underVersion = version ? rawPath.slice(version[0].length) || '/' : rawPath;
    const faultPaths = [rawPath, underVersion];

    if (this.faults.takeDrop(method, faultPaths)) {
      this.#record(ex, 0, { fault: 'dropped' });
      req.socket.destroy();
      return;
    }
    const latency = this.faults.latencyMs;
    if (latency > 0) {
      try {
        await sleep(latency, undefined, { signal: this.#stopping.signal });
      } catch {
        return; // the sandbox is stopping
      }
    }

    const body = await readBody(req, MAX_BODY_BYTES);
    const send = (response: PartResponse, extra: Partial<RequestLogEntry> = {}): void => {
      this.#send(res, ex, cors, response, extra);
    };

    const failure = this.faults.takeFailure(method, faultPaths);
    if (failure) {
      send(this.#error(ex, faultError(failure)), { fault: 'failed' });
      return;
    }
    if (!body.ok) {
      if (body.reason === 'aborted') {
        this.#record(ex, 0);
        return;
      }
      send(
        this.#error(
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
      send(this.#error(ex, badRequest(`Invalid version in '${rawPath}': use /v1.0 or /beta.`)));
      return;
    }
    const graphVersion: GraphVersion = version[1].toLowerCase() === 'beta' ? 'beta' : 'v1.0';
    if (connector) {
      send(
        await this.#connector(ex, req, connector, graphVersion, underVersion, search, body.data),
      );
      return;
    }

    try {
      ex.principal = await this.#verifier(header(req, 'authorization'));
    } catch (error) {
      send(this.#error(ex, error));
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
        method === 'POST' ? await this.#batch(ex, part) : this.#error(ex, methodNotAllowed(method)),
      );
      return;
    }
    send(this.#execute(ex, part));
  }

  /** A connector request: app-only auth, the per-connection concurrency limit, then the route. */
  async #connector(
    ex: Exchange,
    req: IncomingMessage,
    connector: ConnectorPath & { inFlight: number },
    version: GraphVersion,
    path: string,
    search: string,
    raw: Buffer,
  ): Promise<PartResponse> {
    try {
      if (!this.#appVerifier) {
        throw new GraphError(401, 'InvalidAuthenticationToken', 'App-only tokens are not set up.');
      }
      const principal = await this.#appVerifier(header(req, 'authorization'));
      if (connector.inFlight > CONNECTOR_CONCURRENCY_LIMIT) {
        this.connectors.overLimit++;
        throw tooManyConcurrent(CONNECTOR_CONCURRENCY_LIMIT);
      }
      const part: PartRequest = {
        method: ex.method,
        version,
        path,
        search,
        headers: {},
        body: parseRawBody(raw, header(req, 'content-type')),
      };
      return runConnectorRoute(
        {
          store: this.connectors,
          principal,
          now: this.#clock.now(),
          takeActivityFault: () => this.connectors.takeActivityFault(),
        },
        connector,
        part,
      );
    } catch (error) {
      return this.#error(ex, error);
    }
  }

  /** One operation (a top-level request or a batch part), budget included. */
  #execute(ex: Exchange, part: PartRequest): PartResponse {
    const principal = ex.principal;
    try {
      if (!principal)
        throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
      // Batch parts too: the gateway mode stands for Graph's routing, which parts go through.
      const segments = decodeSegments(this.faults.routedPath(part.path));
      if (segments[0]?.toLowerCase() === '$batch') {
        throw badRequest('A $batch request cannot be nested inside a batch.');
      }
      const route = matchRoute(part.method, segments);
      const budget = route.kind === 'write' ? this.writes : this.reads;
      const admission = budget.admit(principal.oid, this.#clock.now());
      if (!admission.ok) {
        throw new GraphError(429, 'TooManyRequests', 'Please retry again later.', {
          'Retry-After': formatRetryAfter(admission.retryAfterMs),
        });
      }
      return route.run(
        {
          store: this.store,
          principal,
          now: instantFromMs(this.#clock.now()),
          baseUrl: this.baseUrl(part.version),
          pageSize: this.pageSize,
        },
        part,
      );
    } catch (error) {
      return this.#error(ex, error);
    }
  }

  async #batch(ex: Exchange, part: PartRequest): Promise<PartResponse> {
    let parts;
    try {
      parts = parseBatch(part.body, part.version);
    } catch (error) {
      return this.#error(ex, error);
    }
    const partExchange = (id: string, request: PartRequest): Exchange => ({
      ...ex,
      seq: this.log.nextSeq(),
      arrivalMs: this.#clock.now(),
      method: request.method,
      path: `${request.path}${request.search ? `?${request.search}` : ''}`,
      requestId: `${ex.requestId}/${id}`,
    });
    const logPart = (pex: Exchange, id: string, response: PartResponse): PartResponse => {
      this.#record(pex, response.status, {
        batch: { seq: ex.seq, id },
        ...(response.headers['Retry-After'] ? { retryAfter: response.headers['Retry-After'] } : {}),
      });
      return response;
    };
    const responses = await runBatch(
      parts,
      (p) => {
        const pex = partExchange(p.id, p.request);
        return Promise.resolve(logPart(pex, p.id, this.#execute(pex, p.request)));
      },
      (p, error) => {
        const pex = partExchange(p.id, p.request);
        return logPart(pex, p.id, this.#error(pex, error));
      },
    );
    return {
      status: 200,
      headers: {},
      body: {
        responses: responses.map((r) => ({
          id: r.id,
          status: r.status,
          headers: {
            ...r.headers,
            ...(r.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          ...(r.body === undefined ? {} : { body: r.body }),
        })),
      },
    };
  }

  #error(ex: Exchange, error: unknown): PartResponse {
    const e =
      error instanceof GraphError
        ? error
        : new GraphError(500, 'generalException', 'An unexpected error occurred in the sandbox.');
    if (!(error instanceof GraphError)) this.#report(error);
    return {
      status: e.status,
      headers: { ...e.headers },
      body: errorBody(
        e.code,
        e.message,
        ex.requestId,
        new Date(this.#clock.now()),
        ex.clientRequestId,
      ),
    };
  }

  #send(
    res: ServerResponse,
    ex: Exchange,
    cors: Record<string, string>,
    response: PartResponse,
    extra: Partial<RequestLogEntry>,
  ): void {
    const retryAfter = response.headers['Retry-After'];
    this.#record(ex, response.status, { ...extra, ...(retryAfter ? { retryAfter } : {}) });
    sendJson(res, response.status, response.body, {
      ...cors,
      ...response.headers,
      ...(response.body === undefined ? {} : { 'Content-Type': JSON_CONTENT_TYPE }),
      'request-id': ex.requestId,
      'client-request-id': ex.clientRequestId ?? ex.requestId,
    });
  }

  #record(ex: Exchange, status: number, extra: Partial<RequestLogEntry> = {}): void {
    this.log.add({
      seq: ex.seq,
      method: ex.method,
      path: ex.path,
      ...(ex.principal
        ? { user: this.userLabel(ex.principal.oid), appId: ex.principal.appId }
        : {}),
      status,
      arrivalMs: ex.arrivalMs,
      endMs: this.#clock.now(),
      ...extra,
    });
  }
}
