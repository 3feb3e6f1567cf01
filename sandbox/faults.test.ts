// Fault switches and the rest of the admin API: next-N failures (503/500 + Retry-After), dropped
// connections, latency, request log, dump/reset; plus CORS for extension origins and fast stop().
import { describe, expect, it } from 'vitest';
import { TEST_STATE_DIR, useSandbox } from './test-support/fixture';
import { activityBody, graphClient } from './test-support/graph-client';
import { sandboxAdmin, startSandbox } from './index';

const fx = useSandbox();

async function alice() {
  return graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
}

describe('failNext', () => {
  it('the next N requests fail with 503 and the given Retry-After, then service resumes', async () => {
    const graph = await alice();
    await fx.admin.failNext(2, { status: 503, retryAfter: 1.5 });
    for (let i = 0; i < 2; i++) {
      const res = await graph.putActivity('a1', activityBody('a1'));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1.5');
      expect(res.body.error?.code).toBe('serviceNotAvailable');
    }
    expect((await fx.admin.dump()).users).toEqual({});
    expect((await graph.putActivity('a1', activityBody('a1'))).status).toBe(201);
    const log = await fx.admin.requestLog();
    expect(log.map((e) => [e.status, e.fault])).toEqual([
      [503, 'failed'],
      [503, 'failed'],
      [201, undefined],
    ]);
  });

  it('500 without Retry-After; rules can target a method or a path', async () => {
    const graph = await alice();
    await fx.admin.failNext(1, { status: 500, method: 'GET' });
    expect((await graph.putActivity('a1', activityBody('a1'))).status).toBe(201);
    const failed = await graph.get('/me/activities');
    expect(failed.status).toBe(500);
    expect(failed.body.error?.code).toBe('generalException');
    expect(failed.headers.get('retry-after')).toBeNull();
    await fx.admin.failNext(1, { status: 503, pathPrefix: '/$batch' });
    expect((await graph.get('/me/activities')).status).toBe(200);
    expect((await graph.post('/$batch', { requests: [] })).status).toBe(503);
  });

  it('can inject a 429 with Retry-After without spending the budget', async () => {
    const graph = await alice();
    await fx.admin.failNext(1, { status: 429, retryAfter: 0.25 });
    const res = await graph.putActivity('a1', activityBody('a1'));
    expect(res.status).toBe(429);
    expect(res.body.error?.code).toBe('TooManyRequests');
    expect((await fx.admin.budget('alice')).usage?.writes.per5Min).toBe(0);
  });

  it('refuses nonsense fault settings', async () => {
    await expect(fx.admin.failNext(1, { status: 200 })).rejects.toThrow(/status/);
    await expect(fx.admin.failNext(0, { status: 503 })).rejects.toThrow(/count/);
  });
});

describe('decodeEncodedSlashes (gateway mode)', () => {
  it('splits an id holding %2F so its PUT fails with 400; %252F and plain ids still work', async () => {
    const graph = await alice();
    const url = 'https://example.com/a/b';
    expect((await graph.putActivity(url, activityBody(url))).status).toBe(201);
    const state = await fx.admin.setDecodeEncodedSlashes(true);
    expect(state.decodeEncodedSlashes).toBe(true);
    const split = await graph.putActivity(url, activityBody(url));
    expect(split.status).toBe(400);
    expect(split.body.error?.code).toBe('BadRequest');
    const batch = await graph.post('/$batch', {
      requests: [{ id: '1', method: 'GET', url: `/me/activities/${encodeURIComponent(url)}` }],
    });
    expect(batch.body.responses?.[0]?.status).toBe(400);
    const twice = encodeURIComponent(encodeURIComponent('a/b'));
    expect((await graph.put(`/me/activities/${twice}`, activityBody('a%2Fb'))).status).toBe(201);
    expect((await graph.putActivity('plain-id_1', activityBody('plain-id_1'))).status).toBe(201);
    // The log keeps the path as the client sent it.
    expect((await fx.admin.requestLog()).map((e) => e.path)).toContain(
      `/v1.0/me/activities/${encodeURIComponent(url)}`,
    );
    // clearFaults keeps the mode; reset restores the start value (off here).
    expect((await fx.admin.clearFaults()).decodeEncodedSlashes).toBe(true);
    await fx.admin.reset();
    expect((await fx.admin.faults()).decodeEncodedSlashes).toBe(false);
  });
});

describe('dropNext', () => {
  it('closes the connection without an answer and stores nothing', async () => {
    const graph = await alice();
    await fx.admin.dropNext(1, { method: 'PUT' });
    await expect(graph.putActivity('a1', activityBody('a1'))).rejects.toThrow();
    expect((await fx.admin.dump()).users).toEqual({});
    expect((await graph.putActivity('a1', activityBody('a1'))).status).toBe(201);
    const log = await fx.admin.requestLog();
    expect(log[0]).toMatchObject({ method: 'PUT', status: 0, fault: 'dropped' });
  });
});

