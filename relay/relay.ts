/**
 * Wires one relay from its configuration: queue, Graph client, resolvers, delivery loop, HTTP API.
 * I/O comes in through {@link RelayEnvironment} so tests and the benchmark run it in-process.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { verifyAccessToken } from './auth/access-token';
import { discover, remoteKeysByIssuer } from './auth/openid-keys';
import type { RelayConfig } from './config';
import { startDeliverer, type Deliverer } from './delivery/deliverer';
import { createAppTokenSource, type ClientCredential } from './graph/app-token';
import { createConnectorClient, type ConnectorClient } from './graph/connector-client';
import { compileResolvers, type CompiledResolver } from './graph/resolver';
import { createApi } from './http/server';
import type { Logger } from './log';
import { createMetrics, type RelayMetrics } from './metrics';
import type { ActivityQueue } from './queue/activity-queue';
import { openSqliteActivityQueue } from './queue/sqlite-activity-queue';

/** What the relay takes from its surroundings. */
export interface RelayEnvironment {
  credential: ClientCredential;
  log: Logger;
  fetch?: typeof fetch;
  /** Overrides the SQLite queue (a shared store in a scaled-out deployment). */
  queue?: ActivityQueue;
  /** How often the connections' resolvers are re-read; default 15 min. */
  refreshResolversMs?: number;
}

/** A running relay. */
export interface Relay {
  /** `http(s)://host:port` it listens on. */
  url: string;
  metrics: RelayMetrics;
  queue: ActivityQueue;
  /** Resolves once every connection's resolvers are loaded. */
  ready: Promise<void>;
  /** Graceful stop: no new requests, calls in flight finish and are stored, queue closed. */
  stop(): Promise<void>;
}

/** Starts a relay; resolves once it listens (readiness follows when the connections load). */
export async function startRelay(config: RelayConfig, env: RelayEnvironment): Promise<Relay> {
  const fetchImpl = env.fetch ?? fetch;
  const { log } = env;
  const queue = env.queue ?? openSqliteActivityQueue(config.queue.path);
  const metrics = createMetrics();
  let resolvers: CompiledResolver[] | undefined;
  let client: ConnectorClient | undefined;
  let deliverer: Deliverer | undefined;
  let stopped = false;

  // A read older than maxReadAgeDays is refused at the door (http/reads.ts), so an entry finished
  // a day past that can never be a duplicate again: the queue forgets it, hourly.
  const maxReadAgeMs = config.maxReadAgeDays * 86_400_000;
  const pruneQueue = () => {
    try {
      const entries = queue.prune(Date.now() - maxReadAgeMs - 86_400_000);
      if (entries > 0) log.info('queue.pruned', { entries });
    } catch (error) {
      log.warn('queue.pruneFailed', {
        message: error instanceof Error ? error.message : 'unknown',
      });
    }
  };
  pruneQueue();
  const prune = setInterval(pruneQueue, 3_600_000);
  prune.unref();

  const keysFor = remoteKeysByIssuer(fetchImpl);
  const api = createApi({
    verifyToken: (token) =>
      verifyAccessToken(token, { ...config.api, requiredScope: config.api.scope }, keysFor),
    resolvers: () => resolvers,
    queue,
    metrics,
    log,
    onEnqueued: () => deliverer?.wake(),
    allowedOrigins: config.api.allowedOrigins,
    maxReadAgeMs,
  });
  const server: Server = config.listen.tls
    ? createHttpsServer(
        {
          cert: readFileSync(config.listen.tls.certFile),
          key: readFileSync(config.listen.tls.keyFile),
        },
        api,
      )
    : createHttpServer(api);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.listen.port, config.listen.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `${config.listen.tls ? 'https' : 'http'}://${config.listen.host}:${port}`;
  log.info('relay.listening', { url, connections: config.connections.length });

  async function loadResolvers(graph: ConnectorClient): Promise<CompiledResolver[]> {
    const all: CompiledResolver[] = [];
    for (const id of config.connections) {
      const connection = await graph.getConnection(id);
      const declared = connection.activitySettings?.urlToItemResolvers ?? [];
      if (declared.length === 0) log.warn('connection.noResolvers', { connectionId: id });
      all.push(...compileResolvers(id, declared));
    }
    return all.sort((a, b) => a.priority - b.priority);
  }

  async function prepare(): Promise<void> {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        const { token_endpoint } = await discover(config.authority, fetchImpl);
        const tokens = createAppTokenSource(
          {
            tokenEndpoint: token_endpoint,
            clientId: config.clientId,
            scope: config.graph.scope,
            credential: env.credential,
          },
          fetchImpl,
        );
        client = createConnectorClient({ graphBaseUrl: config.graph.baseUrl, tokens }, fetchImpl);
        resolvers = await loadResolvers(client);
        log.info('relay.ready', { resolvers: resolvers.length });
        return;
      } catch (error) {
        const delay = Math.min(10_000, 500 * 2 ** attempt);
        log.error('relay.notReady', {
          message: error instanceof Error ? error.message : 'unknown',
          retryInMs: delay,
        });
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  const ready = prepare().then(() => {
    if (stopped || client === undefined) return;
    deliverer = startDeliverer(queue, client, metrics, log, {
      connectionIds: config.connections,
      maxConcurrentPerConnection: config.delivery.maxConcurrentPerConnection,
      batchSize: config.delivery.batchSize,
      leaseMs: config.delivery.leaseSeconds * 1000,
    });
  });
  const refresh = setInterval(
    () => {
      if (client === undefined) return;
      loadResolvers(client).then(
        (fresh) => (resolvers = fresh),
        (error: unknown) => {
          log.warn('resolvers.refreshFailed', {
            message: error instanceof Error ? error.message : 'unknown',
          });
        },
      );
    },
    env.refreshResolversMs ?? 15 * 60_000,
  );
  refresh.unref();

  return {
    url,
    metrics,
    queue,
    ready,
    async stop() {
      stopped = true;
      clearInterval(refresh);
      clearInterval(prune);
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await deliverer?.stop();
      await closed;
      queue.close();
      log.info('relay.stopped');
    },
  };
}
