// The Graph user-activities server: HTTP on 127.0.0.1, /v1.0 and /beta, CORS for extension
// origins, fault switches, request log, per-user budgets, then the routes. Admin calls under
// /__sandbox/ are handed to a separate handler and never see Graph auth. This class holds the
// state and sets admin calls and CORS preflights apart; a Graph request's path reads top to bottom
// in request-path.ts, which hands on to operation.ts (one operation, budget included),
// batch-exchange.ts ($batch) and connector-exchange.ts (Graph connectors); exchange.ts holds what
// every path ends with (error answers, the log entry, the HTTP answer).
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SandboxClock } from '../clock';
import { closeServer, listen, LOOPBACK, sendJson } from '../http-util';
import { userByOid } from '../users';
import type { AppTokenVerifier } from './app-auth';
import type { TokenVerifier } from './auth';
import { type ConnectorPath, matchConnectorPath } from './connector-routes';
import { ConnectorStore } from './connector-store';
import { corsHeaders, preflightHeaders } from './cors';
import type { ExchangeContext } from './exchange';
import { FaultSwitches } from './faults';
import type { GraphVersion } from './request';
import { RequestLog } from './request-log';
import { handleGraphRequest } from './request-path';
import { ActivityStore } from './store';
import {
  type Budget,
  DEFAULT_READ_BUDGET,
  DEFAULT_WRITE_BUDGET,
  SlidingWindowBudget,
} from './throttle';

/** Activities per page of a list when $top does not say. */
export const DEFAULT_PAGE_SIZE = 10;

/** The admin API's handler, served on the Graph port under /__sandbox. */
export type AdminHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  search: string,
) => Promise<void>;

/**
 * How the Graph server runs: clock, user and app token verifiers, budgets, the `%2F`-decoding
 * gateway mode.
 */
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

/** The sandbox's Graph: user activities, connectors, $batch, throttling, faults, request log. */
export class GraphServer {
  readonly store = new ActivityStore();
  readonly connectors = new ConnectorStore();
  readonly writes: SlidingWindowBudget;
  readonly reads: SlidingWindowBudget;
  readonly faults = new FaultSwitches();
  readonly log = new RequestLog();
  pageSize = DEFAULT_PAGE_SIZE;

  readonly #clock: SandboxClock;
  /** What the request path (operation.ts, batch-exchange.ts, …) uses of this server. */
  readonly #ctx: ExchangeContext;
  readonly #server: Server;
  readonly #stopping = new AbortController();
  readonly #initialWrites: Budget;
  readonly #initialReads: Budget;
  readonly #initialDecodeSlashes: boolean;
  #admin: AdminHandler | undefined;
  #origin = '';

  constructor(options: GraphServerOptions) {
    this.#clock = options.clock;
    // Every request waiting out injected latency listens on this one signal.
    setMaxListeners(0, this.#stopping.signal);
    this.#initialWrites = options.writeBudget ?? DEFAULT_WRITE_BUDGET;
    this.#initialReads = options.readBudget ?? DEFAULT_READ_BUDGET;
    this.writes = new SlidingWindowBudget(this.#initialWrites);
    this.reads = new SlidingWindowBudget(this.#initialReads);
    this.#initialDecodeSlashes = options.decodeEncodedSlashes ?? false;
    this.faults.setDecodeEncodedSlashes(this.#initialDecodeSlashes);
    const quiet = options.quiet ?? false;
    this.#ctx = {
      store: this.store,
      connectors: this.connectors,
      writes: this.writes,
      reads: this.reads,
      faults: this.faults,
      log: this.log,
      verifier: options.verifier,
      appVerifier: options.appVerifier,
      stopping: this.#stopping.signal,
      now: () => this.#clock.now(),
      pageSize: () => this.pageSize,
      baseUrl: (version) => this.baseUrl(version),
      userLabel: (oid) => this.userLabel(oid),
      report: (error) => {
        if (!quiet) console.error('[sandbox graph]', error);
      },
    };
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.#ctx.report(error);
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

  /** The Graph root of `version`, e.g. http://127.0.0.1:PORT/v1.0 (after listen()). */
  baseUrl(version: GraphVersion = 'v1.0'): string {
    return `${this.#origin}/${version}`;
  }

  /** Serves the admin API with `handler` under /__sandbox. */
  setAdminHandler(handler: AdminHandler): void {
    this.#admin = handler;
  }

  /** Listens on 127.0.0.1:`port` (0: any free port). */
  async listen(port: number): Promise<void> {
    const bound = await listen(this.#server, port);
    this.#origin = `http://${LOOPBACK}:${bound}`;
  }

  /** Stops listening, ending delayed answers, once open connections close. */
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

  /** The sandbox user name of `oid`, or the oid itself for an unknown user. */
  userLabel(oid: string): string {
    return userByOid(oid)?.name ?? oid;
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

    await handleGraphRequest(this.#ctx, req, res, {
      url,
      rawPath,
      search,
      method,
      cors,
      connector,
    });
  }
}
