import { beforeEach, describe, expect, it } from 'vitest';
import type { TokenResult } from '../auth/token-source';
import { openTimelineDb, type Db } from '../store/db';
import type { RelayReadRecord } from '../store/schema';
import { queueRelayReads, loadRelayStatus, saveRelaySites } from './relay-outbox-store';
import { createRelayRunner, SITES_TTL_MS } from './relay-runner';

const RELAY = 'https://relay.contoso.test';
const SCOPE = 'api://reading-timeline-relay/Activity.Report';
const T0 = Date.parse('2026-11-29T10:00:00Z');

interface Call {
  url: string;
  method: string;
  auth: string | null;
  body: unknown;
}

/** A relay answering from a script: one response (or a thrown error) per call, in order. */
function fakeRelay(script: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetch = (input: string, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    calls.push({
      url: input,
      method: init?.method ?? 'GET',
      auth: headers.get('authorization'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const next = script.shift();
    if (next === undefined) return Promise.reject(new Error('unexpected call'));
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  // The client calls fetch with a string URL only.
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const ack = (accepted: number) => json(200, { accepted, duplicates: 0, rejected: [] });

const read = (id: string, minute: number): RelayReadRecord => ({
  id,
  url: `http://intranet.contoso.test/wiki/${id}`,
  startedAt: T0 + minute * 60_000,
  queuedAt: T0 + minute * 60_000 + 5_000,
});

let db: Db;
let dbCount = 0;
let clock: number;
let alarm: number | undefined;
let tokensAsked: { scope: string; forceRefresh: boolean }[];

function runner(fetch: typeof globalThis.fetch, configured = true) {
  return createRelayRunner({
    db,
    alarms: {
      get: () => Promise.resolve(alarm === undefined ? undefined : { scheduledTime: alarm }),
      create: (_name, { when }) => {
        alarm = when;
        return Promise.resolve();
      },
      clear: () => {
        alarm = undefined;
        return Promise.resolve(true);
      },
    },
    config: () =>
      configured ? { relayUrl: RELAY, relayScope: SCOPE } : { relayUrl: '', relayScope: '' },
    token: (scope, { forceRefresh }): Promise<TokenResult> => {
      tokensAsked.push({ scope, forceRefresh });
      return Promise.resolve({ kind: 'token', accessToken: forceRefresh ? 'fresh' : 'tok' });
    },
    now: () => clock,
    random: () => 0.5,
    fetch,
  });
}

beforeEach(async () => {
  db = await openTimelineDb(`relay-runner-${String(++dbCount)}`);
  clock = T0 + 3_600_000;
  alarm = undefined;
  tokensAsked = [];
  // Rules fetched a moment ago: the passes below only deliver.
  await saveRelaySites(db, { relayUrl: RELAY, rules: [], fetchedAt: clock });
});

describe('relay runner', () => {
  it('sends queued reads with their start time to the relay only, then prunes them', async () => {
    await queueRelayReads(db, [read('holidays', 1), read('expenses', 2)]);
    const relay = fakeRelay([ack(2)]);
    expect(await runner(relay.fetch).run()).toEqual({ kind: 'delivered', count: 2, remaining: 0 });
    expect(relay.calls).toEqual([
      {
        url: `${RELAY}/v1/reads`,
        method: 'POST',
        auth: 'Bearer tok',
        body: {
          reads: [
            { url: read('holidays', 1).url, startDateTime: '2026-11-29T10:01:00.000Z' },
            { url: read('expenses', 2).url, startDateTime: '2026-11-29T10:02:00.000Z' },
          ],
        },
      },
    ]);
    expect(tokensAsked).toEqual([{ scope: SCOPE, forceRefresh: false }]);
    expect(await db.count('relayReads')).toBe(0);
    expect(await loadRelayStatus(db)).toMatchObject({ attempt: 0, delivered: 2 });
  });

  it('keeps each body under the relay’s 256 KB and never sends a URL it refuses (F-relay-1)', async () => {
    const long = (id: string, minute: number, chars: number): RelayReadRecord => ({
      ...read(id, minute),
      url: `https://intranet.contoso.test/sites/${id}?q=${'x'.repeat(chars)}`,
    });
    await queueRelayReads(db, [
      long('too-long', 0, 9_000),
      ...Array.from({ length: 100 }, (_, i) => long(`page${String(i)}`, i + 1, 3_000)),
    ]);
    const relay = fakeRelay([ack(66), ack(34)]);
    const first = await runner(relay.fetch).run();
    const sent = (call: Call | undefined) => (call?.body as { reads: { url: string }[] }).reads;
    const bytes = (call: Call | undefined) => JSON.stringify(call?.body).length;
    expect(bytes(relay.calls[0])).toBeLessThanOrEqual(256 * 1024);
    expect(sent(relay.calls[0]).some((r) => r.url.length > 8192)).toBe(false);
    // The refused one is answered for (gone), the rest goes in the next pass, all delivered.
    expect(first).toMatchObject({
      kind: 'delivered',
      remaining: 100 - sent(relay.calls[0]).length,
    });
    expect(await runner(relay.fetch).run()).toMatchObject({ kind: 'delivered', remaining: 0 });
    expect(sent(relay.calls[0]).length + sent(relay.calls[1]).length).toBe(100);
    expect(bytes(relay.calls[1])).toBeLessThanOrEqual(256 * 1024);
  });

  it('queues a read once however often it is queued', async () => {
    await queueRelayReads(db, [read('holidays', 1)]);
    await queueRelayReads(db, [{ ...read('holidays', 1), queuedAt: clock }]);
    expect(await db.getAll('relayReads')).toEqual([read('holidays', 1)]);
  });

  it.each([
    [
      '503 with Retry-After',
      json(503, { error: { code: 'serviceNotAvailable' } }, { 'retry-after': '120' }),
      120_000,
    ],
    [
      '429 with Retry-After',
      json(429, { error: { code: 'tooManyRequests' } }, { 'retry-after': '30' }),
      30_000,
    ],
    ['no answer (offline, relay down)', new TypeError('Failed to fetch'), 1_500],
  ])('%s: keeps every read and waits before the next try', async (_name, failure, waitMs) => {
    await queueRelayReads(db, [read('holidays', 1)]);
    const relay = fakeRelay([failure, ack(1)]);
    const r = runner(relay.fetch);
    expect(await r.run()).toMatchObject({ kind: 'failed', retryAt: clock + waitMs });
    expect(await db.count('relayReads')).toBe(1);
    expect(alarm).toBe(clock + waitMs);
    // Nothing is sent before the wait is over, whoever asks.
    clock += waitMs - 1;
    expect(await r.run()).toMatchObject({ kind: 'waiting' });
    expect(relay.calls).toHaveLength(1);
    clock += 1;
    expect(await r.run()).toMatchObject({ kind: 'delivered', count: 1 });
    // The same read, byte for byte: the relay's key (user, item, startDateTime) dedupes a resend.
    expect(relay.calls[1]?.body).toEqual(relay.calls[0]?.body);
    expect(await db.count('relayReads')).toBe(0);
  });

  it('a refused token is renewed once, then the reads go', async () => {
    await queueRelayReads(db, [read('holidays', 1)]);
    const relay = fakeRelay([json(401, { error: { code: 'invalid_token' } }), ack(1)]);
    expect(await runner(relay.fetch).run()).toMatchObject({ kind: 'delivered', count: 1 });
    expect(relay.calls.map((c) => c.auth)).toEqual(['Bearer tok', 'Bearer fresh']);
  });

  it('asks for no token and sends nothing while no relay is configured', async () => {
    await queueRelayReads(db, [read('holidays', 1)]);
    const relay = fakeRelay([]);
    expect(await runner(relay.fetch, false).run()).toEqual({ kind: 'off' });
    expect(tokensAsked).toEqual([]);
    expect(relay.calls).toEqual([]);
  });

  it('fetches the published rules when they are stale, and stores them', async () => {
    clock += SITES_TTL_MS;
    const rule = {
      connectionId: 'c',
      priority: 1,
      baseUrls: ['http://intranet.contoso.test/wiki'],
      urlPattern: '/(?<slug>[a-z-]+)',
    };
    const relay = fakeRelay([json(200, { resolvers: [rule] })]);
    expect(await runner(relay.fetch).run()).toMatchObject({ kind: 'delivered', count: 0 });
    expect(relay.calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${RELAY}/v1/sites`]);
    expect(await db.get('kv', 'relay-sites')).toEqual({
      relayUrl: RELAY,
      rules: [rule],
      fetchedAt: clock,
    });
    expect(alarm).toBe(clock + SITES_TTL_MS);
  });

  it('an answer that is not an acknowledgement keeps the reads', async () => {
    await queueRelayReads(db, [read('holidays', 1)]);
    const relay = fakeRelay([json(200, { ok: true })]);
    expect(await runner(relay.fetch).run()).toMatchObject({ kind: 'failed' });
    expect(await db.count('relayReads')).toBe(1);
  });
});
