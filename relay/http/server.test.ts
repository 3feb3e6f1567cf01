import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenRejectedError } from '../auth/access-token';
import { compileResolvers } from '../graph/resolver';
import { silentLogger } from '../log';
import { createMetrics } from '../metrics';
import type { ActivityQueue } from '../queue/activity-queue';
import { openSqliteActivityQueue } from '../queue/sqlite-activity-queue';
import { createApi, type ApiDependencies } from './server';

const NOW = Date.parse('2026-11-29T09:00:00Z');
const resolvers = compileResolvers('wiki', [
  {
    priority: 1,
    itemId: '{slug}',
    urlMatchInfo: { baseUrls: ['https://wiki.contoso.com'], urlPattern: '/pages/(?<slug>[\\w-]+)' },
  },
]);

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function start(overrides: Partial<ApiDependencies> = {}) {
  const queue = openSqliteActivityQueue(':memory:');
  let wakes = 0;
  const deps: ApiDependencies = {
    verifyToken: (token) =>
      token === 'good'
        ? Promise.resolve({ userId: 'oid-alice', tenantId: 't' })
        : Promise.reject(new TokenRejectedError('expired')),
    resolvers: () => resolvers,
    queue,
    metrics: createMetrics(),
    log: silentLogger,
    onEnqueued: () => {
      wakes++;
    },
    allowedOrigins: ['chrome-extension://*'],
    maxReadAgeMs: 86_400_000,
    now: () => NOW,
    ...overrides,
  };
  server = createServer(createApi(deps));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: unknown, token = 'good') =>
    fetch(`${base}/v1/reads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { base, post, queue: deps.queue, wakes: () => wakes };
}

const read = (slug: string, startDateTime = '2026-11-29T08:30:00+01:00') => ({
  url: `https://wiki.contoso.com/pages/${slug}?from=search`,
  startDateTime,
});

describe('POST /v1/reads', () => {
  it('stores matching reads for the token user, refuses the rest by index', async () => {
    const api = await start();
    const response = await api.post({
      reads: [
        read('holidays'),
        { url: 'https://news.example/story', startDateTime: '2026-11-29T08:00:00Z' },
        read('holidays'),
        read('later', '2026-11-29T09:30:00Z'),
        read('local-time', '2026-11-29T08:00:00'),
        // A user id in the body is ignored: the token decides.
        { ...read('expenses'), userId: 'oid-mallory' },
      ],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      accepted: 2,
      duplicates: 1,
      rejected: [
        { index: 1, reason: 'notIndexed' },
        { index: 3, reason: 'inFuture' },
        { index: 4, reason: 'badStartDateTime' },
      ],
    });
    expect(api.queue.lease(NOW, 1000, 10)).toMatchObject([
      { itemId: 'holidays', userId: 'oid-alice', startDateTime: '2026-11-29T07:30:00.000Z' },
      { itemId: 'expenses', userId: 'oid-alice' },
    ]);
    expect(api.wakes()).toBe(1);
  });

  it.each([
    ['no token', undefined, 401],
    ['a rejected token', 'stale', 401],
  ])('answers %s with %i and stores nothing', async (_name, token, status) => {
    const api = await start();
    const response = await fetch(`${api.base}/v1/reads`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ reads: [read('a')] }),
    });
    expect(response.status).toBe(status);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error=/);
    expect(api.queue.counts().pending).toBe(0);
  });

  it.each([
    ['not JSON', '{reads:', 400],
    ['no reads list', '{"read":[]}', 400],
    [
      'too many reads',
      JSON.stringify({ reads: Array.from({ length: 101 }, () => read('a')) }),
      400,
    ],
    ['a huge body', JSON.stringify({ reads: [{ url: 'x'.repeat(300_000) }] }), 413],
  ])('answers %s with %i', async (_name, body, status) => {
    const api = await start();
    const response = await fetch(`${api.base}/v1/reads`, {
      method: 'POST',
      headers: { authorization: 'Bearer good', 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(status);
  });

  it('does not acknowledge reads it could not store', async () => {
    const failing: ActivityQueue = {
      ...openSqliteActivityQueue(':memory:'),
      enqueue: () => {
        throw new Error('SQLITE_FULL');
      },
    };
    const api = await start({ queue: failing });
    expect((await api.post({ reads: [read('a')] })).status).toBe(503);
  });

  it('answers 503 until the resolvers are loaded', async () => {
    const api = await start({ resolvers: () => undefined });
    expect((await api.post({ reads: [read('a')] })).status).toBe(503);
    expect((await fetch(`${api.base}/readyz`)).status).toBe(503);
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
  });
});

describe('other routes', () => {
  it('publishes base URLs and patterns to a signed-in caller only', async () => {
    const api = await start();
    expect((await fetch(`${api.base}/v1/sites`)).status).toBe(401);
    const sites = await fetch(`${api.base}/v1/sites`, {
      headers: { authorization: 'Bearer good' },
    });
    expect(await sites.json()).toEqual({
      resolvers: [
        {
          connectionId: 'wiki',
          priority: 1,
          baseUrls: ['https://wiki.contoso.com'],
          urlPattern: '/pages/(?<slug>[\\w-]+)',
        },
      ],
    });
  });

  it('exposes queue depth and counters as Prometheus text', async () => {
    const api = await start();
    await api.post({ reads: [read('a'), read('b')] });
    const text = await (await fetch(`${api.base}/metrics`)).text();
    expect(text).toContain('relay_queue_depth 2');
    expect(text).toContain('relay_reads_accepted_total 2');
  });

  it('allows CORS for extension origins only', async () => {
    const api = await start();
    const ext = await fetch(`${api.base}/healthz`, {
      headers: { origin: 'chrome-extension://abc' },
    });
    expect(ext.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    const web = await fetch(`${api.base}/healthz`, { headers: { origin: 'https://evil.example' } });
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
  });
});
