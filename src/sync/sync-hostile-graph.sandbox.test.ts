// The sync engine against a Graph (or whatever answers in its place: a proxy, a captive portal)
// that answers garbage: a Retry-After no one should wait out, a 200 that is an HTML page, a JSON
// body cut short, a 500 that never ends. Sync must back off sanely, say so, and never lose or
// duplicate a write (set-up: testing/engine-sandbox.ts).
import { describe, expect, it } from 'vitest';
import { countBacklog } from './outbox-store';
import { runSyncPass } from './sync-engine';
import { HOUR_AGO, useEngineSandbox } from './testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from './testing/sandbox-sync';

const fx = useEngineSandbox();
const { read, deps, aliceActivities, acceptedWrites } = fx;

const HOUR_MS = 3600_000;
const GUID = '77777777-7777-4777-8777-777777777777';

/** A fetch whose first `times` calls get `answer()` instead of Graph's reply. */
function answering(times: number, answer: () => Response): typeof fetch {
  let left = times;
  return (input, init) => (left-- > 0 ? Promise.resolve(answer()) : fetch(input, init));
}

/** A fetch whose first `times` calls reach Graph, whose answers then arrive as `body` (200). */
function mangling(times: number, body: string, contentType: string): typeof fetch {
  let left = times;
  return async (input, init) => {
    const real = await fetch(input, init);
    if (left-- <= 0) return real;
    return new Response(body, { status: real.status, headers: { 'content-type': contentType } });
  };
}

describe('sync engine when what answers for Graph sends garbage', () => {
  it.each([
    ['a Retry-After of 999,999 seconds (11.6 days)', '999999'],
    ['a Retry-After dated in 2100', 'Fri, 01 Jan 2100 00:00:00 GMT'],
  ])('waits at most an hour for %s, and then delivers', async (_case, retryAfter) => {
    const m = page('throttled-long');
    await read(m, engagement(m, GUID, HOUR_AGO, 20_000));
    const throttled = answering(
      1,
      () =>
        new Response(JSON.stringify({ error: { code: 'TooManyRequests', message: 'slow down' } }), {
          status: 429,
          headers: { 'retry-after': retryAfter, 'content-type': 'application/json' },
        }),
    );
    const t0 = Date.now();
    const waiting = await runSyncPass(deps({ fetch: throttled }));
    expect(waiting.state).toBe('waiting');
    expect(waiting.retryAfterUntil).toBeGreaterThan(t0);
    expect(waiting.retryAfterUntil).toBeLessThanOrEqual(Date.now() + HOUR_MS);
    // An hour on, the pass goes out and Graph gets the page.
    const later = () => Date.now() + HOUR_MS + 1000;
    expect((await runSyncPass(deps({ now: later }))).state).toBe('idle');
    expect(await aliceActivities()).toHaveLength(1);
  });

  it.each([
    ['an HTML page with 200 (a captive portal)', '<html><body>Sign in to the Wi-Fi</body></html>'],
    ['JSON cut short', '{"id":"AQMkAD'],
  ])(
    'answered with %s, keeps the page pending (not refused), then delivers it once',
    async (_case, body) => {
      const m = page('garbled');
      await read(m, engagement(m, GUID, HOUR_AGO, 20_000));
      const garbled = await runSyncPass(deps({ fetch: mangling(1, body, 'text/html') }));
      expect(garbled.state).toBe('waiting');
      expect(garbled.backoffUntil).toBeGreaterThan(Date.now());
      expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
      const done = await runSyncPass(deps(), { force: true });
      expect(done.state).toBe('idle');
      expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
      const [stored, ...others] = await aliceActivities();
      expect(others).toEqual([]);
      expect(stored?.historyItems).toHaveLength(1);
      // The garbled answer's write reached Graph too: sent again as the same idempotent PUT.
      expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT activity']);
    },
  );

  it('backs off up to five minutes through a 500 that never ends, loses nothing, then delivers', async () => {
    const m = page('server-loop');
    await read(m, engagement(m, GUID, HOUR_AGO, 20_000));
    const broken = () =>
      new Response('<html>Internal error</html>', {
        status: 500,
        headers: { 'content-type': 'text/html' },
      });
    let clock = Date.now();
    const waits: number[] = [];
    for (let pass = 0; pass < 10; pass++) {
      const status = await runSyncPass(deps({ fetch: answering(1, broken), now: () => clock }));
      expect(status).toMatchObject({ state: 'waiting', lastError: { code: 'http-500' } });
      waits.push((status.backoffUntil ?? 0) - clock);
      clock = status.backoffUntil ?? clock;
    }
    // random() is 0 in these deps: half of each ceiling, 2 s doubling, capped at 5 minutes.
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 150, 150].map((s) => s * 1000));
    expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
    expect((await runSyncPass(deps({ now: () => clock }))).state).toBe('idle');
    expect(await aliceActivities()).toHaveLength(1);
  });
});
