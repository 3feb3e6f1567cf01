// The documented per-user budgets (writes: 100 per 5 minutes, 8,000 per day; reads: 400 / 12,000),
// enforced with 429 and a fractional Retry-After that is exactly the time until the budget frees.
import { describe, expect, it } from 'vitest';
import { formatRetryAfter, SlidingWindowBudget } from './graph/throttle';
import { useSandbox } from './test-support/fixture';
import { activityBody, graphClient } from './test-support/graph-client';

describe('SlidingWindowBudget', () => {
  it('admits up to the 5-minute limit, then says exactly when the oldest admission expires', () => {
    const budget = new SlidingWindowBudget({ per5Min: 3, perDay: 100 });
    expect(budget.admit('u', 1_000).ok).toBe(true);
    expect(budget.admit('u', 2_000).ok).toBe(true);
    expect(budget.admit('u', 2_500).ok).toBe(true);
    expect(budget.admit('u', 10_000)).toEqual({
      ok: false,
      retryAfterMs: 1_000 + 300_000 - 10_000,
    });
    // Refused requests are not counted; at the instant the first one leaves, one more fits.
    expect(budget.admit('u', 300_999).ok).toBe(false);
    expect(budget.admit('u', 301_000).ok).toBe(true);
    expect(budget.admit('u', 301_000)).toEqual({ ok: false, retryAfterMs: 1_000 });
  });

  it('enforces the daily limit on its own window', () => {
    const budget = new SlidingWindowBudget({ per5Min: 100, perDay: 2 });
    budget.admit('u', 0);
    budget.admit('u', 600_000);
    expect(budget.admit('u', 700_000)).toEqual({ ok: false, retryAfterMs: 86_400_000 - 700_000 });
    expect(budget.admit('u', 86_400_000).ok).toBe(true);
  });

  it('keeps users apart and reports usage', () => {
    const budget = new SlidingWindowBudget({ per5Min: 1, perDay: 10 });
    expect(budget.admit('a', 0).ok).toBe(true);
    expect(budget.admit('b', 0).ok).toBe(true);
    expect(budget.admit('a', 1).ok).toBe(false);
    expect(budget.usage('a', 1)).toEqual({ per5Min: 1, perDay: 1 });
    expect(budget.usage('a', 400_000)).toEqual({ per5Min: 0, perDay: 1 });
  });

  it('a zero budget refuses everything', () => {
    const budget = new SlidingWindowBudget({ per5Min: 0, perDay: 10 });
    expect(budget.admit('u', 0)).toEqual({ ok: false, retryAfterMs: 300_000 });
  });

  it('formats Retry-After as fractional seconds, never zero', () => {
    expect(formatRetryAfter(2_128)).toBe('2.128');
    expect(formatRetryAfter(0.2)).toBe('0.001');
    expect(formatRetryAfter(298_765.4)).toBe('298.766');
  });
});

describe('throttling over HTTP', () => {
  let fakeNow = Date.parse('2024-06-01T12:00:00Z');
  const fx = useSandbox({ clock: () => fakeNow });

  async function client(user = 'alice') {
    return graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken(user));
  }

  it('the 101st write within 5 minutes gets 429 TooManyRequests with a fractional Retry-After', async () => {
    const graph = await client();
    const start = fakeNow;
    for (let i = 0; i < 100; i++) {
      fakeNow = start + i * 10;
      const id = `a${String(i)}`;
      expect((await graph.putActivity(id, activityBody(id))).status).toBe(201);
    }
    fakeNow = start + 1_234.5;
    const throttled = await graph.putActivity('one-too-many', activityBody('one-too-many'));
    expect(throttled.status).toBe(429);
    expect(throttled.body.error?.code).toBe('TooManyRequests');
    // The first write (at `start`) leaves the window at start + 300 s.
    expect(throttled.headers.get('Retry-After')).toBe('298.766');
    expect((await fx.admin.dump()).users.alice?.activities).toHaveLength(100);

    // Reads have their own budget; other users their own.
    expect((await graph.get('/me/activities?$top=1')).status).toBe(200);
    expect((await (await client('bob')).putActivity('b', activityBody('b'))).status).toBe(201);

    // Deletes and history-item writes count as writes too.
    expect((await graph.del('/me/activities/1')).status).toBe(429);

    // Waiting out Retry-After is enough.
    fakeNow = start + 300_000;
    expect((await graph.putActivity('one-too-many', activityBody('one-too-many'))).status).toBe(
      201,
    );
    const log = await fx.admin.requestLog();
    expect(log.filter((e) => e.status === 429).map((e) => e.retryAfter)).toEqual([
      '298.766',
      expect.any(String),
    ]);
  });

  it('the daily budget applies across 5-minute windows', async () => {
    await fx.admin.setBudget({ writes: { per5Min: 100, perDay: 3 } });
    const graph = await client();
    const start = fakeNow;
    for (let i = 0; i < 3; i++) {
      fakeNow = start + i * 600_000; // 10 minutes apart: never 2 in one 5-minute window
      expect((await graph.putActivity(`d${String(i)}`, activityBody(`d${String(i)}`))).status).toBe(
        201,
      );
    }
    fakeNow = start + 1_800_000;
    const res = await graph.putActivity('d3', activityBody('d3'));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe(((86_400_000 - 1_800_000) / 1000).toFixed(3));
  });

  it('reads have their own budget: documented 400 per 5 minutes and 12,000 per day by default', async () => {
    expect(await fx.admin.budget()).toEqual({
      writes: { per5Min: 100, perDay: 8_000 },
      reads: { per5Min: 400, perDay: 12_000 },
    });
    await fx.admin.setBudget({ reads: { per5Min: 5, perDay: 100 } });
    const graph = await client();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await graph.get('/me/activities?$top=1')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // Writes are unaffected by the exhausted read budget.
    expect((await graph.putActivity('w', activityBody('w'))).status).toBe(201);
  });

  it('the admin clock jump frees the budget without waiting (for sync tests)', async () => {
    await fx.admin.setBudget({ writes: { per5Min: 1, perDay: 100 } });
    const graph = await client();
    await graph.putActivity('x', activityBody('x'));
    expect((await graph.putActivity('x', activityBody('x'))).status).toBe(429);
    await fx.admin.advanceClock(300_000);
    expect((await graph.putActivity('x', activityBody('x'))).status).toBe(200);
  });
});

describe('budget configured at start', () => {
  const fx = useSandbox({ writeBudget: { per5Min: 2, perDay: 2 } });

  it('uses the start-time budget and restores it on reset', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    expect(await fx.admin.budget()).toMatchObject({ writes: { per5Min: 2, perDay: 2 } });
    await graph.putActivity('a', activityBody('a'));
    await graph.putActivity('b', activityBody('b'));
    expect((await graph.putActivity('c', activityBody('c'))).status).toBe(429);
    expect((await fx.admin.budget('alice')).usage?.writes).toEqual({ per5Min: 2, perDay: 2 });
    await fx.admin.setBudget({ writes: { per5Min: 50, perDay: 50 } });
    expect((await graph.putActivity('c', activityBody('c'))).status).toBe(201);
    await fx.admin.reset();
    expect(await fx.admin.budget()).toMatchObject({ writes: { per5Min: 2, perDay: 2 } });
  });
});