describe('setLatency', () => {
  it('delays every Graph request by at least the set time, and can be cleared', async () => {
    const graph = await alice();
    // A whole second, so a loaded machine's own delay cannot pass for the latency once cleared.
    await fx.admin.setLatency(1_000);
    let t = performance.now();
    expect((await graph.get('/me/activities')).status).toBe(200);
    expect(performance.now() - t).toBeGreaterThanOrEqual(995);
    await fx.admin.clearFaults();
    t = performance.now();
    await graph.get('/me/activities');
    expect(performance.now() - t).toBeLessThan(995);
  });
});

describe('request log, dump and reset', () => {
  it('logs every request with user, status and arrival time, in arrival order', async () => {
    const before = await fx.admin.now();
    const graph = await alice();
    await graph.putActivity('a1', activityBody('a1'));
    await graph.get('/me/activities', { token: 'bad' });
    const log = await fx.admin.requestLog();
    expect(log).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/v1.0/me/activities/a1',
        user: 'alice',
        appId: fx.sb.clientId,
        status: 201,
      }),
      expect.objectContaining({ method: 'GET', status: 401 }),
    ]);
    expect(log[1]?.user).toBeUndefined();
    expect(log[0]?.arrivalMs).toBeGreaterThanOrEqual(before);
    expect(log[1]?.arrivalMs).toBeGreaterThanOrEqual(log[0]?.arrivalMs ?? Infinity);
    expect(await fx.admin.requestLog(log[0]?.seq)).toHaveLength(1);
  });

  it("dump shows every user's activities with write counts; reset empties everything", async () => {
    const graph = await alice();
    await graph.putActivity('a1', activityBody('a1'));
    await graph.putActivity('a1', activityBody('a1'));
    const dump = await fx.admin.dump();
    expect(dump.users.alice?.activities).toEqual([
      expect.objectContaining({ appActivityId: 'a1', appId: fx.sb.clientId, writeCount: 2 }),
    ]);
    await fx.admin.failNext(5, { status: 503 });
    await fx.admin.reset();
    expect((await fx.admin.dump()).users).toEqual({});
    expect(await fx.admin.requestLog()).toEqual([]);
    expect((await fx.admin.faults()).failures).toEqual([]);
  });

  it('refuses browser requests and non-JSON bodies', async () => {
    const fromPage = await fetch(`${fx.sb.adminUrl}/reset`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(fromPage.status).toBe(403);
    const form = await fetch(`${fx.sb.adminUrl}/faults/latency`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'ms=1000',
    });
    expect(form.status).toBe(415);
    expect((await fx.admin.faults()).latencyMs).toBe(0);
  });

  it('mints tokens for scripts', async () => {
    const token = await fx.admin.mintToken('bob', { expiresInSec: 60 });
    const res = await graphClient(fx.sb.graphBaseUrl, token).putActivity('b', activityBody('b'));
    expect(res.status).toBe(201);
    expect(Object.keys((await fx.admin.dump()).users)).toEqual(['bob']);
    await expect(fx.admin.mintToken('Not A User!')).rejects.toThrow(/user/);
  });
});

describe('CORS for the extension', () => {
  const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

  it('answers preflights and echoes the Origin on responses, errors included', async () => {
    const preflight = await fetch(`${fx.sb.graphBaseUrl}/me/activities/a1`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization,content-type',
    );
    const graph = await alice();
    const ok = await graph.putActivity('a1', activityBody('a1'), { headers: { Origin: origin } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    await fx.admin.failNext(1, { status: 503, retryAfter: 2 });
    const failed = await graph.get('/me/activities', { headers: { Origin: origin } });
    expect(failed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(failed.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('lifecycle', () => {
  it('stop() closes both servers quickly, even with open keep-alive connections', async () => {
    const sb = await startSandbox({ stateDir: TEST_STATE_DIR, quiet: true });
    const token = await sb.issueToken('alice');
    await graphClient(sb.graphBaseUrl, token).get('/me/activities'); // leaves a keep-alive socket
    await sandboxAdmin(sb.adminUrl).setLatency(10_000); // and a request stuck in latency
    const stuck = fetch(`${sb.graphBaseUrl}/me/activities`, {
      headers: { Authorization: `Bearer ${token}` },
    }).catch(() => 'closed');
    await new Promise((r) => setTimeout(r, 50));
    const t = performance.now();
    await sb.stop();
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(await stuck).toBe('closed');
    await expect(fetch(`${sb.graphBaseUrl}/me/activities`)).rejects.toThrow();
  });
});
